/**
 * Document orders: posted to the document worker (a structured clone, as postMessage makes it), they
 * build there exactly the content the window would have built.
 */
import { describe, expect, it } from 'vitest';
import { documentText, orderedContent, type DocumentFacts, type DocumentOrder } from '../../../../shared/documents/document-order';
import { growthPlanContent } from '../../../../shared/documents/growth-plan';
import { oneOnOneContent } from '../../../../shared/documents/one-on-one';
import { promotionCaseContent } from '../../../../shared/documents/promotion-case';
import { promotionCaseMarkdown } from '../../../../shared/documents/promotion-case-markdown';
import { worksheetContent } from '../../../../shared/documents/worksheet';
import type { Rating } from '../../../../shared/workspace/schema';
import { context, evidence, goal, map, meeting } from './document-fixtures';

const formatDate = (iso: string) => `on ${iso}`;
const full = context({ 'frontend.L5.skill.2': 'partly' });
const { person, mapping, ratings: values, ratingsBasis, today, paper } = full;
const facts: DocumentFacts = { person, mapping, ratings: values, ratingsBasis, today, paper };
const posted = (order: DocumentOrder) => orderedContent(structuredClone(order), formatDate);
const ratings = new Map<string, Rating>([
  [
    'frontend.L5.skill.2',
    {
      personId: 'p-zoe',
      frameworkId: map.id,
      rater: 'self',
      itemId: 'frontend.L5.skill.2',
      value: 'partly',
      note: 'Ran one',
      updatedAt: '2026-11-01',
    },
  ],
]);
const goals = [goal({ actions: [{ id: 'a1', text: 'Pair on a review', owner: 'me', dueDate: '2026-11-10', done: false }] })];
const entries = [evidence({ title: 'Threat model', link: 'https://example.com/pr/1' })];

describe('orderedContent', () => {
  it('builds each person’s document from the posted records as the window would', () => {
    const known = facts;
    expect(posted({ kind: 'growth-plan', facts: known, goals, evidence: entries })).toEqual(growthPlanContent(full, goals, entries));
    const input = { meetings: [meeting({ talkingPoints: 'Promotion' })], goals, includePrivate: false, includeRatings: true };
    expect(posted({ kind: 'one-on-one', facts: known, input })).toEqual(oneOnOneContent(full, input));
    const promotion = { ratings, evidence: entries, goals };
    expect(posted({ kind: 'promotion-case', facts: known, input: promotion })).toEqual(promotionCaseContent(full, promotion));
  });

  it('builds a worksheet, and passes content made elsewhere through untouched', () => {
    const frontend = map.tracks.find((track) => track.id === 'frontend');
    if (!frontend) throw new Error('no Frontend track');
    const source = { kind: 'career-map', framework: map, track: frontend, levelId: 'L5' } as const;
    const options = { paper: 'A4', today: '2026-11-23', dateLabel: '23 Nov 2026', layout: 'compact' } as const;
    const worksheet = worksheetContent(source, options);
    expect(posted({ kind: 'worksheet', source, options })).toEqual(worksheet);
    if (!worksheet) throw new Error('no worksheet');
    expect(posted({ kind: 'content', content: worksheet })).toEqual(worksheet);
  });

  it('says there is nothing to print for a level without statements', () => {
    const frontend = map.tracks.find((track) => track.id === 'frontend');
    if (!frontend) throw new Error('no Frontend track');
    const source = { kind: 'career-map', framework: map, track: frontend, levelId: 'no-such-level' } as const;
    expect(posted({ kind: 'worksheet', source, options: { paper: 'A4', today: '2026-11-23', dateLabel: '23 Nov 2026' } })).toBeUndefined();
  });
});

describe('documentText', () => {
  it('writes the promotion case as Markdown and refuses documents that have no text format', () => {
    const promotion = promotionCaseContent(full, { ratings, evidence: entries, goals });
    expect(documentText(promotion, 'md')).toBe(promotionCaseMarkdown(promotion));
    expect(() => documentText(growthPlanContent(full, goals, entries), 'md')).toThrow('a growth-plan cannot be written as md');
  });
});
