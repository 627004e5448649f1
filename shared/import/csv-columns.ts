/**
 * The spreadsheet form of a career map: one row per statement (or example). Headers are matched
 * without regard to case, spaces or punctuation. Each field has one name and a few aliases; no alias
 * belongs to two fields, and a header named exactly for a field wins over one that is only an alias,
 * so "Description" cannot take the statement's place from a "Statement" column. This table is the
 * one place the columns are defined: the importer, the exporter, the in-app format guide and
 * docs/framework-format.md (checked by a test) all read it.
 */
export interface CsvColumnDefinition {
  /** The name the export writes and the guide shows. */
  header: string;
  /** Other names accepted, documented as such. */
  aliases: readonly string[];
  required: boolean;
  /** What the column holds, for the format guide. */
  meaning: string;
}

export const csvColumns = {
  framework: { header: 'framework', aliases: ['framework name'], required: false, meaning: "the framework's name; else the file's name" },
  frameworkId: {
    header: 'framework id',
    aliases: [],
    required: false,
    meaning: 'its id; else made from the name ("Web ladder" → web-ladder)',
  },
  frameworkDescription: {
    header: 'framework description',
    aliases: [],
    required: false,
    meaning: 'what the framework is about; on any one row (the first is usual), the rest empty or the same',
  },
  version: { header: 'version', aliases: ['framework version'], required: false, meaning: 'its version; else 1' },
  track: { header: 'track', aliases: ['track name'], required: true, meaning: 'the track\'s name ("Frontend")' },
  trackId: { header: 'track id', aliases: [], required: false, meaning: "else made from the track's name" },
  trackDescription: {
    header: 'track description',
    aliases: [],
    required: false,
    meaning: 'what the track is about; the same on every row of the track (or on one row, the rest empty)',
  },
  level: {
    header: 'level',
    aliases: ['level id'],
    required: true,
    meaning:
      'the level\'s short id ("L5", "E5", "1.2") or its title ("Developer 1", "Senior Engineer"): from a title an id is made (developer-1) and the title kept as the label',
  },
  levelOrder: {
    header: 'level order',
    aliases: ['order'],
    required: false,
    meaning:
      'a whole number placing the level on the ladder; else the number at the end of the level (L5 → 5, 1.2 → rank 1, step 2); else the order rows first name the levels in',
  },
  levelLabel: {
    header: 'level label',
    aliases: ['level title', 'label', 'title'],
    required: false,
    meaning: 'the level\'s title ("Senior Engineer"); the same on every row of that level',
  },
  levelKind: {
    header: 'level kind',
    aliases: ['kind'],
    required: false,
    meaning:
      'individual contributor (or IC) or management (or manager); two levels of one rank on parallel ladders (E5 and M5) need it to be told apart',
  },
  category: {
    header: 'category',
    aliases: ['statement category'],
    required: true,
    meaning: 'experience, responsibility (or area of responsibility) or skill',
  },
  area: {
    header: 'skill area',
    aliases: ['area'],
    required: false,
    meaning: 'the row of the career map the statement sits in; experience and responsibility rows without one get their own rows',
  },
  areaId: { header: 'skill area id', aliases: ['area id'], required: false, meaning: "else made from the area's name" },
  areaOrder: {
    header: 'skill area order',
    aliases: ['area order'],
    required: false,
    meaning: 'a whole number placing the area among the rows; else the order rows first name the areas in',
  },
  areaDescription: {
    header: 'skill area description',
    aliases: ['area description'],
    required: false,
    meaning: 'what the area covers; the same on every row of the area (or on one row, the rest empty)',
  },
  skillName: {
    header: 'skill name',
    aliases: ['skill'],
    required: false,
    meaning: 'the skill\'s name where the framework names one ("HTML/CSS")',
  },
  statementType: {
    header: 'statement type',
    aliases: ['row type'],
    required: false,
    meaning:
      'example (or examples, illustration) makes the row an example for its skill area and level: shown beside the statements, never rated; any other value, or none, is a statement',
  },
  statement: {
    header: 'statement',
    aliases: ['text', 'description', 'criterion', 'criteria'],
    required: true,
    meaning: "the statement's text (or the example's, on an example row)",
  },
  example: {
    header: 'example',
    aliases: ['examples'],
    required: false,
    meaning: "an example of this row's statement, shown with it and never rated",
  },
} as const satisfies Record<string, CsvColumnDefinition>;

export type CsvColumn = keyof typeof csvColumns;

function isCsvColumn(key: string): key is CsvColumn {
  return Object.hasOwn(csvColumns, key);
}

/** Every column, in the order the export writes them. */
export const csvColumnOrder: CsvColumn[] = Object.keys(csvColumns).filter(isCsvColumn);

/** Columns a file must have; the rest are optional. */
export const requiredCsvColumns: readonly CsvColumn[] = csvColumnOrder.filter((column) => csvColumns[column].required);

export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A spreadsheet's name for the column at an index: A, B, … Z, AA, AB, … */
export function columnLetter(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** column “Statement” (G): how a message names a column, in the file's own words. */
export function columnName(headers: readonly string[], index: number): string {
  return `column “${headers[index]?.trim() ?? ''}” (${columnLetter(index)})`;
}

export interface HeaderMatch {
  /** The column index each field is read from. */
  columns: Partial<Record<CsvColumn, number>>;
  /** Columns that fill no field: unknown names, or an alias that lost to an exact name. */
  unused: { index: number; reason: string }[];
  /** Fields two columns could fill equally well: the import is refused, naming both. */
  ambiguous: { column: CsvColumn; indexes: number[] }[];
}

/** Which column fills each field: an exact name first, else a single alias; two equal candidates are ambiguous. */
export function matchHeaders(headers: readonly string[]): HeaderMatch {
  const exact = new Map<CsvColumn, number[]>();
  const alias = new Map<CsvColumn, number[]>();
  const unknown: number[] = [];
  headers.forEach((header, index) => {
    const name = normaliseHeader(header);
    if (!name) return;
    const byName = csvColumnOrder.find((key) => csvColumns[key].header === name);
    const byAlias = csvColumnOrder.find((key) => csvColumns[key].aliases.some((candidate) => candidate === name));
    if (byName) exact.set(byName, [...(exact.get(byName) ?? []), index]);
    else if (byAlias) alias.set(byAlias, [...(alias.get(byAlias) ?? []), index]);
    else unknown.push(index);
  });
  const match: HeaderMatch = {
    columns: {},
    unused: unknown.map((index) => ({ index, reason: 'not a column Waymark reads' })),
    ambiguous: [],
  };
  for (const column of csvColumnOrder) {
    const exactIndexes = exact.get(column) ?? [];
    const aliasIndexes = alias.get(column) ?? [];
    const candidates = exactIndexes.length > 0 ? exactIndexes : aliasIndexes;
    if (candidates.length > 1) match.ambiguous.push({ column, indexes: candidates });
    else if (candidates[0] !== undefined) match.columns[column] = candidates[0];
    if (exactIndexes.length > 0)
      for (const index of aliasIndexes)
        match.unused.push({ index, reason: `“${headers[exactIndexes[0] ?? 0]?.trim() ?? ''}” is the ${csvColumns[column].header} column` });
  }
  match.unused.sort((a, b) => a.index - b.index);
  return match;
}

const categoryAliases: Record<string, 'experience' | 'responsibility' | 'skill'> = {
  experience: 'experience',
  responsibility: 'responsibility',
  responsibilities: 'responsibility',
  'area of responsibility': 'responsibility',
  skill: 'skill',
  skills: 'skill',
};

export function categoryOf(value: string): 'experience' | 'responsibility' | 'skill' | undefined {
  return categoryAliases[normaliseHeader(value)];
}

const exampleTypes = new Set(['example', 'examples', 'illustration']);

/** Whether a "statement type" cell makes its row an example rather than a statement. */
export function isExampleType(value: string): boolean {
  return exampleTypes.has(normaliseHeader(value));
}
