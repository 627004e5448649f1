/**
 * An assessment file made with another version of its framework: its ratings and evidence land on this
 * version's statements by their words, as the workspace's own do when the new version is imported;
 * from the words the file carries, also when this workspace never had the file's version.
 */
import { describe, expect, it } from 'vitest';
import { buildExchangeContent, type ExchangeContent } from '../../../../shared/exchange/exchange-file';
import { contentInVersion, movesByWording } from '../../../../shared/exchange/exchange-version';
import type { Framework } from '../../../../shared/framework/schema';
import { compareVersions, itemMoves } from '../../../../shared/import/framework-versions';
import { importCsv, snowflakeVersions } from '../import/snowflake-versions';
import { webLadder } from '../import/web-ladder';

function statementsOf(framework: Framework) {
  return framework.kind === 'career-map' ? framework.tracks.flatMap((track) => track.levels.flatMap((level) => level.statements)) : [];
}

const updatedAt = '2026-11-20T09:00:00.000Z';

describe('a file made with another version', () => {
  const earlier = webLadder('2025', { L1: ['Builds pages', 'Writes tests', 'Reviews code', 'Runs retros'] });
  const now = webLadder('2026', { L1: ['Pairs with designers', 'Builds pages', 'Writes good tests', 'Reviews code'] });
  const file = selfAssessment(
    earlier,
    { 'web.L1.skill.1': 'consistently', 'web.L1.skill.2': 'partly', 'web.L1.skill.3': 'not-yet', 'web.L1.skill.4': 'consistently' },
    ['web.L1.skill.3', 'web.L1.skill.1'],
  );
  const matched = {
    'with that version in this workspace (a file without the words, from an earlier Waymark)': () =>
      itemMoves(compareVersions(earlier, now), earlier, now),
    'by the words the file carries, with that version never in this workspace': () =>
      movesByWording(file.framework.wording ?? [], now).moves,
  };

  for (const [how, moves] of Object.entries(matched)) {
    it(`moves its ratings and evidence with their statements, flags reworded ones, and sets aside removed ones: ${how}`, () => {
      const { content, match } = contentInVersion(file, moves(), '2026');
      expect(match).toEqual({ kind: 'matched', fileVersion: '2025', version: '2026', moved: 2, reworded: 1, removed: 1 });
      expect(content.framework.version).toBe('2026');
      expect(content.ratings.map((rating) => [rating.itemId, rating.value, rating.recheck])).toEqual([
        ['web.L1.skill.2', 'consistently', undefined],
        ['web.L1.skill.3', 'partly', 'reworded'],
        ['web.L1.skill.4', 'not-yet', undefined],
        ['web.L1.skill.4 (before version 2026)', 'consistently', 'removed'],
      ]);
      expect(content.evidence[0]?.itemIds).toEqual(['web.L1.skill.4', 'web.L1.skill.2']);
    });
  }
});

/** A self-assessment as Waymark writes it: every rating and evidence entry with the words of its statement. */
function selfAssessment(
  framework: Framework,
  values: Record<string, 'consistently' | 'partly' | 'not-yet'>,
  itemIds: string[] = [],
): ExchangeContent {
  return buildExchangeContent({
    kind: 'self-assessment',
    person: { id: 'priya-at-home', name: 'Priya 🌱', relationship: 'me', target: null },
    framework,
    ratings: Object.entries(values).map(([itemId, value]) => ({
      personId: 'priya-at-home',
      frameworkId: framework.id,
      rater: 'self' as const,
      itemId,
      value,
      updatedAt,
    })),
    evidence:
      itemIds.length > 0
        ? [
            {
              id: 'e1',
              personId: 'priya-at-home',
              frameworkId: framework.id,
              date: '2026-11-01',
              text: 'Shipped it',
              itemIds,
              createdAt: updatedAt,
            },
          ]
        : [],
    includeEvidence: true,
    now: new Date(updatedAt),
  });
}

describe('a file that says the words of what it rates', () => {
  it('carries the words of the statements rated or tagged, and only those', () => {
    const ladder = webLadder('2025', { L1: ['Builds pages', 'Writes tests', 'Reviews code'] });
    const file = selfAssessment(ladder, { 'web.L1.skill.1': 'partly' }, ['web.L1.skill.3']);
    expect(file.framework.wording).toEqual([
      { id: 'web.L1.skill.1', text: 'Builds pages', areaId: 'craft' },
      { id: 'web.L1.skill.3', text: 'Reviews code', areaId: 'craft' },
    ]);
  });

  it('finds other words under the same version label, and leaves alone what is worded the same', () => {
    const theirs = webLadder('2025', { L1: ['Builds pages', 'Writes tests'], L2: ['Leads a project'] });
    const ours = webLadder('2025', { L1: ['Builds pages', 'Owns accessibility', 'Writes tests'], L2: ['Leads a project'] });
    const file = selfAssessment(theirs, { 'web.L1.skill.1': 'consistently', 'web.L1.skill.2': 'partly', 'web.L2.skill.1': 'not-yet' });
    const { moves, changed } = movesByWording(file.framework.wording ?? [], ours);
    expect(changed).toBe(true);
    expect(['web.L1.skill.1', 'web.L1.skill.2', 'web.L2.skill.1'].map((id) => moves.destinationOf(id))).toEqual([
      undefined,
      { id: 'web.L1.skill.3' },
      undefined,
    ]);
    expect(moves.leaving).toEqual(['web.L1.skill.2']);
    expect(movesByWording(file.framework.wording ?? [], theirs).changed).toBe(false);
  });

  it('keeps a statement worded alike in two areas with its own area, and never pairs a rewording across areas', () => {
    const twoAreas = (version: string, texts: [string, string, string]): Framework => {
      const ladder = webLadder(version, { L1: texts });
      const track = ladder.tracks[0];
      if (!track) throw new Error('no track');
      const statements = track.levels[0]?.statements ?? [];
      return {
        ...ladder,
        tracks: [
          {
            ...track,
            areas: [...track.areas, { id: 'ops', name: 'Operations' }],
            levels: [
              { id: 'L1', order: 1, statements: statements.map((statement, at) => ({ ...statement, areaId: at === 1 ? 'ops' : 'craft' })) },
            ],
          },
        ],
      };
    };
    // Their L1: craft "Writes runbooks", ops "Writes runbooks", craft "Reviews code"; ours rewords the operations one.
    const theirs = twoAreas('1', ['Writes runbooks', 'Writes runbooks', 'Reviews code']);
    const ours = twoAreas('2', ['Writes runbooks', 'Writes runbooks for on-call', 'Reviews code']);
    const file = selfAssessment(theirs, { 'web.L1.skill.2': 'not-yet' });
    const { moves } = movesByWording(file.framework.wording ?? [], ours);
    // The operations statement was reworded in its own area, not matched to craft's identical words.
    expect(moves.destinationOf('web.L1.skill.2')).toEqual({ id: 'web.L1.skill.2', recheck: 'reworded' });
  });

  it('matches statements in any script and with emoji by their exact words', () => {
    const theirs = webLadder('v1', { L1: ['设计系统架构 🚀', 'Schreibt Tests für Ränder', 'يراجع الشيفرة'] });
    const ours = webLadder('v2', { L1: ['Neue erste Aussage', '设计系统架构 🚀', 'Schreibt Tests für Ränder', 'يراجع الشيفرة'] });
    const file = selfAssessment(theirs, { 'web.L1.skill.1': 'consistently', 'web.L1.skill.2': 'partly', 'web.L1.skill.3': 'not-yet' });
    const { content, match } = contentInVersion(file, movesByWording(file.framework.wording ?? [], ours).moves, 'v2');
    expect(match).toMatchObject({ moved: 3, reworded: 0, removed: 0 });
    expect(content.ratings.map((rating) => rating.itemId)).toEqual(['web.L1.skill.2', 'web.L1.skill.3', 'web.L1.skill.4']);
  });

  it("on Snowflake's real CSV re-imported with a statement inserted, every rating stays on its words", () => {
    const { original, inserted } = snowflakeVersions();
    const theirs = importCsv('snowflake.csv', original);
    const ours = importCsv('snowflake.csv', inserted);
    const values = ['consistently', 'partly', 'not-yet'] as const;
    const rated = statementsOf(theirs).filter((statement) => statement.id.includes('.M1.'));
    const file = selfAssessment(theirs, Object.fromEntries(rated.map((statement, index) => [statement.id, values[index % 3] ?? 'partly'])));
    const { content, match } = contentInVersion(file, movesByWording(file.framework.wording ?? [], ours).moves, ours.version);
    expect(match).toMatchObject({ reworded: 0, removed: 0 });
    expect(match.moved).toBeGreaterThan(0);
    const wordsHere = new Map(
      statementsOf(ours).map((statement) => [statement.id, `${statement.areaId} ${statement.skillName ?? ''} ${statement.text}`]),
    );
    const wordsThere = new Map(
      rated.map((statement) => [statement.id, `${statement.areaId} ${statement.skillName ?? ''} ${statement.text}`]),
    );
    content.ratings.forEach((rating, index) => {
      expect(wordsHere.get(rating.itemId)).toBe(wordsThere.get(file.ratings[index]?.itemId ?? ''));
    });
  });
});
