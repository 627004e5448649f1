import { describe, expect, it } from 'vitest';
import { statementId } from '../../../shared/framework/ids';
import { levelsInOrder } from '../../../shared/framework/career-map';
import { loadCareerMap, seedLines } from './seed-data';

const seed = '000_c5715d8a89ba5125.txt';
const map = loadCareerMap();
const lines = seedLines(seed);
const headings = new Set(['Infrastructure', 'Experience', 'Area of Responsibility', 'Skills']);

/** The line of the seed a bundled statement came from. */
function sourceLine(statement: { category: string; skillName?: string | undefined; text: string }, trackId: string): string {
  if (statement.category !== 'skill') return statement.text;
  if (statement.skillName) return `${statement.skillName}: ${statement.text}`;
  return trackId === 'infrastructure' ? `- ${statement.text}` : statement.text;
}

function trackById(trackId: string) {
  const track = map.tracks.find((candidate) => candidate.id === trackId);
  if (!track) throw new Error(`no track ${trackId}`);
  return track;
}

const bundledLines = map.tracks.flatMap((track) =>
  track.levels.flatMap((level) => level.statements.map((statement) => sourceLine(statement, track.id))),
);

describe('the bundled career map', () => {
  it('has the two tracks of the source', () => {
    expect(map.tracks.map((track) => track.name)).toEqual(['Infrastructure', 'Frontend']);
  });

  it.each([
    ['infrastructure', 9],
    ['frontend', 10],
  ])('%s has %i levels, each with 1 experience, 1 responsibility and 4 skills', (trackId, count) => {
    const track = map.tracks.find((candidate) => candidate.id === trackId);
    expect(track?.levels).toHaveLength(count);
    for (const level of track?.levels ?? []) {
      const categories = level.statements.map((statement) => statement.category);
      expect(
        categories.filter((category) => category === 'experience'),
        level.id,
      ).toHaveLength(1);
      expect(
        categories.filter((category) => category === 'responsibility'),
        level.id,
      ).toHaveLength(1);
      expect(
        categories.filter((category) => category === 'skill'),
        level.id,
      ).toHaveLength(4);
    }
  });

  it('numbers Infrastructure L1–L7, L9, L10 (no L8 is invented) and Frontend L1–L10', () => {
    const ids = (trackId: string) => levelsInOrder(trackById(trackId)).map((level) => level.id);
    expect(ids('infrastructure')).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L9', 'L10']);
    expect(ids('frontend')).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9', 'L10']);
  });

  it('marks the leadership rungs L9 and L10 as management and the rest as individual contributor', () => {
    for (const track of map.tracks) {
      for (const level of track.levels) {
        expect(level.kind, `${track.id} ${level.id}`).toBe(level.order >= 9 ? 'management' : 'individual-contributor');
      }
    }
  });

  it('contains every bundled statement verbatim as a line of the seed', () => {
    for (const line of bundledLines) expect(lines, line).toContain(line);
  });

  it('bundles every statement of the seed, each exactly once', () => {
    const statementLines = lines.slice(2).filter((line) => !headings.has(line));
    expect(statementLines).toHaveLength(19 * 6);
    expect([...bundledLines].sort()).toEqual([...statementLines].sort());
  });

  it('keeps the intro sentence as the description, verbatim', () => {
    expect(lines[1]).toBe(map.description);
  });

  it('keeps the seed’s block order: Infrastructure 1–7, Frontend 1–8, Infrastructure leadership, Frontend management', () => {
    const experience = lines.filter((_, index) => lines[index - 1] === 'Experience');
    const byTrack = (trackId: string) =>
      levelsInOrder(trackById(trackId)).map((level) => level.statements.find((statement) => statement.category === 'experience')?.text);
    const infra = byTrack('infrastructure');
    const front = byTrack('frontend');
    expect(experience).toEqual([...infra.slice(0, 7), ...front.slice(0, 8), ...infra.slice(7), ...front.slice(8)]);
  });

  it('gives Frontend skills their source names and Infrastructure skills none', () => {
    for (const track of map.tracks) {
      for (const statement of track.levels.flatMap((level) => level.statements)) {
        if (statement.category !== 'skill') expect(statement.skillName).toBeUndefined();
        else if (track.id === 'frontend') expect(statement.skillName).toBeTruthy();
        else expect(statement.skillName).toBeUndefined();
      }
    }
  });

  it('files the n-th Infrastructure skill of every level under the n-th theme', () => {
    const infra = trackById('infrastructure');
    const themes = ['technical-depth', 'complexity-autonomy', 'communication', 'scope-of-impact'];
    for (const level of infra.levels) {
      const skills = level.statements.filter((statement) => statement.category === 'skill');
      expect(skills.map((statement) => statement.areaId)).toEqual(themes);
    }
  });

  it('groups the JavaScript skills of Frontend into one area across levels', () => {
    const front = trackById('frontend');
    const names = front.levels
      .flatMap((level) => level.statements)
      .filter((statement) => statement.areaId === 'javascript')
      .map((statement) => statement.skillName);
    expect(names).toEqual(expect.arrayContaining(['JavaScript', 'JavaScript & Frameworks', 'Advanced JavaScript']));
  });

  it('gives every statement the id its rule prescribes', () => {
    for (const track of map.tracks) {
      for (const level of track.levels) {
        const counters = new Map<string, number>();
        for (const statement of level.statements) {
          const position = (counters.get(statement.category) ?? 0) + 1;
          counters.set(statement.category, position);
          expect(statement.id).toBe(statementId(track.id, level.id, statement.category, position));
        }
      }
    }
  });

  it('writes down its judgement calls', () => {
    const allNotes = [...map.notes, ...map.tracks.flatMap((track) => track.notes)].join('\n');
    expect(allNotes).toMatch(/nine Infrastructure level blocks/);
    expect(allNotes).toMatch(/interleaved/);
    expect(allNotes).toMatch(/four themes/);
    expect(allNotes).toMatch(/JavaScript → JavaScript & Frameworks → Advanced JavaScript/);
  });
});
