import { describe, expect, it } from 'vitest';
import { sourceWords } from '../../../../shared/text/source-words';

describe('sourceWords', () => {
  it('reads a coded value as words', () => {
    expect(sourceWords('inferred_from_superfunction')).toBe('Inferred from superfunction');
    expect(sourceWords('needs_review')).toBe('Needs review');
    expect(sourceWords('medium')).toBe('Medium');
    expect(sourceWords('self-assessed')).toBe('Self assessed');
  });

  it('leaves what the source wrote as words or codes alone', () => {
    expect(sourceWords('O*NET / SOC')).toBe('O*NET / SOC');
    expect(sourceWords('Needs a second look')).toBe('Needs a second look');
    expect(sourceWords('DEI.GEN.P5')).toBe('DEI.GEN.P5');
    expect(sourceWords('15-1244.00')).toBe('15-1244.00');
    expect(sourceWords('2024-01')).toBe('2024-01');
  });
});
