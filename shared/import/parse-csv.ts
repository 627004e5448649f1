/**
 * CSV framework files, as spreadsheet programs really write them: UTF-8 with or without a byte-order
 * mark, CRLF or LF line ends, quoted cells holding commas, quotes and line breaks, and a comma or a
 * semicolon between cells. Papa Parse reads the cells; this maps rows onto the framework model and
 * reports every problem with its line.
 */
import Papa from 'papaparse';
import { statementId } from '../framework/ids';
import {
  frameworkSchema,
  type CareerMap,
  type Level,
  type LevelKind,
  type SkillArea,
  type Statement,
  type Track,
} from '../framework/schema';
import { formatIssuePath } from '../framework/parse';
import { categoryOf, csvColumns, matchHeaders, requiredCsvColumns, type CsvColumn } from './csv-columns';
import type { ImportProblem, ImportResult } from './import-result';
import { slugOf } from './slug';

interface Row {
  line: number;
  cells: string[];
}

/** Rows with the line each starts on: a quoted cell may span lines, so row numbers alone would mislead. */
function readRows(text: string): { rows: Row[]; problems: ImportProblem[] } {
  const body = text.replace(/^\uFEFF/, '');
  const lineStarts = [0];
  for (let index = 0; index < body.length; index += 1) if (body[index] === '\n') lineStarts.push(index + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  const rows: Row[] = [];
  const problems: ImportProblem[] = [];
  let cursor = 0;
  Papa.parse<string[]>(body, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
    step: (result) => {
      const line = lineAt(cursor);
      rows.push({ line, cells: result.data.map((cell) => cell.trim()) });
      for (const error of result.errors) problems.push({ line, message: error.message });
      cursor = result.meta.cursor;
      // Skip the line break that ended this row, so the next row's line is its own.
      while (body[cursor] === '\r' || body[cursor] === '\n') cursor += 1;
    },
  });
  return { rows, problems };
}

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

interface TrackDraft {
  track: Omit<Track, 'levels' | 'areas'>;
  /** Areas with the order a "skill area order" column gave them, if any. */
  areas: Map<string, { area: SkillArea; order: number }>;
  levels: Map<
    string,
    { level: Omit<Level, 'statements'>; firstLine: number; statements: (Statement & { line: number })[]; explicitOrder: boolean }
  >;
}

export function parseCsvFramework(text: string, fileName: string): ImportResult {
  const { rows, problems } = readRows(text);
  const [header, ...data] = rows;
  if (!header)
    return { ok: false, problems: [{ line: 1, message: 'the file is empty; expected a header row, then one row per statement' }] };
  const { columns, ignored } = matchHeaders(header.cells);
  const missing = requiredCsvColumns.filter((column) => columns[column] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        {
          line: header.line,
          message: `the header row has no ${missing.map((column) => `"${csvColumns[column][0]}"`).join(', ')} column; expected at least ${requiredCsvColumns.map((column) => `"${csvColumns[column][0]}"`).join(', ')}`,
        },
      ],
    };
  }
  if (data.length === 0)
    return { ok: false, problems: [{ line: header.line + 1, message: 'there are no statements below the header row' }] };

  const cell = (row: Row, column: CsvColumn) => {
    const index = columns[column];
    return index === undefined ? '' : (row.cells[index] ?? '');
  };
  const firstValue = (column: CsvColumn) => data.map((row) => cell(row, column)).find(Boolean) ?? '';
  const frameworkName = firstValue('framework') || fileName.replace(/\.[^.]+$/, '');
  const tracks = new Map<string, TrackDraft>();

  for (const row of data) {
    const trackName = cell(row, 'track');
    const levelId = cell(row, 'level');
    const categoryText = cell(row, 'category');
    const text = cell(row, 'statement');
    const category = categoryOf(categoryText);
    const rowProblems: string[] = [];
    if (!trackName) rowProblems.push('the track is empty');
    if (!levelId) rowProblems.push('the level is empty');
    if (!category)
      rowProblems.push(
        categoryText
          ? `category "${categoryText}" is not one of experience, responsibility, skill`
          : 'the category is empty; expected experience, responsibility or skill',
      );
    if (!text) rowProblems.push(levelId ? `level "${levelId}" is missing a statement` : 'the statement is empty');
    const kindText = cell(row, 'levelKind');
    const kind = kindText ? levelKinds[kindText.toLowerCase()] : undefined;
    if (kindText && !kind) rowProblems.push(`level kind "${kindText}" is not one of individual contributor, management`);
    const orderText = cell(row, 'levelOrder');
    if (orderText && !/^-?\d+$/.test(orderText)) rowProblems.push(`level order "${orderText}" is not a whole number`);
    for (const message of rowProblems) problems.push({ line: row.line, message });
    if (rowProblems.length > 0 || !category) continue;

    const trackId = cell(row, 'trackId') || slugOf(trackName, 'track');
    let draft = tracks.get(trackId);
    if (!draft) {
      draft = { track: { id: trackId, name: trackName, notes: [] }, areas: new Map(), levels: new Map() };
      tracks.set(trackId, draft);
    }
    const areaName = cell(row, 'area');
    const area: SkillArea =
      category !== 'skill' && !areaName
        ? defaultAreas[category]
        : {
            id: cell(row, 'areaId') || slugOf(areaName || cell(row, 'skillName') || 'skills', 'area'),
            name: areaName || cell(row, 'skillName') || 'Skills',
          };
    const areaOrder = Number(cell(row, 'areaOrder'));
    if (!draft.areas.has(area.id))
      draft.areas.set(area.id, { area, order: Number.isFinite(areaOrder) && areaOrder > 0 ? areaOrder : Number.MAX_SAFE_INTEGER });

    let entry = draft.levels.get(levelId);
    const label = cell(row, 'levelLabel') || undefined;
    if (!entry) {
      entry = {
        level: { id: levelId, order: orderText ? Number(orderText) : 0, label, kind },
        firstLine: row.line,
        statements: [],
        explicitOrder: Boolean(orderText),
      };
      draft.levels.set(levelId, entry);
    } else if (label && entry.level.label && label !== entry.level.label) {
      problems.push({
        line: row.line,
        message: `level "${levelId}" is labelled "${entry.level.label}" on line ${entry.firstLine} and "${label}" here`,
      });
    } else if (label && !entry.level.label) {
      entry.level.label = label;
    }
    const position = entry.statements.filter((statement) => statement.category === category).length + 1;
    entry.statements.push({
      id: statementId(trackId, levelId, category, position),
      category,
      areaId: area.id,
      skillName: cell(row, 'skillName') || undefined,
      text,
      line: row.line,
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  const lineOfStatement = new Map<string, number>();
  const map: CareerMap = {
    kind: 'career-map',
    id: firstValue('frameworkId') || slugOf(frameworkName, 'framework'),
    name: frameworkName,
    version: firstValue('version') || '1',
    source: { name: `Imported from ${fileName}` },
    notes: [],
    tracks: [...tracks.values()].map((draft) => {
      const levels = [...draft.levels.values()];
      const numbered = levels.every((entry) => /\d+$/.test(entry.level.id));
      return {
        ...draft.track,
        // Areas in their given order where a column says it, else in the order rows first name them.
        areas: [...draft.areas.values()]
          .map((entry, index) => ({ ...entry, index }))
          .sort((a, b) => a.order - b.order || a.index - b.index)
          .map((entry) => entry.area),
        levels: levels.map((entry, index) => ({
          ...entry.level,
          // Explicit order first; else the number in ids like "L5"; else the order rows first name them.
          order: entry.explicitOrder ? entry.level.order : numbered ? Number(/(\d+)$/.exec(entry.level.id)?.[1]) : index + 1,
          statements: entry.statements.map(({ line, ...statement }) => {
            lineOfStatement.set(statement.id, line);
            return statement;
          }),
        })),
      };
    }),
  };
  const checked = frameworkSchema.safeParse(map);
  if (!checked.success) {
    return {
      ok: false,
      problems: checked.error.issues.map((issue) => {
        const statement = issueStatement(map, issue.path);
        return { line: statement ? lineOfStatement.get(statement) : undefined, path: formatIssuePath(issue.path), message: issue.message };
      }),
    };
  }
  return { ok: true, framework: checked.data, notices: ignored.length > 0 ? [`Columns ignored: ${ignored.join(', ')}.`] : [] };
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
