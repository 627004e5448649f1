/**
 * Every shape the workspace database has ever had, oldest first. Dexie replays this list on open, so
 * a database written by any earlier Waymark is upgraded step by step to the newest shape.
 *
 * The list is append-only. A released version is never edited, reordered or removed: people have
 * databases on disk written by it, and editing it would leave their stores out of step with the code.
 * To change the shape, append `{ version: n + 1, stores: { only the tables that change } }` (a table
 * set to null is deleted) and, when existing rows must change, a named `upgrade` function
 * (`function upgradeToV2(tx: Transaction)`), then add tests/fixtures/db/v<n+1>.json; the migration
 * test upgrades every fixture to the newest version.
 *
 * A database newer than the last entry was written by a newer Waymark. It is refused with a clear
 * message (see openWorkspaceDatabase), never opened: Dexie 4 would otherwise open it anyway and
 * could even patch its indexes back to this older shape.
 */
import type { Transaction } from 'dexie';
import { mergeEveryonesCopiedActions } from '../../shared/workspace/meetings';
import { firstPage, nextPage } from './paged-read';
import { workspaceKey } from './sealing-middleware';

export interface SchemaVersion {
  readonly version: number;
  /** Dexie store definitions, primary key first; tables not named keep their previous definition. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Rewrites existing rows into this version's shape; runs inside the upgrade transaction. */
  readonly upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      people: 'id, relationship',
      // One rating per person, framework and item: item ids repeat across frameworks ("skill.1").
      ratings: '[personId+frameworkId+itemId], personId, [personId+frameworkId]',
      evidence: 'id, personId, [personId+date], *itemIds',
      snapshots: 'id, personId, [personId+takenAt]',
      snapshotRatings: 'snapshotId, personId',
    },
  },
  {
    // Growth plans and 1:1 notes: two new tables, so no existing row changes and no upgrade is needed.
    version: 2,
    stores: {
      // A person's plan is read in its own order; [personId+order] gives it without sorting.
      goals: 'id, personId, [personId+order]',
      meetings: 'id, personId, [personId+date]',
    },
  },
  {
    version: 3,
    stores: {
      // Every imported version of a framework; the newest revision of an id is the one offered.
      importedFrameworks: '[id+revision], id',
      // Ratings are flagged by framework when a new version rewords statements.
      ratings: '[personId+frameworkId+itemId], personId, [personId+frameworkId], frameworkId',
    },
  },
  {
    // Two new tables, so no existing row changes; the two small databases they replace (the lock's
    // settings and the revert point, kept beside the workspace until now) are taken in when the
    // workspace opens (see adoptLegacyStores), where their rows can be checked before they are kept.
    version: 4,
    stores: {
      // The revert point kept before a restore: every record it replaced, one row each, sealed like
      // any other while the workspace is locked. Only the table's name and the position are indexed.
      revertRecords: '[table+position], table',
      // About the workspace rather than in it: the lock's settings and when the revert point was made.
      // Never sealed (they are needed before the key exists) and never holding anything private.
      workspaceSettings: 'id',
    },
  },
  {
    version: 5,
    stores: {
      // A second rater: the rater joins the key, so IndexedDB needs a new table (a primary key cannot change).
      ratings: null,
      ratingsByRater: '[personId+frameworkId+rater+itemId], personId, [personId+frameworkId], frameworkId',
      // The newest exchange file taken in per person, framework and kind: an older one is refused.
      exchangeReceipts: '[personId+frameworkId+kind], personId',
    },
    upgrade: upgradeToV5,
  },
  {
    // A 1:1 action is one record kept in the entry it was agreed in, no longer copied into each new
    // entry: no index changes, but the copies earlier versions made are merged back (upgradeToV6).
    version: 6,
    stores: {},
    upgrade: upgradeToV6,
  },
];

/**
 * Every rating so far was the person's own: it moves to the new table as a self-rating, and so do the
 * ratings a revert point kept, so undoing a restore still puts them back. Sealed records are read and
 * written through the sealing middleware: a locked workspace is upgraded only once its key is known.
 */
async function upgradeToV5(tx: Transaction): Promise<void> {
  const asSelf = (rating: unknown) => ({ ...Object(rating), rater: 'self' });
  // A page at a time: 300 people have some 30,000 ratings, and copying them at once held the window.
  const ratings = tx.table('ratings');
  const cursor = firstPage();
  while (!cursor.done) {
    const page: unknown[] = await nextPage(ratings, cursor);
    if (page.length > 0) await tx.table('ratingsByRater').bulkAdd(page.map(asSelf));
  }
  const revertRecords = tx.table('revertRecords');
  const kept: { table: string; position: number; record: unknown }[] = await revertRecords.where('table').equals('ratings').toArray();
  await revertRecords.where('table').equals('ratings').delete();
  await revertRecords.bulkAdd(kept.map((row) => ({ table: 'ratingsByRater', position: row.position, record: asSelf(row.record) })));
}

/**
 * The copies of each carried-over 1:1 action merge back into one action (mergeCopiedActions). The start
 * asks a locked workspace's passphrase before upgrading it (see the lock slice), so the key is there;
 * should a connection upgrade it without the key, its sealed entries are left to be merged when the
 * person's 1:1s are next read, after unlocking (meetingsFor does the same merge).
 */
async function upgradeToV6(tx: Transaction): Promise<void> {
  const locked = (await tx.table('workspaceSettings').get('lock')) !== undefined;
  if (locked && !workspaceKey(tx.db.name)) return;
  const meetings = tx.table('meetings');
  const { changed } = mergeEveryonesCopiedActions(await meetings.toArray());
  if (changed.length > 0) await meetings.bulkPut(changed);
}

/** The newest version this Waymark knows; a database above it was written by a newer Waymark. */
export const latestSchemaVersion = Math.max(...schemaVersions.map((entry) => entry.version));

/**
 * The newest shape as one list of tables: every version's tables merged in order, as Dexie merges them
 * (a table set to null stays null, and Dexie leaves it out). Enough to open a database that is already
 * in the newest shape, or to create one.
 */
export const latestStores: Readonly<Record<string, string | null>> = Object.assign({}, ...schemaVersions.map((entry) => entry.stores));
