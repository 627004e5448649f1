/**
 * The spreadsheet form of a career map: one row per statement. Headers are matched without regard to
 * case, spaces or punctuation, and a few common names are accepted for each.
 */
export const csvColumns = {
  framework: ['framework', 'framework name'],
  frameworkId: ['framework id'],
  version: ['version', 'framework version'],
  track: ['track', 'track name'],
  trackId: ['track id'],
  level: ['level', 'level id'],
  levelOrder: ['level order', 'order'],
  levelLabel: ['level label', 'label', 'level title', 'title'],
  levelKind: ['level kind', 'kind'],
  category: ['category', 'type'],
  area: ['skill area', 'area'],
  areaId: ['skill area id', 'area id'],
  areaOrder: ['skill area order', 'area order'],
  skillName: ['skill name', 'skill'],
  statement: ['statement', 'text', 'description'],
} as const;

export type CsvColumn = keyof typeof csvColumns;

function isCsvColumn(key: string): key is CsvColumn {
  return Object.hasOwn(csvColumns, key);
}

/** Every column, in the order the export writes them. */
export const csvColumnOrder: CsvColumn[] = Object.keys(csvColumns).filter(isCsvColumn);

/** Columns a file must have; the rest are optional. */
export const requiredCsvColumns: readonly CsvColumn[] = ['track', 'level', 'category', 'statement'];

/** The header each column is written with on export, in order. */
export const csvExportHeaders: Record<CsvColumn, string> = {
  framework: 'framework',
  frameworkId: 'framework id',
  version: 'version',
  track: 'track',
  trackId: 'track id',
  level: 'level',
  levelOrder: 'level order',
  levelLabel: 'level label',
  levelKind: 'level kind',
  category: 'category',
  area: 'skill area',
  areaId: 'skill area id',
  areaOrder: 'skill area order',
  skillName: 'skill name',
  statement: 'statement',
};

export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Which column each header is, and the headers that are none of them. */
export function matchHeaders(headers: readonly string[]): { columns: Partial<Record<CsvColumn, number>>; ignored: string[] } {
  const columns: Partial<Record<CsvColumn, number>> = {};
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    const name = normaliseHeader(header);
    const column = csvColumnOrder.find((key) => csvColumns[key].some((alias) => alias === name));
    if (column && columns[column] === undefined) columns[column] = index;
    else if (header.trim()) ignored.push(header.trim());
  });
  return { columns, ignored };
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
