/**
 * An assessment file made with another version of its framework: its ratings and evidence land on this
 * version's statements by their words, as the workspace's own do when the new version is imported;
 * from the words the file carries, also when this workspace never had the file's version.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExchangeContent, parseExchangeContent, type ExchangeContent } from '../../../../shared/exchange/exchange-file';
import { contentInVersion, matchByWording } from '../../../../shared/exchange/exchange-version';
import type { Framework, RoleCard } from '../../../../shared/framework/schema';
import { compareVersions, itemMoves } from '../../../../shared/import/framework-versions';
import { importCsv, realFolder, snowflakeVersions } from '../import/snowflake-versions';
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
      contentInVersion(file, itemMoves(compareVersions(earlier, now), earlier, now), '2026'),
    'by the words the file carries, with that version never in this workspace': () => byWording(file, now),
  };

  for (const [how, matching] of Object.entries(matched)) {
    it(`moves its ratings and evidence with their statements, flags reworded ones, and sets aside removed ones: ${how}`, () => {
      const { content, match } = matching();
      expect(match).toEqual({ kind: 'matched', fileVersion: '2025', version: '2026', moved: 2, reworded: 1, removed: 1, tagsNotShown: 0 });
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

/** The file matched to `framework` by the words it carries. */
function byWording(file: ExchangeContent, framework: Framework) {
  if (!file.framework.wording) throw new Error('the file carries no words');
  return matchByWording(file, file.framework.wording, framework);
}

/** Where each of the file's ratings landed, with its value and re-check. */
function landed(content: ExchangeContent) {
  return content.ratings.map((rating) => [rating.itemId, rating.value, rating.recheck]);
}

describe('a file that says the words of its version', () => {
  it('carries every statement of the version with its words and list, in order', () => {
    const ladder = webLadder('2025', { L1: ['Builds pages', 'Writes tests'], L2: ['Leads a project'] });
    expect(selfAssessment(ladder, { 'web.L1.skill.1': 'partly' }).framework.wording).toEqual([
      { id: 'web.L1.skill.1', text: 'Builds pages', areaId: 'craft', list: ['web', 'L1', 'skill'] },
      { id: 'web.L1.skill.2', text: 'Writes tests', areaId: 'craft', list: ['web', 'L1', 'skill'] },
      { id: 'web.L2.skill.1', text: 'Leads a project', areaId: 'craft', list: ['web', 'L2', 'skill'] },
    ]);
  });

  it('finds other words under the same version label, and is the same where nothing it rates moved', () => {
    const theirs = webLadder('2025', { L1: ['Builds pages', 'Writes tests'], L2: ['Leads a project'] });
    const ours = webLadder('2025', { L1: ['Builds pages', 'Owns accessibility', 'Writes tests'], L2: ['Leads a project'] });
    const file = selfAssessment(theirs, { 'web.L1.skill.1': 'consistently', 'web.L1.skill.2': 'partly', 'web.L2.skill.1': 'not-yet' });
    const { content, match } = byWording(file, ours);
    expect(match).toEqual({
      kind: 'matched',
      fileVersion: '2025',
      version: '2025',
      sameLabel: true,
      moved: 1,
      reworded: 0,
      removed: 0,
      tagsNotShown: 0,
    });
    expect(landed(content)).toEqual([
      ['web.L1.skill.1', 'consistently', undefined],
      ['web.L1.skill.3', 'partly', undefined],
      ['web.L2.skill.1', 'not-yet', undefined],
    ]);
    expect(byWording(file, theirs).match).toEqual({ kind: 'same' });
    // Another label, but nothing the file rates moved: taken in as it is.
    expect(byWording(selfAssessment(theirs, { 'web.L2.skill.1': 'partly' }), { ...ours, version: '2026' }).match).toEqual({ kind: 'same' });
  });

  it('rewords a statement in its place even when the new words share none with the old', () => {
    const file = selfAssessment(webLadder('1', { L1: ['Ships features', 'Reviews code'] }), { 'web.L1.skill.1': 'partly' });
    const { content } = byWording(file, webLadder('2', { L1: ['Delivers product increments', 'Reviews code'] }));
    expect(landed(content)).toEqual([['web.L1.skill.1', 'partly', 'reworded']]);
    // Not on another level's statement, however alike its words.
    const levels = (l2: string) => webLadder('1', { L1: [], L2: [l2], L3: ['Writes tests for own code, always'] });
    const rewordedHere = byWording(selfAssessment(levels('Writes tests for own code'), { 'web.L2.skill.1': 'partly' }), {
      ...levels('Writes unit tests for their own code'),
      version: '2',
    });
    expect(landed(rewordedHere.content)).toEqual([['web.L2.skill.1', 'partly', 'reworded']]);
  });

  it('sets aside a rating the sender kept on a statement it no longer has, where this version gives its id to another', () => {
    const theirs = webLadder('2', { L1: ['A one', 'B two', 'C three'] });
    const file = selfAssessment(theirs, { 'web.L1.skill.3': 'partly' }, ['web.L1.skill.4', 'web.L1.skill.3']);
    // Kept by the sender from its version 1, which had a fourth statement (and the evidence's tag of it).
    file.ratings.push({ rater: 'self', itemId: 'web.L1.skill.4', value: 'not-yet', updatedAt, recheck: 'removed' });
    const { content, match } = byWording(file, webLadder('3', { L1: ['New zero', 'A one', 'B two', 'C three'] }));
    expect(landed(content)).toEqual([
      ['web.L1.skill.4', 'partly', undefined],
      ['web.L1.skill.4 (before version 3)', 'not-yet', 'removed'],
    ]);
    expect(match).toMatchObject({ moved: 1, removed: 1, tagsNotShown: 1 });
    expect(content.evidence[0]?.itemIds).toEqual(['web.L1.skill.4 (before version 3)', 'web.L1.skill.4']);
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
    const { content } = byWording(selfAssessment(theirs, { 'web.L1.skill.2': 'not-yet' }), ours);
    // The operations statement was reworded in its own area, not matched to craft's identical words.
    expect(landed(content)).toEqual([['web.L1.skill.2', 'not-yet', 'reworded']]);
  });

  it("keeps a role card's component within its type", () => {
    const bundled = resolve(import.meta.dirname, '../../../../resources/frameworks/role-card-dei-gen-p5.json');
    const roleCard = JSON.parse(readFileSync(bundled, 'utf8')) as RoleCard;
    const card = (version: string, plans: string): RoleCard => ({
      ...roleCard,
      version,
      components: [
        { id: 'responsibility.1', type: 'responsibility', text: plans },
        { id: 'skill.1', type: 'skill', text: 'Plans the quarterly roadmap with product and design' },
      ],
    });
    const file = selfAssessment(card('1', 'Plans the quarterly roadmap with product'), { 'responsibility.1': 'partly' });
    const { content } = byWording(file, card('2', 'Plans the quarterly roadmap with product and finance'));
    expect(landed(content)).toEqual([['responsibility.1', 'partly', 'reworded']]);
  });

  it('matches statements in any script and with emoji by their exact words', () => {
    const theirs = webLadder('v1', { L1: ['设计系统架构 🚀', 'Schreibt Tests für Ränder', 'يراجع الشيفرة'] });
    const ours = webLadder('v2', { L1: ['Neue erste Aussage', '设计系统架构 🚀', 'Schreibt Tests für Ränder', 'يراجع الشيفرة'] });
    const file = selfAssessment(theirs, { 'web.L1.skill.1': 'consistently', 'web.L1.skill.2': 'partly', 'web.L1.skill.3': 'not-yet' });
    const { content, match } = byWording(file, ours);
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
    const { content, match } = byWording(file, ours);
    expect(match).toMatchObject({ reworded: 0, removed: 0 });
    expect(match.kind === 'matched' && match.moved).toBeGreaterThan(0);
    const words = (statement: { areaId: string; skillName?: string; text: string }) =>
      `${statement.areaId} ${statement.skillName ?? ''} ${statement.text}`;
    const wordsHere = new Map(statementsOf(ours).map((statement) => [statement.id, words(statement)]));
    const wordsThere = new Map(rated.map((statement) => [statement.id, words(statement)]));
    content.ratings.forEach((rating, index) => {
      expect(wordsHere.get(rating.itemId)).toBe(wordsThere.get(file.ratings[index]?.itemId ?? ''));
    });
  });

  it("on Monzo's real framework, whose tracks share wording, a web engineer's ratings stay in the web track when every statement is reworded", () => {
    const theirs = importCsv('monzo-engineering.json', readFileSync(resolve(realFolder, 'monzo-engineering.json'), 'utf8'));
    if (theirs.kind !== 'career-map') throw new Error('expected a career map');
    const ours: Framework = {
      ...theirs,
      version: `${theirs.version} revised`,
      tracks: theirs.tracks.map((track) => ({
        ...track,
        levels: track.levels.map((level) => ({
          ...level,
          statements: level.statements.map((statement) => ({ ...statement, text: `${statement.text} (revised)` })),
        })),
      })),
    };
    const web = statementsOf(theirs).filter((statement) => statement.id.startsWith('web-engineering.'));
    expect(web.length).toBeGreaterThan(100);
    const file = selfAssessment(theirs, Object.fromEntries(web.map((statement) => [statement.id, 'partly' as const])));
    const { content, match } = byWording(file, ours);
    expect(match).toMatchObject({ moved: 0, reworded: web.length, removed: 0 });
    expect(content.ratings.every((rating, index) => rating.itemId === file.ratings[index]?.itemId && rating.recheck === 'reworded')).toBe(
      true,
    );
  });

  it('refuses as damaged a file whose words list a statement twice, or none', () => {
    const file = selfAssessment(webLadder('1', { L1: ['Builds pages', 'Writes tests'] }), { 'web.L1.skill.1': 'partly' });
    const wording = file.framework.wording ?? [];
    const twice = { ...file, framework: { ...file.framework, wording: [...wording, { ...wording[1], id: 'web.L1.skill.1' }] } };
    expect(parseExchangeContent('x.json', JSON.stringify(twice))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^x\.json is damaged: framework\.wording\.2\.id: the statement web\.L1\.skill\.1 is listed twice\. /),
    });
    const none = { ...file, framework: { ...file.framework, wording: [] } };
    expect(parseExchangeContent('x.json', JSON.stringify(none))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/framework\.wording/),
    });
    expect(parseExchangeContent('x.json', JSON.stringify(file))).toMatchObject({ ok: true });
  });

  it('stays quick when the words are texts of hundreds of thousands of characters', () => {
    // Thirty statements of one list as walls of text, as a damaged or hostile file could hold, against 29
    // here: every pair is compared word by word.
    const texts = Array.from({ length: 30 }, (_, at) => `Statement ${at} about the platform`);
    const theirs = webLadder('1', { L1: texts });
    const file = selfAssessment(theirs, Object.fromEntries(texts.map((_, at) => [`web.L1.skill.${at + 1}`, 'partly' as const])));
    const walls = (file.framework.wording ?? []).map((statement, at) => ({ ...statement, text: `${'zq '.repeat(100_000)}${at}` }));
    const started = performance.now();
    const { match } = byWording({ ...file, framework: { ...file.framework, wording: walls } }, webLadder('2', { L1: texts.slice(1) }));
    expect(match.kind === 'matched' && match.moved + match.reworded + match.removed).toBe(30);
    // Generous: a behaviour check (the words compared are bounded), not a timing one; unbounded, this took minutes.
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});
