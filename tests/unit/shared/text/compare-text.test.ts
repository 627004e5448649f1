import { describe, expect, it } from 'vitest';
import { compareNumbered, comparePeople, compareText } from '../../../../shared/text/compare-text';

describe('compare-text', () => {
  it('orders names as a reader does, not by code point', () => {
    expect(['zoë', 'Émile', 'emma', 'Zoe', 'Ana'].sort(compareText)).toEqual(['Ana', 'Émile', 'emma', 'Zoe', 'zoë']);
  });

  it('takes the numbers in labels as numbers', () => {
    expect(['L10', 'L2', 'L1'].sort(compareNumbered)).toEqual(['L1', 'L2', 'L10']);
  });

  it('lists me first, then everyone by the name shown (a cleared name shows as Unnamed)', () => {
    const people = [
      { name: 'Zoë 🚀', relationship: 'report' as const },
      { name: '', relationship: 'client' as const },
      { name: '', relationship: 'me' as const },
      { name: '李雷', relationship: 'client' as const },
      { name: 'amaka', relationship: 'report' as const },
    ];
    expect([...people].sort(comparePeople).map((person) => person.name || person.relationship)).toEqual([
      'me',
      'amaka',
      'client',
      'Zoë 🚀',
      '李雷',
    ]);
  });
});
