/**
 * Loads the bundled framework files and the seed copies the tests compare them with.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { frameworkSchema, type CareerMap, type RoleCard } from '../../../shared/framework/schema';

const root = resolve(import.meta.dirname, '../../..');

export function readSeed(name: string): string {
  return readFileSync(resolve(root, 'tests/fixtures/seeds', name), 'utf8');
}

export function readBundledText(name: string): string {
  return readFileSync(resolve(root, 'resources/frameworks', name), 'utf8');
}

export function loadCareerMap(): CareerMap {
  const framework = frameworkSchema.parse(JSON.parse(readBundledText('career-map-infrastructure-frontend.json')));
  if (framework.kind !== 'career-map') throw new Error('expected a career map');
  return framework;
}

export function loadRoleCard(): RoleCard {
  const framework = frameworkSchema.parse(JSON.parse(readBundledText('role-card-dei-gen-p5.json')));
  if (framework.kind !== 'role-card') throw new Error('expected a role card');
  return framework;
}

/** The seed's non-empty lines, trimmed, as the tests compare whole lines. */
export function seedLines(name: string): string[] {
  return readSeed(name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
