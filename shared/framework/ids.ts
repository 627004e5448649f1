/**
 * The rule that gives every statement and component its stable id.
 *
 * A statement's id is `<track>.<level>.<category>.<n>`, where n counts that category's statements
 * within the level from 1, in source order: "frontend.L5.skill.2". A role-card component's id is
 * `<type>.<n>`, counted the same way within its type: "knowledge.3".
 *
 * Ids are positional on purpose: when a framework is re-imported with reworded text, the statement
 * at the same place keeps its id, so ratings made against it can be carried over and flagged for a
 * re-check rather than lost.
 */
import type { ComponentType, StatementCategory } from './schema';

export function statementId(trackId: string, levelId: string, category: StatementCategory, position: number): string {
  return `${trackId}.${levelId}.${category}.${position}`;
}

export function componentId(type: ComponentType, position: number): string {
  return `${type}.${position}`;
}
