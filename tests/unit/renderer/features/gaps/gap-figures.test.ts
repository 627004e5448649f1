/**
 * The gap screen's figures: the headline, the radar and the ladder. Checked against the bundled
 * frameworks, and against the snapshot and the documents: for any ratings, the screen, the history and
 * the PDF say the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gapFigures } from '../../../../../renderer/features/gaps/gap-figures';
import { growthPlanContent } from '../../../../../shared/documents/growth-plan';
import { percent } from '../../../../../shared/gap/percent';
import { resolveMapping, type MappedTo } from '../../../../../shared/workspace/mapping';
import { mappingItems } from '../../../../../shared/workspace/mapping-items';
import type { Person, RatingValue } from '../../../../../shared/workspace/schema';
import { snapshotSummary } from '../../../../../shared/workspace/snapshot-summary';
import { loadCareerMap, loadRoleCard } from '../../../resources/seed-data';

const map = loadCareerMap();
const card = loadRoleCard();

function person(patch: Partial<Person>): Person {
  return {
    id: 'p',
    name: 'Zoë',
    relationship: 'report',
    target: { frameworkId: map.id, trackId: 'frontend' },
    expectedProficiency: 3,
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}

function mappedTo(who: Person): MappedTo {
  const mapping = resolveMapping([map, card], who);
  if (mapping.kind !== 'career-map' && mapping.kind !== 'role-card') throw new Error(`not mapped: ${mapping.kind}`);
  return mapping;
}

describe('gapFigures', () => {
  it('measures a career map against the target, with the current level beside it and the whole ladder', () => {
    const who = person({ currentLevelId: 'L4' });
    const mapping = mappedTo(who);
    const l5 = mapping.kind === 'career-map' ? (mapping.targetLevel?.statements ?? []) : [];
    const l4 = mapping.kind === 'career-map' ? (mapping.currentLevel?.statements ?? []) : [];
    const ratings = new Map<string, RatingValue>([
      ...l5.map((statement, index): [string, RatingValue] => [statement.id, index % 2 === 0 ? 'consistently' : 'not-yet']),
      ...l4.slice(0, 1).map((statement): [string, RatingValue] => [statement.id, 'consistently']),
    ]);
    const figures = gapFigures(who, mapping, ratings);
    expect(figures.targetLabel).toBe('L5');
    expect(figures.currentLabel).toBe('L4');
    expect(figures.target?.overall.rated).toBe(l5.length);
    expect(figures.radar.series).toEqual([
      { key: 'current', label: 'L4 (current)' },
      { key: 'target', label: 'L5 (target)' },
    ]);
    expect(figures.ladder.map((bar) => bar.level)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9', 'L10']);
    expect(figures.ladder.filter((bar) => bar.isTarget || bar.isCurrent).map((bar) => bar.level)).toEqual(['L4', 'L5']);
    expect(figures.ladder.find((bar) => bar.level === 'L5')?.percent).toBe(percent(figures.target?.overall.share ?? null));
  });

  it('leaves a current level nobody rated out of the radar, and says "not rated" on the ladder instead of 0%', () => {
    const who = person({ currentLevelId: 'L4' });
    const figures = gapFigures(who, mappedTo(who), new Map());
    expect(figures.radar.series.map((entry) => entry.key)).toEqual(['target']);
    expect(figures.radar.points.every((point) => point.current === null)).toBe(true);
    expect(figures.ladder.find((bar) => bar.level === 'L4')).toMatchObject({ notRated: true, isCurrent: true });
  });

  it('says "the top level" with nothing to measure above the top rung', () => {
    const who = person({ currentLevelId: 'L10' });
    const mapping = mappedTo(who);
    const top = mapping.kind === 'career-map' ? (mapping.currentLevel?.statements ?? []) : [];
    const figures = gapFigures(who, mapping, new Map(top.slice(0, 1).map((statement) => [statement.id, 'partly'])));
    expect([figures.targetLabel, figures.target, figures.radar.series.map((entry) => entry.key)]).toEqual([
      'the top level',
      undefined,
      ['current'],
    ]);
  });

  it('measures a role card as a whole, with no ladder and no suggested level', () => {
    const who = person({ target: { frameworkId: card.id } });
    const figures = gapFigures(who, mappedTo(who), new Map([[card.components[0]?.id ?? '', 3]]));
    expect(figures.targetLabel).toBe(card.code);
    expect([figures.ladder, figures.suggested, figures.current]).toEqual([[], undefined, undefined]);
    expect(figures.target?.overall).toMatchObject({ rated: 1, met: 1, total: card.components.length });
  });

  it('suggests the highest level met with every level below it', () => {
    const who = person({ currentLevelId: 'L2' });
    const mapping = mappedTo(who);
    const lower = mapping.kind === 'career-map' ? mapping.track.levels.filter((level) => level.order <= 3) : [];
    const ratings = new Map<string, RatingValue>(
      lower.flatMap((level) => level.statements.map((statement) => [statement.id, 'consistently'] as const)),
    );
    expect(gapFigures(who, mapping, ratings).suggested?.id).toBe('L3');
  });
});

describe('the screen, the snapshot and the documents agree', () => {
  const values: RatingValue[] = ['not-yet', 'partly', 'consistently', 'not-applicable', 0, 1, 2, 3, 4];

  it.each([
    ['a career map', person({ currentLevelId: 'L4' })],
    ['a chosen target level', person({ currentLevelId: 'L2', targetLevelId: 'L6' })],
    ['a role card', person({ target: { frameworkId: card.id }, expectedProficiency: 2 })],
  ])('on %s, for any ratings', (_, who) => {
    const mapping = mappedTo(who);
    const ids = mappingItems(mapping).map((item) => item.id);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...values)), (rated) => {
        const ratings = new Map(Object.entries(rated));
        const screen = gapFigures(who, mapping, ratings);
        const frozen = snapshotSummary(mapping, who, ratings);
        const document = growthPlanContent(
          { person: who, mapping, ratings, ratingsBasis: 'self-ratings only', today: '2026-11-23', paper: 'A4', formatDate: (iso) => iso },
          [],
          [],
        );
        const shown = percent(screen.target?.overall.share ?? null);
        expect(percent(frozen?.share ?? null)).toBe(shown);
        expect(document.headline.startsWith(shown === null ? 'Nothing applicable' : `${shown}% of ${screen.targetLabel} met`)).toBe(true);
        // The radar also draws areas only the current level has; there the target has nothing to measure.
        const onScreen = new Map(screen.radar.points.map((point) => [point.area, point['target']]));
        for (const area of document.areas) expect(onScreen.get(area.name)).toBe(area.percent);
        const inDocument = new Set(document.areas.map((area) => area.name));
        for (const [name, value] of onScreen) if (!inDocument.has(name)) expect(value).toBeNull();
      }),
      { numRuns: 60 },
    );
  });
});
