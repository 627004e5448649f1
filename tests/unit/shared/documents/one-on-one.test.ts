import { describe, expect, it } from 'vitest';
import { oneOnOneContent, type OneOnOneInput } from '../../../../shared/documents/one-on-one';
import type { Snapshot } from '../../../../shared/workspace/schema';
import { ratedBy } from '../workspace/rating-fixtures';
import { context, goal, meeting } from './document-fixtures';

const snapshot: Snapshot = {
  id: 's1',
  personId: 'p-zoe',
  takenAt: '2026-10-31T09:00:00.000Z',
  date: '2026-10-31',
  trigger: 'automatic',
  frameworkId: 'career-map-infrastructure-frontend',
  frameworkVersion: '1',
  trackId: 'frontend',
  targetLevelId: 'L5',
  summary: { targetLevelId: 'L5', share: 0.1, rated: 1, total: 6 },
};

const meetings = [
  meeting({ id: 'm0', date: '2026-10-01', talkingPoints: 'Career goals', decisions: 'Aim for L5' }),
  meeting({
    id: 'm1',
    date: '2026-11-01',
    talkingPoints: 'Salary worries',
    decisions: 'Talk to HR',
    private: true,
    actions: [{ id: 'x', text: 'Private follow-up', owner: 'manager', done: false }],
  }),
  meeting({
    id: 'm2',
    date: '2026-11-10',
    talkingPoints: 'Security review',
    decisions: 'Zoë leads it',
    actions: [
      { id: 'a1', text: 'Book the review room', owner: 'manager', dueDate: '2026-11-15', done: false },
      { id: 'a2', text: 'Share the checklist', owner: 'me', done: true },
    ],
  }),
  meeting({ id: 'm3', date: '2026-11-24', talkingPoints: '- How the review went\n- Next level\n\n', actions: [] }),
];

function build(patch: Partial<OneOnOneInput> = {}) {
  return oneOnOneContent(context({ 'frontend.L5.skill.2': 'consistently', 'frontend.L5.skill.3': 'partly' }), {
    meetings,
    goals: [goal({ actions: [{ id: 'g-a', text: 'Write the threat model', owner: 'me', done: false }] })],
    snapshotBefore: { snapshot, ratings: new Map([['frontend.L5.skill.2', 'not-yet']]) },
    includePrivate: false,
    includeRatings: false,
    ...patch,
  });
}

describe('oneOnOneContent', () => {
  it('says what changed since the previous 1:1 from the snapshots, without individual ratings by default', () => {
    const content = build();
    expect(content.since).toBe('on 2026-11-10');
    expect(content.progress).toBe('% of L5 met: 10% then → 25% now');
    expect(content.ratingChanges).toBeNull();
  });

  it('lists rating changes only when they are ticked in', () => {
    expect(build({ includeRatings: true }).ratingChanges).toEqual([
      { statement: 'Security: Awareness of common vulnerabilities and how to mitigate them.', from: 'Not yet', to: 'Consistently' },
      { statement: 'Performance Tuning: Deep understanding of browser performance and optimization.', from: 'Not rated', to: 'Partly' },
    ]);
  });

  it('takes the agenda from the upcoming 1:1 and the open actions, as they stand, from every 1:1 and the goals', () => {
    const content = build();
    expect(content.agenda).toEqual(['How the review went', 'Next level']);
    // The action agreed on 2026-11-10 is open wherever it shows: it is listed once, with where it was agreed.
    expect(content.openActions.map((action) => [action.text, action.overdue, action.source])).toEqual([
      ['Book the review room', true, '1:1 of on 2026-11-10'],
      ['Write the threat model', false, 'Goal: Own the security review'],
    ]);
    expect(build({ includePrivate: true }).openActions.map((action) => action.text)).toEqual([
      'Private follow-up',
      'Book the review room',
      'Write the threat model',
    ]);
  });

  it('leaves out an action once it is ticked done, in whichever 1:1 that was', () => {
    const done = meetings.map((entry) =>
      entry.id === 'm2' ? { ...entry, actions: entry.actions.map((action) => ({ ...action, done: true, doneOn: '2026-11-20' })) } : entry,
    );
    expect(build({ meetings: done }).openActions.map((action) => action.text)).toEqual(['Write the threat model']);
  });

  it('leaves private notes and their actions out unless ticked in', () => {
    const without = build();
    expect(without.notes.map((note) => note.date)).toEqual(['on 2026-11-10', 'on 2026-10-01']);
    expect(JSON.stringify(without)).not.toContain('Salary worries');

    const withPrivate = build({ includePrivate: true });
    expect(withPrivate.includesPrivate).toBe(true);
    expect(withPrivate.notes.map((note) => [note.date, note.private])).toEqual([
      ['on 2026-11-10', false],
      ['on 2026-11-01', true],
      ['on 2026-10-01', false],
    ]);
  });

  it('puts the areas with the biggest gaps in focus', () => {
    expect(build().focusAreas.map((area) => area.name)).toEqual([
      'Architecture, performance & security',
      'Experience',
      'Area of Responsibility',
    ]);
  });

  it('carries the open actions of the newest 1:1 when there is no upcoming one', () => {
    const content = build({ meetings: meetings.slice(0, 3) });
    expect(content.agenda).toEqual([]);
    expect(content.openActions[0]).toMatchObject({ text: 'Book the review room', overdue: true, source: '1:1 of on 2026-11-10' });
  });

  it('says so for a first 1:1 with nothing to compare', () => {
    const content = build({ meetings: [], snapshotBefore: undefined });
    expect(content.since).toBeNull();
    expect(content.progress).toBeNull();
    expect(content.notes).toEqual([]);
  });
});

describe('the disagreements between self and manager', () => {
  it('lists the target’s statements rated two steps or more apart, with the agreed rating where there is one', () => {
    const content = build({
      disagreementsFrom: [
        ratedBy('frontend.L5.skill.2', 'self', 'consistently'),
        ratedBy('frontend.L5.skill.2', 'manager', 'not-yet'),
        ratedBy('frontend.L5.skill.3', 'self', 'partly'),
        ratedBy('frontend.L5.skill.3', 'manager', 'consistently'),
        ratedBy('frontend.L5.skill.4', 'self', 'not-applicable'),
        ratedBy('frontend.L5.skill.4', 'manager', 'partly'),
        ratedBy('frontend.L5.skill.4', 'agreed', 'partly'),
        ratedBy('frontend.L3.skill.1', 'self', 'consistently'),
        ratedBy('frontend.L3.skill.1', 'manager', 'not-yet'),
      ],
    });

    expect(content.disagreements?.at).toBe('L5');
    expect(content.disagreements?.lines.map((line) => [line.self, line.reviewer, line.agreed])).toEqual([
      ['Consistently', 'Not yet', undefined],
      ['Not applicable', 'Partly', 'Partly'],
    ]);
    expect(content.disagreements?.lines[0]?.statement).toMatch(/^Security: Awareness of common vulnerabilities/);
  });

  it('leaves them out unless asked for', () => {
    expect(build().disagreements).toBeNull();
  });
});
