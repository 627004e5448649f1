import { describe, expect, it } from 'vitest';
import { promotionCaseContent } from '../../../../shared/documents/promotion-case';
import { markdownText, promotionCaseMarkdown } from '../../../../shared/documents/promotion-case-markdown';
import type { Rating } from '../../../../shared/workspace/schema';
import { context, evidence, goal, map } from './document-fixtures';

function rating(itemId: string, value: Rating['value'], note?: string): [string, Rating] {
  return [itemId, { personId: 'p-zoe', frameworkId: map.id, rater: 'self', itemId, value, note, updatedAt: '2026-11-01T09:00:00.000Z' }];
}

describe('promotionCaseContent', () => {
  const ratings = new Map([
    rating('frontend.L5.skill.2', 'partly', 'Ran one threat model so far.'),
    rating('frontend.L5.experience.1', 'consistently'),
  ]);
  const content = promotionCaseContent(context(Object.fromEntries([...ratings].map(([id, entry]) => [id, entry.value]))), {
    ratings,
    evidence: [
      evidence({
        id: 'e2',
        date: '2026-11-20',
        title: 'Security review of checkout',
        text: 'Found and fixed two issues.',
        link: 'https://example.com/pr/1',
        itemIds: ['frontend.L5.skill.2', 'frontend.L5.skill.4'],
      }),
      evidence({ id: 'e1', date: '2026-10-10', text: 'Ran the threat model\nWith the payments team.' }),
      evidence({ id: 'e3', itemIds: ['frontend.L4.skill.1'] }),
      evidence({ id: 'e4', frameworkId: 'another-framework', itemIds: ['frontend.L5.skill.1'] }),
    ],
    goals: [
      goal({
        dueDate: '2026-12-01',
        description: 'Run threat models with *every* team.\n\n1. Checkout\n2. Payments',
        successCriteria: '- Two reviews done',
        itemIds: ['frontend.L5.skill.2', 'frontend.L5.skill.4', 'frontend.L4.skill.1'],
      }),
      goal({ id: 'g2', title: 'Archived', archived: true }),
      goal({ id: 'g3', title: 'Elsewhere', itemIds: ['frontend.L4.skill.1'] }),
      goal({ id: 'g4', title: 'Plain', order: 0 }),
    ],
  });
  const statements = content.areas.flatMap((area) => area.statements);
  const security = statements.find((entry) => entry.text.startsWith('Security:'));

  it('has every statement of the target level, by area, with what changed from the current level', () => {
    expect(content.levels).toBe('L4 → L5');
    expect(statements).toHaveLength(6);
    expect(content.areas.map((area) => area.name)).toEqual([
      'Experience',
      'Area of Responsibility',
      'Architecture, performance & security',
      'Soft skills & communication',
    ]);
    expect(security?.change).toBe('New or reworded at L5');
  });

  it('gives each statement its rating and note, its evidence oldest first with links, and the goals on it', () => {
    expect(security).toMatchObject({
      rating: 'Partly',
      note: 'Ran one threat model so far.',
      goals: ['Plain (In progress)', 'Own the security review (In progress)'],
    });
    expect(security?.evidence).toEqual([
      { date: 'on 2026-10-10', title: 'Ran the threat model', text: 'With the payments team.', link: undefined },
      {
        date: 'on 2026-11-20',
        title: 'Security review of checkout',
        text: 'Found and fixed two issues.',
        link: 'https://example.com/pr/1',
      },
    ]);
  });

  it('leaves out evidence of other levels and other frameworks, and lists what has no evidence yet', () => {
    expect(statements.flatMap((entry) => entry.evidence).length).toBe(3);
    expect(content.withoutEvidence.map((entry) => entry.text)).toEqual([
      'More then 4 years of frontend development experience.',
      'Designing and implementing complex systems, contributing to architectural decisions.',
      'Architecture & Patterns: Understanding design patterns, OOP, and functional programming.',
      'Performance Tuning: Deep understanding of browser performance and optimization.',
    ]);
    expect(content.areas.find((area) => area.name === 'Architecture, performance & security')).toMatchObject({ withEvidence: 1 });
  });

  it("tells each goal on the target's statements once, in plan order, with its description and success criteria", () => {
    expect(content.goals).toEqual([
      { title: 'Plain', facts: 'In progress · addresses 1 statement of L5', description: undefined, successCriteria: undefined },
      {
        title: 'Own the security review',
        facts: 'In progress · due on 2026-12-01 · addresses 2 statements of L5',
        description: 'Run threat models with *every* team.\n\n1. Checkout\n2. Payments',
        successCriteria: '- Two reviews done',
      },
    ]);
    const markdown = promotionCaseMarkdown(content);
    expect(markdown).toContain(
      '## Goals towards L5\n\n### Plain\n\nIn progress · addresses 1 statement of L5\n\n### Own the security review\n\n',
    );
    // Written as plain text: what Markdown would read as emphasis or a list is escaped; line breaks stay.
    expect(markdown).toContain(
      'Run threat models with \\*every\\* team.  \n  \n1\\. Checkout  \n2\\. Payments\n\nSuccess criteria:  \n\\- Two reviews done\n',
    );
  });

  it('says which ratings it measured, as every document does', () => {
    expect(content.ratingsBasis).toBe('Measured on self-ratings only');
    expect(promotionCaseMarkdown(content)).toContain('of L5 met · 2 of 6 rated  \nMeasured on self-ratings only\n');
  });

  it('reads the same as Markdown, with links and the checklist', () => {
    const markdown = promotionCaseMarkdown(content);
    expect(markdown).toContain('# Promotion case: Zoë Łukasz Ångström');
    expect(markdown).toContain('| Architecture, performance & security | 17% | 1 of 3 |');
    expect(markdown).toContain(
      '  - on 2026-11-20 — [Security review of checkout](<https://example.com/pr/1>): Found and fixed two issues.',
    );
    expect(markdown).toContain(
      '- [ ] Performance Tuning: Deep understanding of browser performance and optimization. (Architecture, performance & security)',
    );
  });
});

describe('markdownText', () => {
  it('keeps what people wrote from reading as Markdown', () => {
    expect(markdownText('*not* bold, [not](a link), # not a heading, a_b')).toBe(
      '\\*not\\* bold, \\[not\\](a link), \\# not a heading, a\\_b',
    );
    expect(markdownText('- not a list\n1. nor this')).toBe('\\- not a list  \n1\\. nor this');
  });
});
