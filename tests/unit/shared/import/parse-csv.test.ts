import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProblem, type ImportResult } from '../../../../shared/import/import-result';
import { importFramework } from '../../../../shared/import/import-framework';

const fixture = readFileSync(resolve(import.meta.dirname, '../../../fixtures/frameworks/spreadsheet-semicolons.csv'), 'utf8');

function problems(result: ImportResult, file = 'ladder.csv'): string[] {
  return result.ok ? [] : result.problems.map((problem) => describeProblem(file, problem));
}

describe('CSV import', () => {
  it('reads what a spreadsheet program writes: BOM, CRLF, semicolons, quoted cells with ; quotes and line breaks', () => {
    const result = importFramework('Platform ladder.csv', fixture);
    if (!result.ok) throw new Error(problems(result).join('\n'));
    const { framework, notices } = result;
    expect(notices).toEqual(['Not read: column “Owner” (H), not a column Waymark reads.']);
    expect(framework).toMatchObject({ kind: 'career-map', id: 'platform-ladder', name: 'Platform ladder', version: '1' });
    if (framework.kind !== 'career-map') throw new Error('expected a career map');
    const [track] = framework.tracks;
    expect(track?.id).toBe('platform');
    expect(track?.levels.map((level) => [level.id, level.order, level.label])).toEqual([
      ['P1', 1, 'Engineer'],
      ['P2', 2, 'Senior Engineer'],
    ]);
    expect(track?.areas.map((area) => area.name)).toEqual(['Experience', 'Area of Responsibility', 'Delivery', 'Operations']);
    const p1 = track?.levels[0]?.statements ?? [];
    expect(p1.map((statement) => statement.text)).toEqual([
      'Up to 2 years; any stack',
      'Ships small changes with help',
      'Writes tests for "happy" paths',
      'Joins the rota\r\nwith a buddy',
    ]);
    expect(p1.map((statement) => statement.id)).toEqual([
      'platform.P1.experience.1',
      'platform.P1.responsibility.1',
      'platform.P1.skill.1',
      'platform.P1.skill.2',
    ]);
    expect(p1[3]).toMatchObject({ category: 'skill', areaId: 'operations', skillName: 'On-call' });
  });

  it('reads commas and plain LF just as well', () => {
    const result = importFramework('x.csv', 'track,level,category,statement\nWeb,L1,skill,"Knows HTML, CSS"\nWeb,L2,skill,Knows the DOM\n');
    expect(result.ok && result.framework.kind === 'career-map' && result.framework.tracks[0]?.levels[0]?.statements[0]?.text).toBe(
      'Knows HTML, CSS',
    );
  });

  it('reports every problem at once, each with its line, counting lines inside quoted cells', () => {
    const text = [
      'track;level;category;statement',
      'Web;L1;skill;"Two',
      'lines"',
      'Web;L1;skils;Typo in the category',
      ';L2;skill;No track',
      'Web;L3;skill;',
      'Web;L4;;Nothing in the category',
    ].join('\r\n');
    expect(problems(importFramework('ladder.csv', text))).toEqual([
      'ladder.csv, line 4: column “category” (C) holds “skils”: expected experience, responsibility or skill',
      'ladder.csv, line 5: column “track” (A) is empty',
      'ladder.csv, line 6: column “statement” (D) is empty (level “L3”); every row needs its statement',
      'ladder.csv, line 7: column “category” (C) is empty; expected experience, responsibility or skill',
    ]);
  });

  it('says which required columns are missing', () => {
    expect(problems(importFramework('ladder.csv', 'track,level,text\nWeb,L1,Hello\n'))).toEqual([
      'ladder.csv, line 1: the header row has no “category” column; expected at least “track”, “level”, “category”, “statement” (the header row is “track”, “level”, “text”)',
    ]);
  });

  it('refuses an empty file or one with only a header', () => {
    expect(problems(importFramework('ladder.csv', ''))).toEqual([
      'ladder.csv, line 1: the file is empty; expected a header row, then one row per statement',
    ]);
    expect(problems(importFramework('ladder.csv', 'track,level,category,statement\r\n'))).toEqual([
      'ladder.csv, line 2: there are no statements below the header row',
    ]);
  });

  it('refuses a row with cells past the header, as a statement with an unquoted comma would be cut short', () => {
    const text =
      'track,level,category,statement\nWeb,L1,skill,"Knows HTML, CSS and JS"\nWeb,L1,skill,Knows HTML, CSS and JS\nWeb,L2,skill,Writes tests,,\n';
    expect(problems(importFramework('ladder.csv', text))).toEqual([
      'ladder.csv, line 3: column “statement” (D) is the header row\'s last column, and cells past it hold “CSS and JS”: a cell whose text has the separator in it (a comma, or a semicolon) must be in double quotes, as spreadsheet programs save it ("Knows HTML, CSS and JS"), or what follows the separator is read as a cell of its own',
    ]);
    // A header padded with empty cells ends at its last named column.
    expect(problems(importFramework('ladder.csv', 'track,level,category,statement,,\nWeb,L1,skill,Knows HTML, CSS\n'))[0]).toMatch(
      /^ladder\.csv, line 2: column “statement” \(D\) is the header row's last column, and cells past it hold “CSS”/,
    );
    // Empty cells past the header (spreadsheets pad rows with them) are no loss.
    const padded = importFramework('ladder.csv', text.replace('Web,L1,skill,Knows HTML, CSS and JS\n', ''));
    expect(
      padded.ok && padded.framework.kind === 'career-map'
        ? padded.framework.tracks[0]?.levels.map((level) => level.statements.map((statement) => statement.text))
        : problems(padded),
    ).toEqual([['Knows HTML, CSS and JS'], ['Writes tests']]);
  });

  it('notices a level labelled two ways', () => {
    const text = 'track,level,level label,category,statement\nWeb,L1,Junior,skill,A\nWeb,L1,Graduate,skill,B\n';
    expect(problems(importFramework('ladder.csv', text))).toEqual([
      'ladder.csv, line 3: level “L1” is labelled “Junior” on line 2 and “Graduate” in column “level label” (C); give it one label',
    ]);
  });

  it('orders levels by an order column, else by the number in their ids, else as first named', () => {
    const levels = (text: string) => {
      const result = importFramework('x.csv', text);
      return result.ok && result.framework.kind === 'career-map'
        ? result.framework.tracks[0]?.levels.map((level) => [level.id, level.order])
        : problems(result);
    };
    expect(levels('track,level,category,statement\nW,L10,skill,a\nW,L2,skill,b\n')).toEqual([
      ['L10', 10],
      ['L2', 2],
    ]);
    expect(levels('track,level,level order,category,statement\nW,Senior,3,skill,a\nW,Junior,1,skill,b\n')).toEqual([
      ['Senior', 3],
      ['Junior', 1],
    ]);
    expect(levels('track,level,category,statement\nW,Junior,skill,a\nW,Senior,skill,b\n')).toEqual([
      ['Junior', 1],
      ['Senior', 2],
    ]);
  });

  it('numbers the statements of a large level per category in file order, categories interleaved', () => {
    const categories = ['skill', 'experience', 'skill', 'responsibility', 'skill'] as const;
    const rows = Array.from({ length: 20_000 }, (_, index) => `Web,L1,${categories[index % categories.length]},Statement ${index + 1}`);
    const result = importFramework('big.csv', `track,level,category,statement\n${rows.join('\n')}\n`);
    if (!result.ok || result.framework.kind !== 'career-map') throw new Error(problems(result).join('\n'));
    const statements = result.framework.tracks[0]?.levels[0]?.statements ?? [];
    expect(statements).toHaveLength(20_000);
    expect(statements.slice(0, 6).map((statement) => statement.id)).toEqual([
      'web.L1.skill.1',
      'web.L1.experience.1',
      'web.L1.skill.2',
      'web.L1.responsibility.1',
      'web.L1.skill.3',
      'web.L1.skill.4',
    ]);
    expect(statements.at(-1)).toMatchObject({ id: 'web.L1.skill.12000', text: 'Statement 20000' });
    expect(new Set(statements.map((statement) => statement.id)).size).toBe(20_000);
  });
});
