/**
 * A fresh workspace database per test, on fake-indexeddb (a real IndexedDB in memory), deleted after.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { onTestFinished } from 'vitest';
import type { Evidence, Goal, Meeting, Person, Rating, Snapshot } from '../../../../shared/workspace/schema';
import { deriveKey, newSalt, seal } from '../../../../renderer/db/sealing';
import { openWorkspaceDatabase, type WorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import { recordsOfRevertRow, type LockSettings, type RevertRecord } from '../../../../renderer/db/workspace-settings';

/** A unique database name, deleted when the test finishes (whatever opened it). */
export function testDatabaseName(): string {
  const name = `waymark-test-${crypto.randomUUID()}`;
  onTestFinished(() => Dexie.delete(name));
  return name;
}

/** The records the revert point keeps (of one table, or of all), in their order, whatever rows hold them. */
export async function revertPointRecords(db: WorkspaceDatabase, table?: RevertRecord['table']): Promise<unknown[]> {
  const rows = table ? await db.revertRecords.where('table').equals(table).sortBy('position') : await db.revertRecords.toArray();
  return rows.flatMap(recordsOfRevertRow);
}

export async function openTestDatabase(name = testDatabaseName()): Promise<WorkspaceDatabase> {
  const db = await openWorkspaceDatabase(name);
  onTestFinished(() => db.close());
  return db;
}

export const careerMapId = 'career-map-infrastructure-frontend';
export const roleCardId = 'role-card-dei-gen-p5';

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: crypto.randomUUID(),
    name: 'Priya Natarajan',
    relationship: 'report',
    target: { frameworkId: careerMapId, trackId: 'frontend' },
    expectedProficiency: 3,
    notes: '',
    createdAt: '2026-01-06T10:00:02.551Z',
    updatedAt: '2026-01-06T10:00:02.551Z',
    ...overrides,
  };
}

export function rating(personId: string, itemId: string, value: Rating['value'], overrides: Partial<Rating> = {}): Rating {
  return { personId, frameworkId: careerMapId, rater: 'self', itemId, value, updatedAt: '2026-01-06T10:15:26.334Z', ...overrides };
}

export function evidence(personId: string, overrides: Partial<Evidence> = {}): Evidence {
  return {
    id: crypto.randomUUID(),
    personId,
    date: '2026-02-12',
    text: 'Walked the team through the component library design.',
    frameworkId: careerMapId,
    itemIds: ['frontend.L5.skill.1'],
    createdAt: '2026-02-12T17:45:10.221Z',
    ...overrides,
  };
}

export function snapshot(personId: string, takenAt: string, overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    id: crypto.randomUUID(),
    personId,
    takenAt,
    date: takenAt.slice(0, 10),
    trigger: 'manual',
    frameworkId: careerMapId,
    frameworkVersion: '1',
    trackId: 'frontend',
    targetLevelId: 'L5',
    summary: { targetLevelId: 'L5', share: 0.5, rated: 1, total: 6 },
    ...overrides,
  };
}

export function goal(personId: string, overrides: Partial<Goal> = {}): Goal {
  return {
    id: crypto.randomUUID(),
    personId,
    frameworkId: careerMapId,
    title: 'Architecture, performance & security: Awareness of common vulnerabilities and 1 more',
    itemIds: ['frontend.L5.skill.2', 'frontend.L5.skill.3'],
    owner: 'me',
    status: 'planned',
    actions: [],
    evidenceIds: [],
    order: 0,
    archived: false,
    createdAt: '2026-02-17T19:10:02.334Z',
    updatedAt: '2026-02-17T19:10:02.334Z',
    ...overrides,
  };
}

export function meeting(personId: string, date: string, overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: crypto.randomUUID(),
    personId,
    date,
    talkingPoints: 'How the on-call rotation is going.',
    decisions: '',
    actions: [],
    private: false,
    createdAt: `${date}T15:30:00.000Z`,
    updatedAt: `${date}T15:30:00.000Z`,
    ...overrides,
  };
}

/** Lock settings for a passphrase, as the lock writes them, for tests that set up a workspace by hand. */
export async function lockSettingsFor(passphrase: string, iterations: number): Promise<LockSettings> {
  const salt = newSalt();
  const key = await deriveKey(passphrase, salt, iterations);
  return { id: 'lock', salt, iterations, check: await seal(key, 'waymark') };
}
