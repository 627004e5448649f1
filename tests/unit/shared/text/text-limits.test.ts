import { describe, expect, it } from 'vitest';
import { characterCount, counterText, lengthProblem, shouldShowCounter, textLimits } from '../../../../shared/text/text-limits';

describe('text limits', () => {
  it('counts characters as a person does', () => {
    expect(characterCount('Zoë 🌱 👩🏽‍💻')).toBe(7);
  });

  it('shows the counter from 80% of the limit', () => {
    expect(shouldShowCounter('x'.repeat(159), 'title')).toBe(false);
    expect(shouldShowCounter('x'.repeat(160), 'title')).toBe(true);
    expect(counterText('x'.repeat(160), 'title')).toBe('160 of 200 characters');
  });

  it('refuses text over the limit, saying by how much, and takes a pasted 5,000-character page as notes', () => {
    expect(lengthProblem('x'.repeat(200), 'title')).toBeNull();
    expect(lengthProblem('x'.repeat(5000), 'title')).toBe('This is 5,000 characters; at most 200 fit. Shorten it by 4,800 to save it.');
    expect(lengthProblem('é'.repeat(5000), 'text')).toBeNull();
    expect(textLimits.text).toBeGreaterThan(5000);
  });
});
