/**
 * Which ratings are kept from statements this version of a framework does not have, to be listed apart
 * on the Rate tab: only those a new version or a file set aside, and none this version still shows.
 */
import { describe, expect, it } from 'vitest';
import { keptRatings } from '../../../../shared/workspace/kept-ratings';
import { webLadder } from '../import/web-ladder';

describe('ratings kept from statements this version does not have', () => {
  it('are those marked removed whose statement is not here, in any track or level', () => {
    const ladder = webLadder('2', { L1: ['Builds pages', 'Writes tests'], L2: ['Leads a project'] });
    const ratings = [
      { itemId: 'web.L1.skill.1' },
      // Marked removed, but this version has the statement again: shown on its row, with its re-check.
      { itemId: 'web.L2.skill.1', recheck: 'removed' as const },
      { itemId: 'web.L1.skill.3', recheck: 'removed' as const },
      { itemId: 'web.L1.skill.2 (before version 2)', recheck: 'removed' as const },
      { itemId: 'web.L1.skill.2', recheck: 'reworded' as const },
      // On another track of the framework, or from before a track was chosen: not kept, just not shown here.
      { itemId: 'ops.L1.skill.1' },
    ];
    expect(keptRatings(ratings, ladder).map((rating) => rating.itemId)).toEqual(['web.L1.skill.3', 'web.L1.skill.2 (before version 2)']);
  });
});
