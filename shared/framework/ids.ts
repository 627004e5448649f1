/**
 * The rule that gives every statement and component its stable id.
 *
 * A statement's id is `<track>.<level>.<category>.<n>`, where n counts that category's statements
 * within the level from 1, in source order: "frontend.L5.skill.2". A role-card component's id is
 * `<type>.<n>`, counted the same way within its type: "knowledge.3".
 *
 * Ids are positional, so a file needs no ids of its own: a statement reworded in a new version keeps
 * its id. One added or removed mid-level moves the ids after it along; a new version is therefore
 * matched with the earlier one by the statements' words first (import/framework-versions.ts).
 */
import type { ComponentType, StatementCategory } from './schema';

export function statementId(trackId: string, levelId: string, category: StatementCategory, position: number): string {
  return `${trackId}.${levelId}.${category}.${position}`;
}

export function componentId(type: ComponentType, position: number): string {
  return `${type}.${position}`;
}
