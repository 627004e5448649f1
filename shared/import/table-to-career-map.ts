/**
 * A spreadsheet's rows — from a CSV file or a workbook's sheet — mapped onto a career map: one row per
 * statement (or example), columns found by name (see csv-columns.ts). Every problem is reported at
 * once, one message per kind of problem with the rows it affects, in the file's own words: its
 * column names and the values in its cells.
 */
import { statementId } from '../framework/ids';
import {
  frameworkSchema,
  type AreaExample,
  type CareerMap,
  type Level,
  type LevelKind,
  type SkillArea,
  type Statement,
  type StatementCategory,
  type Track,
} from '../framework/schema';
import { formatIssuePath } from '../framework/parse';
import { categoryOf, columnName, csvColumns, isExampleType, matchHeaders, requiredCsvColumns, type CsvColumn } from './csv-columns';
import type { ColumnUse, ImportProblem, ImportResult } from './import-result';
import { formulaStart } from './export-framework';
import { createProblemTally, rowCount, type RowPlace } from './problem-tally';
import type { TableRow } from './read-csv-table';
import { slugOf } from './slug';

const defaultAreas: Record<'experience' | 'responsibility', SkillArea> = {
  experience: { id: 'experience', name: 'Experience' },
  responsibility: { id: 'responsibility', name: 'Area of Responsibility' },
};

const levelKinds: Record<string, LevelKind> = {
  'individual contributor': 'individual-contributor',
  'individual-contributor': 'individual-contributor',
  ic: 'individual-contributor',
  management: 'management',
  manager: 'management',
};

const levelIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** "L5" → 5; "1.2" → rank 1, step 2; "Developer 1" → 1. */
const levelNumberPattern = /(\d+)(?:\.(\d+))?\s*$/;

interface LevelDraft {
  level: Omit<Level, 'statements' | 'examples'>;
  /** The level as the file writes it, which may be a title the id was made from. */
  written: string;
  place: RowPlace;
  labelPlace: RowPlace | undefined;
  explicitOrder: boolean;
  statements: (Statement & { place: RowPlace })[];
  /** How many statements of each category the level has so far: the next one's position, without a scan per row. */
  categoryCounts: Map<StatementCategory, number>;
  examples: AreaExample[];
}

interface TrackDraft {
  track: Omit<Track, 'levels' | 'areas'>;
  descriptionPlace: RowPlace | undefined;
  /** Areas with the order a "skill area order" column gave them, if any. */
  areas: Map<string, { area: SkillArea; order: number; descriptionPlace: RowPlace | undefined }>;
  levels: Map<string, LevelDraft>;
  levelIds: Set<string>;
}

function placeOf(row: TableRow): RowPlace {
  return { line: row.line, row: row.row, sheet: row.sheet };
}

function placeWords(place: RowPlace | undefined): string {
  if (!place) return '';
  return place.line !== undefined ? `line ${place.line}` : `row ${place.row ?? 0}`;
}

/** A level's id from what the file writes: itself when it is one, else made from the title, unique in the track. */
function levelIdFrom(written: string, taken: ReadonlySet<string>): string {
  if (levelIdPattern.test(written)) return written;
  const base = slugOf(written, 'level');
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
  return id;
}

export function tableToCareerMap(rows: readonly TableRow[], fileName: string): ImportResult {
  const [header, ...data] = rows;
  if (!header)
    return { ok: false, problems: [{ line: 1, message: 'the file is empty; expected a header row, then one row per statement' }] };
  const headers = header.cells;
  const { columns, unused, ambiguous } = matchHeaders(headers);
  const columnUses: ColumnUse[] = Object.entries(columns).map(([field, index]) => ({
    field: csvColumns[field as CsvColumn].header,
    column: columnName(headers, index),
  }));
  const headerPlace = placeOf(header);
  const headerProblems: ImportProblem[] = ambiguous.map(({ column, indexes }) => ({
    ...headerPlace,
    message: `${indexes.map((index) => columnName(headers, index)).join(' and ')} could both be the ${csvColumns[column].header} column; rename or remove one of them`,
  }));
  const missing = requiredCsvColumns.filter(
    (column) => columns[column] === undefined && !ambiguous.some((entry) => entry.column === column),
  );
  if (missing.length > 0) {
    headerProblems.push({
      ...headerPlace,
      message: `the header row has no ${missing.map((column) => `“${csvColumns[column].header}”`).join(', ')} column; expected at least ${requiredCsvColumns.map((column) => `“${csvColumns[column].header}”`).join(', ')} (the header row is ${headers
        .filter(Boolean)
        .map((cell) => `“${cell}”`)
        .join(', ')})`,
    });
  }
  if (headerProblems.length > 0) return { ok: false, problems: headerProblems, columns: columnUses };
  if (data.length === 0) {
    const next = header.line !== undefined ? { line: header.line + 1 } : { row: (header.row ?? 1) + 1, sheet: header.sheet };
    return { ok: false, problems: [{ ...next, message: 'there are no statements below the header row' }], columns: columnUses };
  }

  // The header's last named column (spreadsheets pad a header row with empty cells too).
  const headerWidth = headers.findLastIndex((name) => name.trim() !== '') + 1;
  const unescapedCells = new Set<string>();
  const cell = (row: TableRow, column: CsvColumn) => {
    const index = columns[column];
    const value = index === undefined ? '' : (row.cells[index] ?? '');
    // A ' before = + - @ is how exports (Waymark's among them) keep spreadsheets from running a cell.
    if (value.startsWith("'") && formulaStart.test(value.slice(1))) {
      unescapedCells.add(`${row.line ?? row.row}:${index}`);
      return value.slice(1);
    }
    return value;
  };
  const named = (column: CsvColumn) => {
    const index = columns[column];
    return index === undefined ? `a “${csvColumns[column].header}” column` : columnName(headers, index);
  };
  const firstValue = (column: CsvColumn) => data.map((row) => cell(row, column)).find(Boolean) ?? '';
  const frameworkName = firstValue('framework') || fileName.replace(/\.[^.]+$/, '');
  const tracks = new Map<string, TrackDraft>();
  const tally = createProblemTally();
  const derivedLevels = new Map<string, string>();
  const typeCounts = { examples: 0, statements: new Map<string, number>() };

  for (const row of data) {
    const place = placeOf(row);
    const trackName = cell(row, 'track');
    const written = cell(row, 'level');
    const categoryText = cell(row, 'category');
    const text = cell(row, 'statement');
    const typeText = cell(row, 'statementType');
    const isExample = isExampleType(typeText);
    const category = categoryOf(categoryText);
    let rowOk = true;
    const fail = (key: string, describe: (summary: string) => string, value?: string) => {
      rowOk = false;
      tally.add(key, place, describe, value);
    };
    if (!trackName) fail('track-empty', (summary) => `${named('track')} is empty${summary ? ` ${summary}` : ''}`);
    if (!written) fail('level-empty', (summary) => `${named('level')} is empty${summary ? ` ${summary}` : ''}`);
    if (!category && !(isExample && !categoryText)) {
      if (categoryText)
        fail(
          'category-value',
          (summary) => `${named('category')} holds ${summary}: expected experience, responsibility or skill`,
          categoryText,
        );
      else
        fail(
          'category-empty',
          (summary) => `${named('category')} is empty${summary ? ` ${summary}` : ''}; expected experience, responsibility or skill`,
        );
    }
    // In a text file, a cell past the header's last column is most often the rest of a cell whose text
    // holds the separator and was not quoted: "Knows HTML, CSS and JS" read as "Knows HTML" and more.
    const beyond = row.line === undefined ? [] : row.cells.slice(headerWidth).filter(Boolean);
    if (beyond.length > 0)
      fail(
        'cells-beyond-header',
        (summary) =>
          `${columnName(headers, headerWidth - 1)} is the header row's last column, and cells past it hold ${summary}: a cell whose text has the separator in it (a comma, or a semicolon) must be in double quotes, as spreadsheet programs save it ("Knows HTML, CSS and JS"), or what follows the separator is read as a cell of its own`,
        beyond.join(' | '),
      );
    if (!text)
      fail(
        'text-empty',
        (summary) =>
          `${named('statement')} is empty${summary ? ` ${summary}` : written ? ` (level “${written}”)` : ''}; every row needs its ${isExample ? 'example' : 'statement'}`,
      );
    const kindText = cell(row, 'levelKind');
    const kind = kindText ? levelKinds[kindText.toLowerCase().trim()] : undefined;
    const orderText = cell(row, 'levelOrder');
    const trackIdText = cell(row, 'trackId');
    const areaIdText = cell(row, 'areaId');
    const badValue = (column: CsvColumn, value: string, valid: boolean, expected: string) => {
      if (value && !valid) fail(`${column}-value`, (summary) => `${named(column)} holds ${summary}: expected ${expected}`, value);
    };
    badValue('levelKind', kindText, Boolean(kind), 'individual contributor (or IC) or management');
    badValue('levelOrder', orderText, /^-?\d+$/.test(orderText), 'a whole number');
    badValue('trackId', trackIdText, slugPattern.test(trackIdText), 'lower-case letters, digits and dashes, like “frontend”');
    badValue('areaId', areaIdText, slugPattern.test(areaIdText), 'lower-case letters, digits and dashes, like “delivery”');
    if (!rowOk) continue;

    const trackId = trackIdText || slugOf(trackName, 'track');
    let draft = tracks.get(trackId);
    if (!draft) {
      draft = {
        track: { id: trackId, name: trackName, notes: [] },
        descriptionPlace: undefined,
        areas: new Map(),
        levels: new Map(),
        levelIds: new Set(),
      };
      tracks.set(trackId, draft);
    }
    const trackDescription = cell(row, 'trackDescription');
    if (trackDescription && !draft.track.description) {
      draft.track.description = trackDescription;
      draft.descriptionPlace = place;
    } else if (trackDescription && trackDescription !== draft.track.description) {
      tally.add(`track-description-${trackId}`, place, (summary) =>
        `track “${trackName}” has a different ${named('trackDescription')} here than on ${placeWords(draft.descriptionPlace)} ${summary}; keep one, or leave the others empty`.replace(
          / $/,
          '',
        ),
      );
      continue;
    }

    const areaName = cell(row, 'area');
    const effectiveCategory: StatementCategory = category ?? 'skill';
    const area: SkillArea =
      effectiveCategory !== 'skill' && !areaName
        ? defaultAreas[effectiveCategory]
        : {
            id: areaIdText || slugOf(areaName || cell(row, 'skillName') || 'skills', 'area'),
            name: areaName || cell(row, 'skillName') || 'Skills',
          };
    const areaOrder = Number(cell(row, 'areaOrder'));
    let areaEntry = draft.areas.get(area.id);
    if (!areaEntry) {
      areaEntry = {
        area,
        order: Number.isFinite(areaOrder) && areaOrder > 0 ? areaOrder : Number.MAX_SAFE_INTEGER,
        descriptionPlace: undefined,
      };
      draft.areas.set(area.id, areaEntry);
    }
    const areaDescription = cell(row, 'areaDescription');
    if (areaDescription && !areaEntry.area.description) {
      areaEntry.area = { ...areaEntry.area, description: areaDescription };
      areaEntry.descriptionPlace = place;
    } else if (areaDescription && areaDescription !== areaEntry.area.description) {
      const first = areaEntry.descriptionPlace;
      tally.add(`area-description-${trackId}-${area.id}`, place, (summary) =>
        `skill area “${area.name}” has a different ${named('areaDescription')} here than on ${placeWords(first)} ${summary}; keep one, or leave the others empty`.replace(
          / $/,
          '',
        ),
      );
      continue;
    }

    let entry = draft.levels.get(written);
    const label = cell(row, 'levelLabel') || undefined;
    if (!entry) {
      const id = levelIdFrom(written, draft.levelIds);
      draft.levelIds.add(id);
      if (id !== written) derivedLevels.set(written, id);
      entry = {
        level: { id, order: orderText ? Number(orderText) : 0, label: label ?? (id !== written ? written : undefined), kind },
        written,
        place,
        labelPlace: label ? place : undefined,
        explicitOrder: Boolean(orderText),
        statements: [],
        categoryCounts: new Map(),
        examples: [],
      };
      draft.levels.set(written, entry);
    } else if (label && entry.labelPlace && label !== entry.level.label) {
      const first = entry.level.label;
      const firstPlace = entry.labelPlace;
      tally.add(
        `label-${trackId}-${written}`,
        place,
        (summary) =>
          `level “${written}” is labelled “${first}” on ${placeWords(firstPlace)} and ${summary} in ${named('levelLabel')}; give it one label`,
        label,
      );
      continue;
    } else if (label && !entry.labelPlace) {
      entry.level.label = label;
      entry.labelPlace = place;
    }
    if (kind && entry.level.kind && kind !== entry.level.kind) {
      const first = entry.level.kind;
      tally.add(
        `kind-${trackId}-${written}`,
        place,
        (summary) =>
          `level “${written}” is ${first.replace('-', ' ')} on ${placeWords(entry.place)} and ${summary} in ${named('levelKind')}; a level is on one ladder`,
        kindText,
      );
      continue;
    }
    entry.level.kind ??= kind;

    if (isExample) {
      typeCounts.examples += 1;
      entry.examples.push({ areaId: area.id, text });
      continue;
    }
    if (typeText) typeCounts.statements.set(typeText, (typeCounts.statements.get(typeText) ?? 0) + 1);
    const statementCategory = category ?? 'skill';
    const position = (entry.categoryCounts.get(statementCategory) ?? 0) + 1;
    entry.categoryCounts.set(statementCategory, position);
    const example = cell(row, 'example');
    entry.statements.push({
      id: statementId(trackId, entry.level.id, statementCategory, position),
      category: statementCategory,
      areaId: area.id,
      skillName: cell(row, 'skillName') || undefined,
      text,
      ...(example ? { examples: [example] } : {}),
      place,
    });
  }
  if (tally.size > 0) return { ok: false, problems: tally.problems(), columns: columnUses };

  for (const draft of tracks.values()) placeLevels(draft, tally, named);
  if (tally.size > 0) return { ok: false, problems: tally.problems(), columns: columnUses };

  const placeOfStatement = new Map<string, RowPlace>();
  const map: CareerMap = {
    kind: 'career-map',
    id: firstValue('frameworkId') || slugOf(frameworkName, 'framework'),
    name: frameworkName,
    version: firstValue('version') || '1',
    source: { name: `Imported from ${fileName}` },
    ...(firstValue('frameworkDescription') ? { description: firstValue('frameworkDescription') } : {}),
    notes: [],
    tracks: [...tracks.values()].map((draft) => ({
      ...draft.track,
      // Areas in their given order where a column says it, else in the order rows first name them.
      areas: [...draft.areas.values()]
        .map((entry, index) => ({ ...entry, index }))
        .sort((a, b) => a.order - b.order || a.index - b.index)
        .map((entry) => entry.area),
      levels: [...draft.levels.values()].map((entry) => ({
        ...entry.level,
        statements: entry.statements.map(({ place, ...statement }) => {
          placeOfStatement.set(statement.id, place);
          return statement;
        }),
        ...(entry.examples.length > 0 ? { examples: entry.examples } : {}),
      })),
    })),
  };
  const checked = frameworkSchema.safeParse(map);
  if (!checked.success) {
    return {
      ok: false,
      columns: columnUses,
      problems: checked.error.issues.map((issue) => {
        const statement = issueStatement(map, issue.path);
        return { ...(statement ? placeOfStatement.get(statement) : {}), path: formatIssuePath(issue.path), message: issue.message };
      }),
    };
  }
  const notices: string[] = [];
  if (unused.length > 0)
    notices.push(`Not read: ${unused.map(({ index, reason }) => `${columnName(headers, index)}, ${reason}`).join('; ')}.`);
  if (derivedLevels.size > 0)
    notices.push(
      `Levels given by title get an id made from it, the title kept as their label: ${[...derivedLevels.entries()]
        .slice(0, 6)
        .map(([title, id]) => `“${title}” → ${id}`)
        .join(', ')}${derivedLevels.size > 6 ? `, and ${derivedLevels.size - 6} more` : ''}.`,
    );
  const unescaped = unescapedCells.size;
  if (unescaped > 0)
    notices.push(
      `${unescaped === 1 ? 'One cell began' : `${unescaped} cells began`} with ' before = + - or @, the way spreadsheet exports keep a cell from running as a formula: the ' was left out.`,
    );
  if (typeCounts.examples > 0) {
    const others = [...typeCounts.statements.entries()];
    notices.push(
      `${named('statementType')}: ${rowCount(typeCounts.examples)} marked “example” are examples, shown beside the statements and never rated${others.length > 0 ? `; ${others.map(([value, count]) => `${rowCount(count)} “${value}”`).join(', ')} are statements` : ''}.`,
    );
  }
  return { ok: true, framework: checked.data, notices, columns: columnUses };
}

/**
 * Each level's place on the ladder: an explicit order; else, when every level of the track ends in a
 * number, that number (and a dotted level's second number as its step); else the order rows first
 * name the levels in. Two levels that would share a place without being parallel rungs of different
 * kinds are a problem the person must settle, never a silent guess.
 */
function placeLevels(draft: TrackDraft, tally: ReturnType<typeof createProblemTally>, named: (column: CsvColumn) => string): void {
  const levels = [...draft.levels.values()];
  const numbers = levels.map((entry) => levelNumberPattern.exec(entry.written));
  const numbered = numbers.every(Boolean);
  levels.forEach((entry, index) => {
    const match = numbers[index];
    if (entry.explicitOrder) {
      if (match?.[2]) entry.level.step = Number(match[2]);
      return;
    }
    if (numbered && match) {
      entry.level.order = Number(match[1]);
      if (match[2]) entry.level.step = Number(match[2]);
    } else {
      entry.level.order = index + 1;
    }
  });
  levels.forEach((entry, index) => {
    const clash = levels
      .slice(0, index)
      .find(
        (other) =>
          other.level.order === entry.level.order &&
          (other.level.step ?? 0) === (entry.level.step ?? 0) &&
          (!other.level.kind || !entry.level.kind || other.level.kind === entry.level.kind),
      );
    if (!clash) return;
    tally.add(
      `clash-${draft.track.id}-${clash.written}-${entry.written}`,
      entry.place,
      () =>
        `levels “${clash.written}” and “${entry.written}” of track “${draft.track.name}” would have the same place on the ladder (${entry.level.order}${entry.level.step ? `.${entry.level.step}` : ''}); if they are parallel rungs, give each a level kind (individual contributor or management) in ${named('levelKind')}, else a number in ${named('levelOrder')}`,
    );
  });
}

/** The statement an issue's path points into, if any, so its line can be named. */
function issueStatement(map: CareerMap, path: readonly PropertyKey[]): string | undefined {
  const [tracksKey, trackIndex, levelsKey, levelIndex, statementsKey, statementIndex] = path;
  if (tracksKey !== 'tracks' || levelsKey !== 'levels' || typeof trackIndex !== 'number' || typeof levelIndex !== 'number')
    return undefined;
  const level = map.tracks[trackIndex]?.levels[levelIndex];
  if (statementsKey === 'statements' && typeof statementIndex === 'number') return level?.statements[statementIndex]?.id;
  return level?.statements[0]?.id;
}
