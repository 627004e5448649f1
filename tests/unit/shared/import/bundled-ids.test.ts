import { describe, expect, it } from 'vitest';
import { bundledIdRefusal } from '../../../../shared/import/bundled-ids';
import { loadCareerMap, loadRoleCard } from '../../resources/seed-data';

describe('bundled framework ids', () => {
  const bundled = [loadCareerMap(), loadRoleCard()];

  it('are free for nothing else: a copy under one is refused, naming the framework and a free id', () => {
    const copy = { ...loadRoleCard(), name: 'Our DevOps card' };
    expect(bundledIdRefusal(copy, bundled, [])).toMatch(
      new RegExp(`^its id "${copy.id}" is the id of .*DevOps.*, which ships with Waymark.*for example "${copy.id}-own"`),
    );
  });

  it('suggest an id nobody has taken yet', () => {
    const copy = loadCareerMap();
    expect(bundledIdRefusal(copy, bundled, [`${copy.id}-own`, `${copy.id}-own-2`])).toContain(`"${copy.id}-own-3"`);
  });

  it('leave every other id alone', () => {
    expect(bundledIdRefusal({ ...loadCareerMap(), id: 'our-ladder' }, bundled, [])).toBeUndefined();
  });
});
