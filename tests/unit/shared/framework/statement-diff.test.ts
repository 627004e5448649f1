import { describe, expect, it } from 'vitest';
import { condensedChanges, wordChanges, wordSimilarity } from '../../../../shared/framework/statement-diff';

const joined = (changes: { kind: string; text?: string; words?: number }[]) =>
  changes
    .map((change) =>
      change.kind === 'same' ? change.text : change.kind === 'elided' ? `…${change.words}…` : `[${change.kind}:${change.text?.trim()}]`,
    )
    .join('');

describe('wordChanges', () => {
  it('marks the words added and removed by a rewording, keeping the rest', () => {
    const changes = wordChanges('Communicates with peers across teams.', 'Communicates with clarity and influence.');
    expect(changes.filter((change) => change.kind === 'same').map((change) => change.text.trim())).toContain('Communicates with');
    expect(changes.filter((change) => change.kind === 'removed').map((change) => change.text)).toEqual(['peers across teams']);
    expect(changes.filter((change) => change.kind === 'added').map((change) => change.text)).toEqual(['clarity and influence']);
  });

  it('rebuilds both wordings exactly', () => {
    const before = 'Operates at the team level with visible contribution to project success.';
    const after = 'Operates at the team level and leads project execution.';
    const changes = wordChanges(before, after);
    expect(
      changes
        .filter((change) => change.kind !== 'added')
        .map((change) => change.text)
        .join(''),
    ).toBe(before);
    expect(
      changes
        .filter((change) => change.kind !== 'removed')
        .map((change) => change.text)
        .join(''),
    ).toBe(after);
  });

  it('splits text without spaces into words', () => {
    const changes = wordChanges('负责团队的技术方向', '负责部门的技术方向');
    expect(changes.some((change) => change.kind === 'same' && change.text.includes('技术'))).toBe(true);
  });
});

describe('wordSimilarity', () => {
  it('is 1 for the same words and 0 for nothing in common', () => {
    expect(wordSimilarity('Writes tests', 'Writes tests')).toBe(1);
    expect(wordSimilarity('Writes tests', 'Leads people')).toBe(0);
    expect(wordSimilarity('Writes unit tests', 'Writes end tests')).toBeCloseTo(2 / 3);
  });
});

describe('condensedChanges', () => {
  it('cuts long unchanged stretches down to a few words either side of a change', () => {
    const before = 'one two three four five six seven eight nine ten eleven twelve old';
    const after = 'one two three four five six seven eight nine ten eleven twelve new';
    expect(joined(condensedChanges(wordChanges(before, after), 2))).toBe('…10…eleven twelve [removed:old][added:new]');
  });

  it('keeps short unchanged stretches whole', () => {
    expect(joined(condensedChanges(wordChanges('a b old c', 'a b new c'), 2))).toBe('a b [removed:old][added:new] c');
  });
});
