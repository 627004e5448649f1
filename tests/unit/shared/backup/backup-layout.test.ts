/**
 * The layout of a backup's bytes: each table's records found one by one without parsing the file,
 * whatever their strings hold (brackets, quotes, escapes, emoji, lone surrogates written as escapes)
 * and however deeply they nest; anything not laid out as Waymark writes a backup is not guessed at.
 */
import { describe, expect, it } from 'vitest';
import { scanBackupLayout, type BackupLayout } from '../../../../shared/backup/backup-layout';

const encode = (text: string) => new TextEncoder().encode(text);

/** Each table's records as the text of their bytes. */
function recordTexts(bytes: Uint8Array, layout: BackupLayout): Record<string, string[]> {
  const decode = (start: number, end: number) => new TextDecoder().decode(bytes.subarray(start, end));
  return Object.fromEntries(
    [...layout.tables].map(([name, ranges]) => [name, [...ranges.starts].map((start, index) => decode(start, ranges.ends[index] ?? 0))]),
  );
}

function scan(text: string) {
  const bytes = encode(text);
  const layout = scanBackupLayout(bytes);
  return layout ? { header: [...layout.header.keys()], records: recordTexts(bytes, layout) } : undefined;
}

describe('the layout of a backup file', () => {
  it('finds each table’s records, and the fields at the top', () => {
    const records = [{ id: 'a', name: 'Sam' }, { id: 'b', name: 'Priya' }, 3, 'text', null, [1, [2]]];
    const text = JSON.stringify({ format: 'waymark-backup', formatVersion: 3, tables: { people: records, goals: [] }, after: { x: [1] } });
    expect(scan(text)).toEqual({
      header: ['format', 'formatVersion', 'after'],
      records: { people: records.map((record) => JSON.stringify(record)), goals: [] },
    });
  });

  it('is not misled by brackets, quotes, escapes, emoji or lone surrogates inside strings', () => {
    const tricky = [
      { notes: 'a ] closes } nothing [ { here' },
      { notes: 'quoted "text" and a backslash \\ then "]}' },
      { notes: 'ends in a backslash \\' },
      { notes: '\\"]' },
      { notes: 'emoji 👩🏽‍💻 and 한국어 and عربي' },
      { notes: 'a lone \ud800 and \udfff surrogate' },
      { notes: '\u0000\u001f control characters\n\t' },
    ];
    const text = JSON.stringify({ tables: { evidence: tricky } });
    expect(text).toContain('\\ud800');
    const found = scan(text);
    expect(found?.records['evidence']?.map((record) => JSON.parse(record) as unknown)).toEqual(tricky);
  });

  it('keeps nested objects and lists whole, and reads the white space and byte-order mark a file may have', () => {
    const deep = { a: { b: [{ c: [[], {}] }, { d: { e: '}' } }] } };
    const pretty = `\uFEFF${JSON.stringify({ format: 'waymark-backup', tables: { people: [deep, deep], goals: [] } }, null, 2)}\r\n`;
    const found = scan(pretty);
    expect(found?.records['people']?.map((record) => JSON.parse(record) as unknown)).toEqual([deep, deep]);
    expect(found?.records['goals']).toEqual([]);
  });

  it('gives nothing for a file not laid out as a backup, to be read whole instead', () => {
    const cases = [
      '',
      '[]',
      '{"tables":[]}',
      '{"format":"waymark-backup"}',
      '{"tables":{"people":{}}}',
      '{"tables":{"people":[1,]}}',
      '{"tables":{"people":[1}}',
      '{"tables":{"people":[1]}',
      '{"tables":{"people":[1]}} x',
      '{"tables":{"people":["cut short]}}',
      '{"tables":{"people":[1],"people":[2]}}',
      '{"tables":{},"tables":{}}',
      '{"format":1,"format":2,"tables":{}}',
      '{"tables":{"people":[1 2]}}',
      '{tables:{}}',
      '\uFEFF\uFEFF{"tables":{}}',
    ];
    for (const text of cases) expect(scan(text), text).toBeUndefined();
  });
});
