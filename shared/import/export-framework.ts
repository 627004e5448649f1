/**
 * Writing a framework back out: JSON holds all of it; CSV, for spreadsheets, holds a career map's
 * tracks, levels, statements and examples with the tracks' and areas' descriptions (the framework's
 * notes and source have no column to go in). The CSV opens in Excel as UTF-8 (it starts with a
 * byte-order mark), and a cell starting with = + - @ is written with a leading ' so that no
 * spreadsheet ever runs it as a formula; the import takes that ' off again and says so.
 */
import Papa from 'papaparse';
import { levelsInOrder } from '../framework/career-map';
import type { CareerMap, Framework } from '../framework/schema';
import { csvColumnOrder, csvColumns, type CsvColumn } from './csv-columns';

export function frameworkToJson(framework: Framework): string {
  return `${JSON.stringify(framework, null, 2)}\n`;
}

const kindLabels = { 'individual-contributor': 'individual contributor', management: 'management' } as const;

/** A cell a spreadsheet would run as a formula (Papa Parse's own test misses cells holding a line break). */
export const formulaStart = /^[=+\-@\t\r]/;

/** Several examples of one statement share its one "example" cell, a blank line between them. */
export const exampleSeparator = '\n\n';

export function frameworkToCsv(map: CareerMap): string {
  const headers = csvColumnOrder.map((column) => csvColumns[column].header);
  const rows: string[][] = [];
  for (const track of map.tracks) {
    let trackDescribed = false;
    const areasDescribed = new Set<string>();
    for (const level of levelsInOrder(track)) {
      const items = [
        ...level.statements.map((statement) => ({ ...statement, type: '' })),
        ...(level.examples ?? []).map((example) => ({
          ...example,
          type: 'example',
          category: '',
          skillName: undefined,
          examples: undefined,
        })),
      ];
      for (const item of items) {
        const areaIndex = track.areas.findIndex((candidate) => candidate.id === item.areaId);
        const area = track.areas[areaIndex];
        const row: Record<CsvColumn, string> = {
          framework: map.name,
          frameworkId: map.id,
          frameworkDescription: rows.length === 0 ? (map.description ?? '') : '',
          version: map.version,
          track: track.name,
          trackId: track.id,
          trackDescription: !trackDescribed ? (track.description ?? '') : '',
          level: level.id,
          levelOrder: String(level.order),
          levelLabel: level.label ?? '',
          levelKind: level.kind ? kindLabels[level.kind] : '',
          category: item.category,
          area: area?.name ?? '',
          areaId: item.areaId,
          areaOrder: String(areaIndex + 1),
          areaDescription: !areasDescribed.has(item.areaId) ? (area?.description ?? '') : '',
          skillName: item.skillName ?? '',
          statementType: item.type,
          statement: item.text,
          example: item.examples?.join(exampleSeparator) ?? '',
        };
        trackDescribed = true;
        areasDescribed.add(item.areaId);
        rows.push(csvColumnOrder.map((column) => row[column]));
      }
    }
  }
  return `\uFEFF${Papa.unparse({ fields: headers, data: rows }, { newline: '\r\n', escapeFormulae: formulaStart })}\r\n`;
}
