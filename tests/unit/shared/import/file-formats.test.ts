/**
 * Files as common programs save them (tests/fixtures/frameworks/made, see its README): legacy and
 * UTF-16 encodings, CR-only line ends, workbooks with several sheets, Monzo Markdown and CASE JSON.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { utils, write } from '@e965/xlsx';
import { levelsInOrder, nextLevel, nextLevels } from '../../../../shared/framework/career-map';
import type { CareerMap } from '../../../../shared/framework/schema';
import { decodeText } from '../../../../shared/import/decode-text';
import { importFrameworkFile, type FileImport } from '../../../../shared/import/import-framework';
import { describeProblem } from '../../../../shared/import/import-result';

const fixtures = resolve(import.meta.dirname, '../../../fixtures/frameworks');
const bytesOf = (path: string) => new Uint8Array(readFileSync(resolve(fixtures, path)));

function careerMap(imported: FileImport, fileName = 'file'): CareerMap {
  const { result } = imported;
  if (!result.ok) throw new Error(result.problems.map((problem) => describeProblem(fileName, problem)).join('\n'));
  if (result.framework.kind !== 'career-map') throw new Error('expected a career map');
  return result.framework;
}

const ladderTexts = [
  'Écrit des tests « unitaires » fiables',
  'Demande de l’aide tôt',
  'Relit le code des autres — avec soin',
  'Encadre un stagiaire',
  'Mène les entretiens individuels',
  'Fixe des objectifs de qualité',
];

const allTexts = (map: CareerMap) =>
  map.tracks.flatMap((track) => track.levels.flatMap((level) => level.statements.map((statement) => statement.text)));

describe('encodings', () => {
  it('reads Excel’s Western European semicolon CSV as Windows-1252, and says so', () => {
    const imported = importFrameworkFile('ladder-windows-1252-semicolon.csv', bytesOf('made/ladder-windows-1252-semicolon.csv'));
    expect(imported.encoding).toMatchObject({ label: 'windows-1252', basis: 'detected' });
    const map = careerMap(imported);
    expect(map.name).toBe('Échelle d’ingénierie');
    expect(allTexts(map)).toEqual(ladderTexts);
  });

  it('reads UTF-16 with a byte-order mark (Excel’s “Unicode Text”)', () => {
    const imported = importFrameworkFile('ladder-utf-16.txt', bytesOf('made/ladder-utf-16.txt'));
    expect(imported.encoding).toMatchObject({ label: 'utf-16le', basis: 'byte-order mark' });
    expect(allTexts(careerMap(imported))).toEqual(ladderTexts);
  });

  it('reads UTF-16 saved without a byte-order mark, little- or big-endian, by its NUL bytes', () => {
    const withMark = bytesOf('made/ladder-utf-16.txt');
    const littleEndian = withMark.subarray(2);
    const bigEndian = new Uint8Array(littleEndian.length);
    for (let index = 0; index + 1 < littleEndian.length; index += 2) {
      bigEndian[index] = littleEndian[index + 1] ?? 0;
      bigEndian[index + 1] = littleEndian[index] ?? 0;
    }
    for (const [bytes, label] of [
      [littleEndian, 'utf-16le'],
      [bigEndian, 'utf-16be'],
    ] as const) {
      const imported = importFrameworkFile('ladder.txt', bytes);
      expect(imported.encoding).toMatchObject({ label, basis: 'detected' });
      expect(allTexts(careerMap(imported))).toEqual(ladderTexts);
    }
    // ASCII alone in UTF-16 is valid UTF-8 too, NULs and all: it is still read as UTF-16.
    const ascii = new Uint8Array(
      [...'track\tlevel\tcategory\tstatement\nWeb\tL1\tskill\tWrites tests\n'].flatMap((char) => [char.charCodeAt(0), 0]),
    );
    expect(allTexts(careerMap(importFrameworkFile('ladder.txt', ascii)))).toEqual(['Writes tests']);
  });

  it('reads a file in the encoding the person picks, and refuses bytes that are not valid in it', () => {
    const bytes = bytesOf('made/ladder-mac-roman-cr.csv');
    expect(allTexts(careerMap(importFrameworkFile('ladder.csv', bytes, { encoding: 'macintosh' })))).toEqual(ladderTexts);
    const asUtf8 = importFrameworkFile('ladder.csv', bytes, { encoding: 'utf-8' });
    expect(asUtf8.result.ok).toBe(false);
    expect(asUtf8.result.ok ? [] : asUtf8.result.problems.map((problem) => describeProblem('ladder.csv', problem))).toEqual([
      'ladder.csv, line 2: the file is not valid UTF-8 (Unicode): this line holds a byte that is not; choose the encoding it was saved in',
    ]);
  });

  it('never decodes into replacement characters', () => {
    for (const name of ['made/ladder-windows-1252-semicolon.csv', 'made/ladder-mac-roman-cr.csv', 'made/ladder-utf-16.txt']) {
      const decoded = decodeText(bytesOf(name));
      expect(decoded.ok && decoded.text.includes('\uFFFD')).toBe(false);
    }
  });

  it('tells the person when the file itself already holds replacement characters', () => {
    const text = 'track,level,category,statement\nWeb,L1,skill,\uFFFDchelle\n';
    const { result } = importFrameworkFile('broken.csv', new TextEncoder().encode(text));
    expect(result.ok && result.notices[0]).toMatch(/^The file itself holds a replacement character \(�\), first on line 2/);
  });
});

describe('files that are not frameworks', () => {
  it('names a PDF, an image or an old Excel file for what it is, in one problem, whatever its name', () => {
    const kinds: [string, number[], string][] = [
      ['ladder.pdf', [...new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>')], 'a PDF document'],
      ['ladder.json', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'a PNG image'],
      ['ladder.yaml', [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46], 'a JPEG image'],
      [
        'ladder.csv',
        [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0],
        'an Excel 97–2003 workbook (.xls) or another older Office file',
      ],
    ];
    for (const [fileName, bytes, what] of kinds) {
      const { result } = importFrameworkFile(fileName, new Uint8Array(bytes));
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problems).toEqual([
        {
          message: `This file is ${what}, not a framework, so nothing was read from it. Choose the framework's CSV, JSON, YAML or Excel (.xlsx) file; from an older Excel, save the sheet as .xlsx or CSV UTF-8 first.`,
        },
      ]);
    }
  });
});

describe('CR-only line ends and sep= lines', () => {
  it('counts lines in a CR-only file as an editor does', () => {
    const text = 'track,level,category,statement\rWeb,L1,skill,Fine\rWeb,L2,skil,Typo\r';
    const { result } = importFrameworkFile('mac.csv', new TextEncoder().encode(text));
    expect(result.ok ? [] : result.problems.map((problem) => describeProblem('mac.csv', problem))).toEqual([
      'mac.csv, line 3: column “category” (C) holds “skil”: expected experience, responsibility or skill',
    ]);
  });

  it('reads every row of a CRLF file with a row added by an editor that writes LF alone', () => {
    // Snowflake's real CSV (CRLF, as Excel writes it) with one row added by such an editor.
    const original = readFileSync(resolve(fixtures, 'real/snowflake.csv'), 'utf8');
    expect(original).toContain('\r\n');
    const added =
      'Medium Engineering Growth Framework (Snowflake),Engineering,M1,Milestone 1,skill,Mobile,Writes "release notes",A,signal\n';
    const at = original.indexOf(
      'Medium Engineering Growth Framework (Snowflake),Engineering,M1,Milestone 1,skill,Mobile,Adds simple actions',
    );
    const mixed = `${original.slice(0, at)}${added}${original.slice(at)}`;
    const before = allTexts(careerMap(importFrameworkFile('snowflake.csv', new TextEncoder().encode(original))));
    const after = allTexts(careerMap(importFrameworkFile('snowflake.csv', new TextEncoder().encode(mixed))));
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(0, 4)).toEqual([before[0], before[1], 'Writes "release notes"', before[2]]);
    // A typo after the added row is found on its own line, as an editor numbers it.
    const line = mixed.slice(0, mixed.indexOf('Reuses existing components')).split('\n').length;
    const typo = mixed.replace(',skill,Mobile,Reuses existing components', ',skil,Mobile,Reuses existing components');
    const { result } = importFrameworkFile('snowflake.csv', new TextEncoder().encode(typo));
    expect(result.ok ? [] : result.problems.map((problem) => describeProblem('snowflake.csv', problem))[0]).toMatch(
      new RegExp(`^snowflake\\.csv, line ${line}: column “Category” \\(E\\) holds “skil”`),
    );
  });

  it('reads a CR-only file whose cells hold LF line breaks, or that ends in a CRLF, row by row', () => {
    const text = 'track,level,category,statement\rWeb,L1,skill,"Builds pages\nand tests"\rWeb,L2,skill,Leads\r\n';
    expect(allTexts(careerMap(importFrameworkFile('mac.csv', new TextEncoder().encode(text))))).toEqual([
      'Builds pages\nand tests',
      'Leads',
    ]);
  });

  it('honours Excel’s sep= first line and keeps the lines after it numbered as they are', () => {
    const text = 'sep=|\r\ntrack|level|category|statement\r\nWeb|L1|skill|Knows HTML; CSS, and more\r\nWeb|L2|skils|Typo\r\n';
    const { result } = importFrameworkFile('sep.csv', new TextEncoder().encode(text));
    expect(result.ok ? [] : result.problems.map((problem) => describeProblem('sep.csv', problem))).toEqual([
      'sep.csv, line 4: column “category” (C) holds “skils”: expected experience, responsibility or skill',
    ]);
    const fixed = importFrameworkFile('sep.csv', new TextEncoder().encode(text.replace('skils', 'skill')));
    expect(allTexts(careerMap(fixed))[0]).toBe('Knows HTML; CSS, and more');
  });
});

describe('workbooks', () => {
  it.each(['ladder.xlsx', 'ladder.ods'])('reads %s from its first sheet with Waymark’s columns, offering the others', (name) => {
    // The workbook opens with a "Read me" sheet of notes; the ladder is on the second sheet, which is read.
    const imported = importFrameworkFile(name, bytesOf(`made/${name}`));
    expect(imported.sheets).toEqual({ names: ['Read me', 'Échelle'], chosen: 'Échelle' });
    expect(allTexts(careerMap(imported))).toEqual(ladderTexts);
    // A sheet picked by the person is read even when it is no ladder, and the problem names it.
    const notes = importFrameworkFile(name, bytesOf(`made/${name}`), { sheet: 'Read me' });
    expect(notes.sheets?.chosen).toBe('Read me');
    expect(notes.result.ok ? [] : notes.result.problems.map((problem) => describeProblem(name, problem))[0]).toMatch(
      new RegExp(`^${name.replace('.', '\\.')}, sheet “Read me”, row 1: the header row has no “track”`),
    );
  });

  it('reads the first sheet with data when no sheet has Waymark’s columns, and names it in the problem', () => {
    const workbook = utils.book_new();
    utils.book_append_sheet(workbook, utils.aoa_to_sheet([]), 'Empty');
    utils.book_append_sheet(
      workbook,
      utils.aoa_to_sheet([
        ['Rung', 'Behaviour'],
        ['E1', 'Asks for help'],
      ]),
      'Ladder',
    );
    utils.book_append_sheet(workbook, utils.aoa_to_sheet([['Notes'], ['Draft']]), 'Notes');
    const bytes = new Uint8Array(write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const imported = importFrameworkFile('rungs.xlsx', bytes);
    expect(imported.sheets).toEqual({ names: ['Empty', 'Ladder', 'Notes'], chosen: 'Ladder' });
    expect(imported.result.ok ? [] : imported.result.problems.map((problem) => describeProblem('rungs.xlsx', problem))[0]).toMatch(
      /^rungs\.xlsx, sheet “Ladder”, row 1: the header row has no /,
    );
  });

  it('points at a sheet’s row when a cell is wrong', () => {
    const imported = importFrameworkFile('ladder.xlsx', bytesOf('made/ladder.xlsx'), { sheet: 'Échelle' });
    expect(imported.result.ok && imported.result.columns).toContainEqual({ field: 'statement', column: 'column “Statement” (G)' });
  });
});

describe('levels given by title, on parallel ladders', () => {
  it('makes ids from titles, keeps the titles as labels, and puts Manager 2 beside Développeur 2', () => {
    const map = careerMap(importFrameworkFile('ladder.xlsx', bytesOf('made/ladder.xlsx'), { sheet: 'Échelle' }));
    const [track] = map.tracks;
    if (!track) throw new Error('expected a track');
    expect(levelsInOrder(track).map((level) => [level.id, level.label, level.order, level.kind])).toEqual([
      ['developpeur-1', 'Développeur 1', 1, 'individual-contributor'],
      ['developpeur-2', 'Développeur 2', 2, 'individual-contributor'],
      ['manager-2', 'Manager 2', 2, 'management'],
    ]);
    expect(nextLevel(track, 'developpeur-1')?.id).toBe('developpeur-2');
    expect(nextLevels(track, 'developpeur-1').map((level) => level.id)).toEqual(['developpeur-2', 'manager-2']);
  });

  it('asks for a level kind when two levels would share a rung', () => {
    const text = 'track,level,category,statement\nEng,E5,skill,Leads design\nEng,M5,skill,Leads people\n';
    const { result } = importFrameworkFile('x.csv', new TextEncoder().encode(text));
    expect(result.ok ? [] : result.problems.map((problem) => describeProblem('x.csv', problem))).toEqual([
      'x.csv, line 3: levels “E5” and “M5” of track “Eng” would have the same place on the ladder (5); if they are parallel rungs, give each a level kind (individual contributor or management) in a “level kind” column, else a number in a “level order” column',
    ]);
  });

  it('orders dotted levels by rank, then step', () => {
    const text = 'track,level,category,statement\nEng,2.1,skill,c\nEng,1.2,skill,b\nEng,1.1,skill,a\nEng,1.10,skill,b2\n';
    const map = careerMap(importFrameworkFile('x.csv', new TextEncoder().encode(text)));
    const [track] = map.tracks;
    expect(track && levelsInOrder(track).map((level) => level.id)).toEqual(['1.1', '1.2', '1.10', '2.1']);
  });
});

describe('columns', () => {
  const run = (text: string) => importFrameworkFile('x.csv', new TextEncoder().encode(text)).result;

  it('prefers the column named exactly for a field over an alias, and says which column was left out', () => {
    const result = run('track,level,category,skill area,description,statement\nW,L1,skill,Craft,About the area,Writes tests\n');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(allTexts(result.framework.kind === 'career-map' ? result.framework : ({ tracks: [] } as unknown as CareerMap))).toEqual([
      'Writes tests',
    ]);
    expect(result.notices).toContain('Not read: column “description” (E), “statement” is the statement column.');
    expect(result.columns).toContainEqual({ field: 'statement', column: 'column “statement” (F)' });
  });

  it('refuses two columns that could fill one field, naming both', () => {
    const result = run('track,level,category,text,description\nW,L1,skill,A,B\n');
    expect(result.ok ? [] : result.problems.map((problem) => describeProblem('x.csv', problem))).toEqual([
      'x.csv, line 1: column “text” (D) and column “description” (E) could both be the statement column; rename or remove one of them',
    ]);
  });

  it('gives one message per problem, with the rows it affects, not one per row', () => {
    const rows = Array.from({ length: 560 }, (_, index) => `W,L${(index % 5) + 1},Mobile,Statement ${index}`);
    const result = run(['track,level,category,statement', ...rows].join('\n'));
    expect(result.ok ? [] : result.problems.map((problem) => describeProblem('x.csv', problem))).toEqual([
      'x.csv, line 2: column “category” (C) holds “Mobile” on 560 rows (lines 2–561): expected experience, responsibility or skill',
    ]);
  });

  it('reads track and area descriptions, and examples per statement', () => {
    const result = run(
      'track,track description,level,category,skill area,skill area description,statement,example\nW,The web team,L1,skill,Craft,Quality of work,Writes tests,Added tests to the login form\n',
    );
    if (!result.ok || result.framework.kind !== 'career-map') throw new Error(JSON.stringify(result));
    const [track] = result.framework.tracks;
    expect(track?.description).toBe('The web team');
    expect(track?.areas[0]).toEqual({ id: 'craft', name: 'Craft', description: 'Quality of work' });
    expect(track?.levels[0]?.statements[0]?.examples).toEqual(['Added tests to the login form']);
  });
});

describe('Monzo progression-framework Markdown', () => {
  it('reads topics as areas, criteria and example criteria as statements, and their examples as examples', () => {
    const map = careerMap(importFrameworkFile('backend.md', bytesOf('real/monzo-source/backend.md')), 'backend.md');
    const [track] = map.tracks;
    if (!track) throw new Error('expected a track');
    expect(track.name).toBe('🛠️ Backend Engineering Framework');
    expect(track.levels.map((level) => level.id)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'L6']);
    expect(track.areas.slice(0, 3).map((area) => area.name)).toEqual(['communication', 'impact', '👩‍💼 Leadership']);
    const l2 = track.levels[1]?.statements.filter((statement) => statement.areaId === 'communication') ?? [];
    expect(l2.map((statement) => [statement.text, statement.examples])).toEqual([
      ["Proactively communicates to their team what they are working on, why, how it's going and what help they need", undefined],
      ['Accepts feedback graciously', undefined],
      ['Gives feedback to peers when asked', undefined],
      [
        'Provides helpful and actionable feedback in code reviews in an empathetic manner',
        ['Take a look at the levelling up your code reviews talk for some ideas'],
      ],
      [
        'Writes PR descriptions that provide context and provide rationale for significant decisions',
        ['I decided to X instead of Y here, I also considered Z but for these reasons I went with X'],
      ],
    ]);
  });

  it('stores the same statements as the converted Monzo JSON for the same discipline', () => {
    const markdown = careerMap(importFrameworkFile('backend.md', bytesOf('real/monzo-source/backend.md')));
    const expected: { statements: { track: string; text: string }[] } = JSON.parse(
      readFileSync(resolve(fixtures, 'real/monzo-engineering.expected.json'), 'utf8'),
    );
    const backend = expected.statements.filter((statement) => statement.track === 'Backend Engineering').map((statement) => statement.text);
    expect(allTexts(markdown).sort()).toEqual([...backend].sort());
  });

  it('reads a three-level discipline', () => {
    const map = careerMap(importFrameworkFile('qualityanalyst.md', bytesOf('real/monzo-source/qualityanalyst.md')));
    expect(map.tracks[0]?.levels.map((level) => level.id)).toEqual(['L1', 'L2', 'L3']);
  });
});

describe('1EdTech CASE packages', () => {
  it('reads areas, levels from level items or educationLevel, statements in sequence, and exemplars as examples', () => {
    const map = careerMap(importFrameworkFile('case-package.json', bytesOf('made/case-package.json')));
    expect(map).toMatchObject({
      name: 'Data Steward Competencies',
      version: '2026.1',
      description: 'A small competency framework written to test CASE import.',
    });
    const [track] = map.tracks;
    if (!track) throw new Error('expected a track');
    expect(track.areas.map((area) => area.name)).toEqual(['Data quality', 'Privacy']);
    expect(track.levels.map((level) => [level.id, level.label, level.statements.map((statement) => statement.text)])).toEqual([
      [
        'P1',
        'Foundation',
        [
          'Checks records against the source before publishing them.',
          'Reports a data-quality issue with the steps to reproduce it.',
          'Recognises personal data in a dataset.',
        ],
      ],
      [
        'P2',
        'Practitioner',
        [
          'Defines data-quality rules for a dataset and monitors them.',
          'Carries out a data-protection impact assessment (DPIA) for a new dataset.',
        ],
      ],
    ]);
    expect(track.levels[0]?.statements[1]?.examples).toEqual([
      'Opened a ticket: “postcode column has 212 blank rows since the 3 October import; query attached”.',
    ]);
  });
});
