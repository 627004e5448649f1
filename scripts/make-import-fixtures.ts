/**
 * Writes the import tests' encoded and workbook fixtures (tests/fixtures/frameworks/made/) from one
 * small ladder written for Waymark's tests, the way the programs people use save them:
 * - Excel's "CSV (semicolon delimited)" in Western Europe: Windows-1252, semicolons, CRLF;
 * - Excel's "Unicode Text": UTF-16 LE with a byte-order mark, tabs;
 * - Excel for Mac's "CSV (Macintosh)": Mac OS Roman, CR-only line ends;
 * - an .xlsx and an .ods workbook with a notes sheet before the ladder sheet.
 * Run with `node scripts/make-import-fixtures.ts`; the files are committed, so tests never depend on it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { utils, write } from '@e965/xlsx';

const folder = resolve(import.meta.dirname, '../tests/fixtures/frameworks/made');

/** The ladder: French text with curly apostrophes, a parallel management rung, titles as levels. */
export const ladderRows: string[][] = [
  ['Framework', 'Track', 'Level', 'Level kind', 'Category', 'Skill area', 'Statement'],
  [
    'Échelle d’ingénierie',
    'Ingénierie',
    'Développeur 1',
    'individual contributor',
    'skill',
    'Qualité',
    'Écrit des tests « unitaires » fiables',
  ],
  ['Échelle d’ingénierie', 'Ingénierie', 'Développeur 1', 'individual contributor', 'skill', 'Équipe', 'Demande de l’aide tôt'],
  [
    'Échelle d’ingénierie',
    'Ingénierie',
    'Développeur 2',
    'individual contributor',
    'skill',
    'Qualité',
    'Relit le code des autres — avec soin',
  ],
  ['Échelle d’ingénierie', 'Ingénierie', 'Développeur 2', 'individual contributor', 'skill', 'Équipe', 'Encadre un stagiaire'],
  ['Échelle d’ingénierie', 'Ingénierie', 'Manager 2', 'management', 'skill', 'Équipe', 'Mène les entretiens individuels'],
  ['Échelle d’ingénierie', 'Ingénierie', 'Manager 2', 'management', 'skill', 'Qualité', 'Fixe des objectifs de qualité'],
];

/**
 * An encoder for a single-byte encoding, built from TextDecoder's own table of it (Node and browsers
 * decode legacy encodings but encode only UTF-8).
 */
function singleByteEncoder(label: string): (text: string) => Uint8Array {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return (text) =>
    Uint8Array.from(
      [...text].map((char) => {
        const byte = table.get(char);
        if (byte === undefined) throw new Error(`“${char}” has no byte in ${label}`);
        return byte;
      }),
    );
}

function encodeUtf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    bytes[2 + index * 2] = code & 0xff;
    bytes[3 + index * 2] = code >> 8;
  }
  return bytes;
}

function delimited(rows: string[][], separator: string, newline: string): string {
  const quote = (cell: string) => (/[";\t,\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return rows.map((row) => row.map(quote).join(separator)).join(newline) + newline;
}

export function writeFixtures(): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    resolve(folder, 'ladder-windows-1252-semicolon.csv'),
    singleByteEncoder('windows-1252')(delimited(ladderRows, ';', '\r\n')),
  );
  writeFileSync(resolve(folder, 'ladder-utf-16.txt'), encodeUtf16le(delimited(ladderRows, '\t', '\r\n')));
  writeFileSync(resolve(folder, 'ladder-mac-roman-cr.csv'), singleByteEncoder('macintosh')(delimited(ladderRows, ',', '\r')));

  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, utils.aoa_to_sheet([['Notes'], ['Written for Waymark’s import tests.']]), 'Read me');
  utils.book_append_sheet(workbook, utils.aoa_to_sheet(ladderRows), 'Échelle');
  for (const bookType of ['xlsx', 'ods'] as const) {
    const bytes: Uint8Array = write(workbook, { bookType, type: 'array', compression: true }) as Uint8Array;
    writeFileSync(resolve(folder, `ladder.${bookType}`), new Uint8Array(bytes));
  }
}

writeFixtures();
