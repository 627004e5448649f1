/**
 * Writing a framework back out: JSON holds all of it; CSV, for spreadsheets, holds a career map's
 * tracks, levels and statements (its notes, source and descriptions have no column to go in).
 */
import Papa from 'papaparse';
import { levelsInOrder } from '../framework/career-map';
import type { CareerMap, Framework } from '../framework/schema';
import { csvColumnOrder, csvExportHeaders, type CsvColumn } from './csv-columns';

export function frameworkToJson(framework: Framework): string {
  return `${JSON.stringify(framework, null, 2)}\n`;
}

const kindLabels = { 'individual-contributor': 'individual contributor', management: 'management' } as const;

export function frameworkToCsv(map: CareerMap): string {
  const headers = csvColumnOrder.map((column) => csvExportHeaders[column]);
  const rows = map.tracks.flatMap((track) =>
    levelsInOrder(track).flatMap((level) =>
      level.statements.map((statement) => {
        const area = track.areas.find((candidate) => candidate.id === statement.areaId);
        const row: Record<CsvColumn, string> = {
          framework: map.name,
          frameworkId: map.id,
          version: map.version,
          track: track.name,
          trackId: track.id,
          level: level.id,
          levelOrder: String(level.order),
          levelLabel: level.label ?? '',
          levelKind: level.kind ? kindLabels[level.kind] : '',
          category: statement.category,
          area: area?.name ?? '',
          areaId: statement.areaId,
          areaOrder: String(track.areas.findIndex((candidate) => candidate.id === statement.areaId) + 1),
          skillName: statement.skillName ?? '',
          statement: statement.text,
        };
        return csvColumnOrder.map((column) => row[column]);
      }),
    ),
  );
  return `${Papa.unparse({ fields: headers, data: rows }, { newline: '\r\n' })}\r\n`;
}
