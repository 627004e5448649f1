import { describe, expect, it } from 'vitest';
import { resolveMapping, targetLevelOf } from '../../../../shared/workspace/mapping';
import { snapshotSummary } from '../../../../shared/workspace/snapshot-summary';
import { roleCardGap } from '../../../../shared/gap/role-card-gap';
import type { RatingValue } from '../../../../shared/workspace/schema';
import { card, ladder, map, person } from './mapping-fixtures';

describe('targetLevelOf', () => {
  it.each([
    [{}, 'L1'],
    [{ currentLevelId: 'L1' }, 'L2'],
    [{ currentLevelId: 'L2' }, 'L4'],
    [{ currentLevelId: 'L4' }, undefined],
    [{ currentLevelId: 'L1', targetLevelId: 'L4' }, 'L4'],
    [{ currentLevelId: 'L1', targetLevelId: 'L9' }, 'L2'],
  ])('%j aims at %s', (patch, expected) => {
    expect(targetLevelOf(ladder, patch)?.id).toBe(expected);
  });
});

describe('resolveMapping', () => {
  it('finds the track and levels', () => {
    const mapping = resolveMapping([map], person({ currentLevelId: 'L1' }));
    expect(mapping.kind === 'career-map' && [mapping.currentLevel?.id, mapping.targetLevel?.id]).toEqual(['L1', 'L2']);
  });

  it('says when the framework or its track is gone', () => {
    expect(resolveMapping([], person())).toEqual({ kind: 'missing-framework', frameworkId: 'test-map', trackId: 'engineering' });
    expect(resolveMapping([map], person({ target: { frameworkId: 'test-map', trackId: 'design' } })).kind).toBe('missing-framework');
  });

  it('knows an unmapped person and a role card', () => {
    expect(resolveMapping([map], person({ target: null }))).toEqual({ kind: 'unmapped' });
    expect(resolveMapping([card], person({ target: { frameworkId: 'card' } })).kind).toBe('role-card');
  });
});

describe('snapshotSummary', () => {
  it('measures the target level of a career map', () => {
    const p = person({ currentLevelId: 'L1' });
    expect(snapshotSummary(resolveMapping([map], p), p, new Map([['s2', 'partly']]))).toEqual({
      targetLevelId: 'L2',
      share: 0.5,
      rated: 1,
      notApplicable: 0,
      total: 1,
    });
  });

  it('measures a role card against the person’s expectation', () => {
    const p = person({ target: { frameworkId: 'card' }, expectedProficiency: 2 });
    expect(
      snapshotSummary(
        resolveMapping([card], p),
        p,
        new Map<string, RatingValue>([
          ['skill.1', 2],
          ['skill.2', 1],
          ['task.1', 'not-applicable'],
        ]),
      ),
    ).toEqual({ share: 0.75, rated: 2, notApplicable: 1, total: 3 });
  });

  it('has nothing to summarise without a framework', () => {
    const p = person();
    expect(snapshotSummary(resolveMapping([], p), p, new Map())).toBeUndefined();
  });
});

describe('roleCardGap', () => {
  it('groups components by type', () => {
    const gap = roleCardGap(card, new Map([['skill.1', 4]]), 3);
    expect(gap.areas.map((entry) => [entry.area.name, entry.tally.met, entry.tally.total])).toEqual([
      ['Skills', 1, 2],
      ['Tasks', 0, 1],
    ]);
  });
});
