import { describe, expect, it } from 'vitest';
import { evidenceTitle, filterEvidence } from '../../../../shared/workspace/evidence-filter';
import { evidenceSchema } from '../../../../shared/workspace/schema';
import { evidence } from '../documents/document-fixtures';

describe('filterEvidence', () => {
  const entries = [
    evidence({ id: 'a', date: '2026-01-10', itemIds: ['frontend.L5.skill.2'] }),
    evidence({ id: 'b', date: '2026-06-01', itemIds: ['frontend.L4.skill.4'] }),
    evidence({ id: 'c', date: '2026-09-30', itemIds: [] }),
  ];
  const areas = new Map([
    ['frontend.L5.skill.2', 'architecture'],
    ['frontend.L4.skill.4', 'soft-skills'],
  ]);
  const ids = (filter: Parameters<typeof filterEvidence>[1]) => filterEvidence(entries, filter, areas).map((entry) => entry.id);

  it('finds entries by area, by date range (inclusive) and those not yet used at the target', () => {
    expect(ids({})).toEqual(['a', 'b', 'c']);
    expect(ids({ areaId: 'soft-skills' })).toEqual(['b']);
    expect(ids({ from: '2026-06-01', to: '2026-09-30' })).toEqual(['b', 'c']);
    expect(ids({ unusedFor: new Set(['frontend.L5.skill.2']) })).toEqual(['b', 'c']);
  });
});

describe('evidence entries', () => {
  it('have a title, or else read their text’s first line as one', () => {
    expect(evidenceTitle({ title: 'Led the retro', text: 'Long story' })).toBe('Led the retro');
    expect(evidenceTitle({ text: 'Ran the threat model\nWith payments' })).toBe('Ran the threat model');
  });

  it('may be tagged later, but need a title or a text', () => {
    expect(evidenceSchema.safeParse(evidence({ itemIds: [], title: 'Shipped it', text: '' })).success).toBe(true);
    expect(evidenceSchema.safeParse(evidence({ title: ' ', text: '' })).success).toBe(false);
  });
});
