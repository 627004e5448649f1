/**
 * An assessment file made with an earlier version of its framework: its ratings and evidence land on
 * this version's statements by their words, as the workspace's own do when the new version is imported.
 */
import { describe, expect, it } from 'vitest';
import type { ExchangeContent } from '../../../../shared/exchange/exchange-file';
import { contentInVersion } from '../../../../shared/exchange/exchange-version';
import { compareVersions, itemMoves } from '../../../../shared/import/framework-versions';
import { webLadder } from '../import/web-ladder';

const updatedAt = '2026-11-20T09:00:00.000Z';

describe('a file made with an earlier version', () => {
  it('moves its ratings and evidence with their statements, flags reworded ones, and sets aside removed ones', () => {
    const earlier = webLadder('2025', { L1: ['Builds pages', 'Writes tests', 'Reviews code', 'Runs retros'] });
    const now = webLadder('2026', { L1: ['Pairs with designers', 'Builds pages', 'Writes good tests', 'Reviews code'] });
    const file: ExchangeContent = {
      kind: 'self-assessment',
      exportedAt: updatedAt,
      person: { id: 'priya-at-home', name: 'Priya 🌱', knownAs: [] },
      framework: { id: 'web-ladder', name: 'Web ladder', version: '2025' },
      levels: {},
      ratings: ['consistently', 'partly', 'not-yet', 'consistently'].map((value, at) => ({
        rater: 'self' as const,
        itemId: `web.L1.skill.${at + 1}`,
        value: value as 'consistently' | 'partly' | 'not-yet',
        updatedAt,
      })),
      evidence: [
        {
          id: 'e1',
          date: '2026-11-01',
          text: 'Reviewed the checkout',
          itemIds: ['web.L1.skill.3', 'web.L1.skill.1'],
          createdAt: updatedAt,
        },
      ],
    };
    const { content, match } = contentInVersion(file, itemMoves(compareVersions(earlier, now), earlier, now), '2026');
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
});
