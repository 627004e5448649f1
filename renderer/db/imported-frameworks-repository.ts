/**
 * Frameworks brought in from files, every version kept: the newest is the one offered; earlier ones
 * stay so that snapshots keep pointing at the version they were taken with.
 */
import type { Framework } from '../../shared/framework/schema';
import { compareVersions, itemMoves, type ItemMoves, type VersionChanges } from '../../shared/import/framework-versions';
import { importedFrameworkSchema, type ImportedFramework } from '../../shared/workspace/schema';
import { loadInTransaction, openWorkspaceDatabase, saveInTransaction, type WorkspaceDatabase } from './workspace-database';
import { parseStored } from './workspace-error';

/**
 * The newest version of each imported framework (or of the framework `only`), by id. Only those are
 * read: every version is kept, and reading (and checking) each one at every start cost about 0.1 s per
 * version of a 20,000-statement framework, for versions nothing on screen shows; a damaged earlier
 * version stops nothing.
 */
export async function newestImportedFrameworks(db: WorkspaceDatabase, only?: string): Promise<ImportedFramework[]> {
  const action = 'the imported frameworks';
  const rows = await loadInTransaction(db, [db.importedFrameworks], action, async () => {
    const newest = new Map<string, number>();
    const stored = only === undefined ? db.importedFrameworks.toCollection() : db.importedFrameworks.where('id').equals(only);
    for (const [id, revision] of await stored.primaryKeys()) if ((newest.get(id) ?? 0) < revision) newest.set(id, revision);
    return db.importedFrameworks.bulkGet([...newest]);
  });
  return rows.map((row) => parseStored(importedFrameworkSchema, row, action)).sort(byIdThenRevision);
}

/**
 * The revisions of the framework `id` stored so far and the version labels they were stored with, for
 * numbering and labelling the next. Read a version at a time (a task each, not one for all of them)
 * and not checked whole: only the label is used, and a damaged one is left out.
 */
export async function storedRevisionsOf(db: WorkspaceDatabase, id: string): Promise<{ revisions: number[]; labels: string[] }> {
  const revisions: number[] = [];
  const labels: string[] = [];
  await loadInTransaction(db, [db.importedFrameworks], 'the imported frameworks', async () => {
    for (const key of await db.importedFrameworks.where('id').equals(id).primaryKeys()) {
      revisions.push(key[1]);
      const row: unknown = await db.importedFrameworks.get(key);
      const label: unknown = Object(Object(row).framework).version;
      if (typeof label === 'string') labels.push(label);
    }
  });
  return { revisions, labels };
}

/**
 * The version of an imported framework stored under the label `version`, if this workspace has it: to
 * match statements of a file made with it (an assessment) to the newest version's.
 */
export async function frameworkVersionLabelled(db: WorkspaceDatabase, id: string, version: string): Promise<Framework | undefined> {
  const action = 'the imported frameworks';
  // A version at a time, newest first, and only the one found is checked whole: each may be megabytes.
  const found = await loadInTransaction(db, [db.importedFrameworks], action, async () => {
    for (const key of (await db.importedFrameworks.where('id').equals(id).primaryKeys()).reverse()) {
      const row: unknown = await db.importedFrameworks.get(key);
      if (Object(Object(row).framework).version === version) return row;
    }
    return undefined;
  });
  return found === undefined ? undefined : parseStored(importedFrameworkSchema, found, action).framework;
}

/** The order imported versions are listed in: by framework id, then oldest first. */
export function byIdThenRevision(a: ImportedFramework, b: ImportedFramework): number {
  return a.id.localeCompare(b.id) || a.revision - b.revision;
}

/** The newest version of each imported framework. */
export function latestVersions(all: readonly ImportedFramework[]): ImportedFramework[] {
  const latest = new Map<string, ImportedFramework>();
  for (const entry of all) if ((latest.get(entry.id)?.revision ?? 0) < entry.revision) latest.set(entry.id, entry);
  return [...latest.values()];
}

/**
 * Stores a new version and, in the same transaction, carries every rating, evidence entry and goal on
 * an item of the earlier version over to where that item now is (framework-versions.ts): moved with
 * it, flagged for a re-check where it was reworded or removed, so nothing is silently dropped or
 * silently kept against different words. Resolves to what was stored (as the schema checked it) and
 * what changed.
 */
export async function storeFrameworkVersion(
  db: WorkspaceDatabase,
  entry: ImportedFramework,
  previous: Framework | undefined,
): Promise<{ stored: ImportedFramework; changes: VersionChanges | undefined }> {
  const checked = importedFrameworkSchema.parse(entry);
  const changes = previous ? compareVersions(previous, checked.framework) : undefined;
  const moves = previous && changes ? itemMoves(changes, previous, checked.framework) : undefined;
  // A strict connection: an import is written to disk before it is reported done.
  const strict = await openWorkspaceDatabase(db.name, 'strict');
  try {
    await storeOn(strict, checked, moves);
  } finally {
    strict.close();
  }
  return { stored: checked, changes };
}

/** What a new version is stored under, beside the framework itself. */
export type NewVersion = Pick<ImportedFramework, 'revision' | 'importedAt' | 'fileName'> & {
  /** The version label to store it with (the file's own, or one told apart from earlier versions). */
  version: string;
};

/** Stores `framework`, as read from a file, as the new version `version` (see storeFrameworkVersion). */
export function storeImportedFramework(
  db: WorkspaceDatabase,
  framework: Framework,
  version: NewVersion,
  previous: Framework | undefined,
): Promise<{ stored: ImportedFramework; changes: VersionChanges | undefined }> {
  const { revision, importedAt, fileName } = version;
  return storeFrameworkVersion(
    db,
    { id: framework.id, revision, importedAt, fileName, framework: { ...framework, version: version.version } },
    previous,
  );
}

async function storeOn(db: WorkspaceDatabase, checked: ImportedFramework, moves: ItemMoves | undefined): Promise<void> {
  const frameworkId = checked.id;
  const tables = [db.importedFrameworks, db.ratingsByRater, db.evidence, db.goals];
  await saveInTransaction(db, tables, 'the imported framework', async () => {
    await db.importedFrameworks.put(checked);
    if (!moves) return;
    const goesTo = (itemId: string) => moves.destinationOf(itemId)?.id ?? itemId;

    // A rating's item is part of its key: those that move are deleted and written again, all at once, as
    // one item may move to where another was.
    const ratings = await db.ratingsByRater.where('frameworkId').equals(frameworkId).toArray();
    const carried = ratings.flatMap((rating) => {
      const destination = moves.destinationOf(rating.itemId);
      return destination ? [{ rating, destination }] : [];
    });
    await db.ratingsByRater.bulkDelete(
      carried
        .filter(({ rating, destination }) => destination.id !== rating.itemId)
        .map(({ rating }) => [rating.personId, rating.frameworkId, rating.rater, rating.itemId] as const),
    );
    await db.ratingsByRater.bulkPut(
      carried.map(({ rating, destination }) => ({
        ...rating,
        itemId: destination.id,
        ...(destination.recheck ? { recheck: destination.recheck } : {}),
      })),
    );

    if (moves.leaving.length === 0) return;
    const evidenceIds = new Set(await db.evidence.where('itemIds').anyOf(moves.leaving).primaryKeys());
    await db.evidence
      .where('id')
      .anyOf([...evidenceIds])
      .modify((evidence) => {
        if (evidence.frameworkId === frameworkId) evidence.itemIds = evidence.itemIds.map(goesTo);
      });
    await db.goals
      .filter((goal) => goal.frameworkId === frameworkId && goal.itemIds.some((itemId) => goesTo(itemId) !== itemId))
      .modify((goal) => {
        goal.itemIds = goal.itemIds.map(goesTo);
      });
  });
}

/** Removes every version of an imported framework. Ratings against it are kept. */
export async function removeImportedFramework(db: WorkspaceDatabase, id: string): Promise<void> {
  await saveInTransaction(db, [db.importedFrameworks], 'the removal of the framework', () =>
    db.importedFrameworks.where('id').equals(id).delete(),
  );
}
