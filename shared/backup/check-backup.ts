/**
 * What a backup means, checked before anything is shown or written: the schemas say each record has
 * the right shape; these checks say the records fit together — no two records under one key, exactly
 * one person who is "you", every rating, note and snapshot belonging to a person in the file, every
 * person's track and levels existing in their framework where Waymark has it. A file that fails is
 * refused whole with messages a person can follow ("rating 112 belongs to a person that is not in the
 * file"); fields this Waymark does not know are left out, and the preview says which.
 */
import type { Framework } from '../framework/schema';
import type { WorkspaceTables } from './backup-file';
import type { WorkspaceTableName } from './backup-marker';

/**
 * The fields of each record that the checks of meaning (meaningProblems, missingFrameworkNotices) and
 * the preview's summary read: a backup checked a page at a time keeps only these, not its records.
 */
export const outlineFields = {
  people: ['id', 'name', 'relationship', 'target', 'currentLevelId', 'targetLevelId'],
  ratingsByRater: ['personId', 'frameworkId', 'rater', 'itemId'],
  evidence: ['id', 'personId'],
  snapshots: ['id', 'personId'],
  snapshotRatings: ['snapshotId', 'personId'],
  goals: ['id', 'personId'],
  meetings: ['id', 'personId'],
  importedFrameworks: ['id', 'revision', 'framework'],
  exchangeReceipts: ['personId', 'frameworkId', 'kind'],
} as const satisfies { [Name in WorkspaceTableName]: readonly (keyof WorkspaceTables[Name][number])[] };

/** A backup's outline: each record with only its outlineFields. Whole tables are outlines too. */
export type BackupOutline = {
  [Name in WorkspaceTableName]: Pick<
    WorkspaceTables[Name][number],
    Extract<(typeof outlineFields)[Name][number], keyof WorkspaceTables[Name][number]>
  >[];
};

/** A record's outline: its outlineFields that it has, as they are. */
export function outlineOf<Name extends WorkspaceTableName>(table: Name, record: object): BackupOutline[Name][number] {
  const outline: Record<string, unknown> = {};
  for (const field of outlineFields[table]) if (Object.hasOwn(record, field)) outline[field] = Reflect.get(record, field);
  // The record passed its table's schema, so its fields have their types.
  return outline as BackupOutline[Name][number];
}

/** How one record of each table is named to a person, singular and plural. */
export const recordLabels: Record<WorkspaceTableName, [string, string]> = {
  people: ['person', 'people'],
  ratingsByRater: ['rating', 'ratings'],
  evidence: ['evidence entry', 'evidence entries'],
  snapshots: ['snapshot', 'snapshots'],
  snapshotRatings: ['frozen rating set', 'frozen rating sets'],
  goals: ['goal', 'goals'],
  meetings: ['1:1 note', '1:1 notes'],
  importedFrameworks: ['imported framework version', 'imported framework versions'],
  exchangeReceipts: ['assessment file taken in', 'assessment files taken in'],
};

function isTableName(name: unknown): name is WorkspaceTableName {
  return typeof name === 'string' && Object.hasOwn(recordLabels, name);
}

/** "tables.ratingsByRater.111.value" → "rating 112, value" — records counted from 1, as a person counts. */
export function describeBackupPath(path: readonly PropertyKey[]): string {
  const [root, table, index, ...rest] = path;
  if (root === 'tables' && isTableName(table) && typeof index === 'number') {
    const record = `${recordLabels[table][0]} ${index + 1}`;
    return rest.length > 0 ? `${record}, ${rest.map(String).join('.')}` : record;
  }
  return path.map(String).join('.');
}

/** How many levels of nesting a backup may have: the deepest record Waymark writes (a framework's statement) needs 11. */
export const maxBackupDepth = 32;

/**
 * The deepest nesting of arrays and objects in a JSON text, or its UTF-8 bytes, counted without parsing
 * it (so a file nested a million levels deep is refused before the parser recurses through it). In
 * UTF-8 every byte of a character beyond ASCII is 0x80 or above, so bytes count as the text does.
 */
export function jsonDepth(text: string | Uint8Array): number {
  const codeAt = typeof text === 'string' ? (index: number) => text.charCodeAt(index) : (index: number) => text[index] ?? 0;
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = codeAt(index);
    if (inString) {
      if (char === 0x5c) index += 1;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) deepest = Math.max(deepest, (depth += 1));
    else if (char === 0x7d || char === 0x5d) depth -= 1;
  }
  return deepest;
}

/**
 * Takes out of `raw` (as written) every field `parsed` (the schema's output for it) does not know,
 * collecting their paths; known values keep their exact text (the schemas trim and fill defaults, and
 * a restore must give back exactly what was backed up). Changes `raw` itself: a large backup is never
 * copied to be pruned.
 */
export function keepKnownFields(raw: unknown, parsed: unknown, path: readonly PropertyKey[], dropped: PropertyKey[][]): void {
  if (Array.isArray(raw) && Array.isArray(parsed)) {
    raw.forEach((item: unknown, index) => keepKnownFields(item, parsed[index], [...path, index], dropped));
    return;
  }
  if (isRecord(raw) && isRecord(parsed)) {
    for (const key of Object.keys(raw)) {
      if (Object.hasOwn(parsed, key)) keepKnownFields(raw[key], parsed[key], [...path, key], dropped);
      else {
        dropped.push([...path, key]);
        Reflect.deleteProperty(raw, key);
      }
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every problem that stops the tables from being restored, in the order of the file. */
export function meaningProblems(tables: BackupOutline, bundled: readonly Framework[]): string[] {
  const problems: string[] = [];
  const label = (table: WorkspaceTableName, index: number) => `${recordLabels[table][0]} ${index + 1}`;

  function duplicates<Row>(table: WorkspaceTableName, rows: readonly Row[], keyOf: (row: Row) => string, what: string): void {
    const first = new Map<string, number>();
    rows.forEach((row, index) => {
      const key = keyOf(row);
      const earlier = first.get(key);
      if (earlier === undefined) first.set(key, index);
      else problems.push(`${label(table, index)} has the same ${what} as ${label(table, earlier)}`);
    });
  }
  duplicates('people', tables.people, (row) => row.id, 'id');
  duplicates(
    'ratingsByRater',
    tables.ratingsByRater,
    (row) => JSON.stringify([row.personId, row.frameworkId, row.rater, row.itemId]),
    'person, framework, rater and statement',
  );
  duplicates(
    'exchangeReceipts',
    tables.exchangeReceipts,
    (row) => JSON.stringify([row.personId, row.frameworkId, row.kind]),
    'person, framework and kind of file',
  );
  duplicates('evidence', tables.evidence, (row) => row.id, 'id');
  duplicates('snapshots', tables.snapshots, (row) => row.id, 'id');
  duplicates('snapshotRatings', tables.snapshotRatings, (row) => row.snapshotId, 'snapshot');
  duplicates('goals', tables.goals, (row) => row.id, 'id');
  duplicates('meetings', tables.meetings, (row) => row.id, 'id');
  duplicates('importedFrameworks', tables.importedFrameworks, (row) => JSON.stringify([row.id, row.revision]), 'id and revision');

  const me = tables.people.flatMap((person, index) => (person.relationship === 'me' ? [index] : []));
  if (me.length === 0) problems.push('no person in it is marked as you (every workspace has exactly one)');
  if (me.length > 1)
    problems.push(`${me.map((index) => label('people', index)).join(' and ')} are all marked as you (a workspace has exactly one)`);

  const people = new Set(tables.people.map((person) => person.id));
  const belongs = (table: WorkspaceTableName, rows: readonly { personId: string }[]) =>
    rows.forEach((row, index) => {
      if (!people.has(row.personId)) problems.push(`${label(table, index)} belongs to a person that is not in the file`);
    });
  belongs('ratingsByRater', tables.ratingsByRater);
  belongs('exchangeReceipts', tables.exchangeReceipts);
  belongs('evidence', tables.evidence);
  belongs('snapshots', tables.snapshots);
  belongs('snapshotRatings', tables.snapshotRatings);
  belongs('goals', tables.goals);
  belongs('meetings', tables.meetings);

  const snapshots = new Map(tables.snapshots.map((snapshot) => [snapshot.id, snapshot]));
  tables.snapshotRatings.forEach((frozen, index) => {
    const snapshot = snapshots.get(frozen.snapshotId);
    if (!snapshot) problems.push(`${label('snapshotRatings', index)} belongs to a snapshot that is not in the file`);
    else if (snapshot.personId !== frozen.personId)
      problems.push(`${label('snapshotRatings', index)} belongs to another person than its snapshot`);
  });

  tables.importedFrameworks.forEach((entry, index) => {
    if (entry.framework.id !== entry.id) {
      problems.push(
        `${label('importedFrameworks', index)} is filed under the id "${entry.id}" but holds the framework "${entry.framework.id}"`,
      );
    }
  });

  // Every version of each framework the restored workspace will have: a level or track that existed
  // in any of them is a person's honest history, not damage.
  const versions = new Map<string, Framework[]>();
  for (const framework of [...bundled, ...tables.importedFrameworks.map((entry) => entry.framework)]) {
    versions.set(framework.id, [...(versions.get(framework.id) ?? []), framework]);
  }
  tables.people.forEach((person, index) => {
    const known = person.target ? versions.get(person.target.frameworkId) : undefined;
    if (!person.target || !known) return;
    const { trackId } = person.target;
    const tracks = known.flatMap((framework) =>
      framework.kind === 'career-map' ? framework.tracks.filter((track) => track.id === trackId) : [],
    );
    if (known.every((framework) => framework.kind === 'role-card')) return;
    if (tracks.length === 0) {
      problems.push(
        `${label('people', index)} is mapped against a track (${String(trackId)}) that ${known[0]?.name ?? 'its framework'} does not have`,
      );
      return;
    }
    for (const [field, levelId] of [
      ['current level', person.currentLevelId],
      ['target level', person.targetLevelId],
    ] as const) {
      if (levelId !== undefined && !tracks.some((track) => track.levels.some((level) => level.id === levelId))) {
        problems.push(`${label('people', index)} has a ${field} (${levelId}) that their track does not have`);
      }
    }
  });
  return problems;
}

/** What the preview should say about people mapped against a framework this Waymark does not have. */
export function missingFrameworkNotices(tables: BackupOutline, bundled: readonly Framework[]): string[] {
  const known = new Set([...bundled.map((framework) => framework.id), ...tables.importedFrameworks.map((entry) => entry.id)]);
  const missing = new Map<string, number>();
  for (const person of tables.people) {
    const id = person.target?.frameworkId;
    if (id !== undefined && !known.has(id)) missing.set(id, (missing.get(id) ?? 0) + 1);
  }
  return [...missing].map(
    ([id, count]) =>
      `${count === 1 ? '1 person is' : `${count} people are`} mapped against “${id}”, a framework neither this Waymark nor the backup has: their ratings are restored and show once it is imported again.`,
  );
}

/** "3 fields this Waymark does not know were left out: person 1, favouriteColour; …" */
export function droppedFieldsNotice(dropped: readonly PropertyKey[][]): string | undefined {
  if (dropped.length === 0) return undefined;
  const shown = dropped.slice(0, 5).map(describeBackupPath);
  const more = dropped.length > shown.length ? `, and ${dropped.length - shown.length} more` : '';
  return `${dropped.length === 1 ? '1 field' : `${dropped.length} fields`} this Waymark does not know will be left out: ${shown.join('; ')}${more}.`;
}
