import { describe, expect, it } from 'vitest';
import { teamOverviewContent } from '../../../../shared/documents/team-overview';
import { mappedTracks, teamEntry, teamHeatmap, teamRow, trackKey, type PersonFacts } from '../../../../shared/team/team-overview';
import type { Person } from '../../../../shared/workspace/schema';
import { loadCareerMap, loadRoleCard } from '../../resources/seed-data';
import { zoe } from '../documents/document-fixtures';
import { ratedBy } from '../workspace/rating-fixtures';

const map = loadCareerMap();
const card = loadRoleCard();
const frameworks = [map, card];
const frontend = map.tracks.find((track) => track.id === 'frontend');
if (!frontend) throw new Error('no Frontend track');
const l5 = frontend.levels.find((level) => level.id === 'L5');
if (!l5) throw new Error('no L5');

function person(id: string, name: string, overrides: Partial<Person> = {}): Person {
  return { ...zoe, id, name, ...overrides };
}

/** Rates every statement of L5 for a person the same way, by one rater. */
function allOfL5(personId: string, value: 'consistently' | 'partly' | 'not-yet', rater: 'self' | 'manager' = 'self') {
  return l5?.statements.map((statement) => ratedBy(statement.id, rater, value, { personId, updatedAt: '2026-11-01T09:00:00.000Z' })) ?? [];
}

const today = '2026-11-23';
const ana: PersonFacts = {
  person: person('ana', 'Ana'),
  ratings: [...allOfL5('ana', 'not-yet'), ...allOfL5('ana', 'consistently', 'manager')],
  meetings: [
    { date: '2026-11-10', actions: [] },
    {
      date: '2026-11-20',
      actions: [
        { id: 'a', text: 'Book the room', owner: 'manager', dueDate: '2026-11-21', done: false },
        { id: 'b', text: 'Share the notes', owner: 'me', done: true },
      ],
    },
    // The next 1:1 shows the open action too, but it is kept once, in the 1:1 it was agreed in.
    { date: '2026-12-04', actions: [] },
    { date: '2026-10-01', actions: [{ id: 'e', text: 'Read the RFC', owner: 'me', done: true, doneOn: '2026-11-02' }] },
  ],
  goals: [
    {
      archived: false,
      status: 'in-progress',
      actions: [{ id: 'c', text: 'Write the RFC', owner: 'me', dueDate: '2026-12-01', done: false }],
    },
    { archived: true, status: 'done', actions: [{ id: 'd', text: 'Old', owner: 'me', dueDate: '2026-01-01', done: false }] },
  ],
};
const ben: PersonFacts = { person: person('ben', 'Ben'), ratings: allOfL5('ben', 'partly'), meetings: [], goals: [] };
const cy: PersonFacts = {
  person: person('cy', 'Cy', { relationship: 'client', target: { frameworkId: card.id } }),
  ratings: [],
  meetings: [],
  goals: [],
};
const dee: PersonFacts = { person: person('dee', 'Dee', { target: null }), ratings: [], meetings: [], goals: [] };

describe('a team row', () => {
  it('measures the person as their own screens do, on the counted ratings', () => {
    expect(teamRow(ana, frameworks, today)).toEqual({
      personId: 'ana',
      name: 'Ana',
      relationship: 'report',
      mappedTo: 'Frontend',
      framework: map.name,
      trackKey: trackKey(map.id, 'frontend'),
      currentLevel: 'L4',
      targetLevel: 'L5',
      percentMet: 100,
      suggestedLevel: null,
      ratingsChangedAt: '2026-11-01T09:00:00.000Z',
      lastMeeting: '2026-11-20',
      nextMeeting: '2026-12-04',
      openActions: 2,
      overdueActions: 1,
    });
    expect(teamRow(ana, frameworks, today, 'self').percentMet).toBe(0);
    expect(teamRow(ben, frameworks, today).percentMet).toBe(50);
  });

  it('says what a person on a role card, or on nothing, is mapped to', () => {
    expect(teamRow(cy, frameworks, today)).toMatchObject({ mappedTo: `Role card ${card.code}`, percentMet: 0, trackKey: null });
    expect(teamRow(dee, frameworks, today)).toMatchObject({ mappedTo: 'Not mapped yet', percentMet: null, ratingsChangedAt: null });
  });
});

describe('the heatmap', () => {
  const key = trackKey(map.id, 'frontend');

  it('puts everyone on the track against each area, and marks where at most one person meets it', () => {
    const heatmap = teamHeatmap(
      [ben, ana, cy, dee].map((facts) => teamEntry(facts, frameworks, today)),
      frameworks,
      key,
      'target',
    );
    expect(heatmap?.rows.map((row) => row.name)).toEqual(['Ana', 'Ben']);
    expect(heatmap?.rows.map((row) => row.levelId)).toEqual(['L5', 'L5']);
    expect(heatmap?.rows[0]?.cells.every((cell) => cell === 100)).toBe(true);
    expect(heatmap?.rows[1]?.cells.every((cell) => cell === 50)).toBe(true);
    expect(heatmap?.summary.every((area) => area.met === 1 && area.thin)).toBe(true);
    expect(heatmap?.areas.length).toBeGreaterThan(0);
  });

  it('measures everyone at one chosen level when asked', () => {
    const heatmap = teamHeatmap(
      [ana, ben].map((facts) => teamEntry(facts, frameworks, today)),
      frameworks,
      key,
      'L2',
    );
    expect(heatmap?.rows.map((row) => row.levelId)).toEqual(['L2', 'L2']);
    // Nobody rated anything at L2: "not rated", never 0 %; an area with nothing there is null.
    const cells = heatmap?.rows.flatMap((row) => row.cells) ?? [];
    expect(cells).toContain('not rated');
    expect(cells.every((cell) => cell === 'not rated' || cell === null)).toBe(true);
    expect(heatmap?.summary.every((area) => area.met === 0)).toBe(true);
  });

  it('lists the tracks people are mapped against, the most common first', () => {
    expect(mappedTracks([ana, ben, cy, dee], frameworks)).toEqual([{ key, label: `${map.name} — Frontend`, people: 2 }]);
  });
});

describe('the team overview document', () => {
  it('carries the same rows and heatmap as text', () => {
    const rows = [ana, ben].map((facts) => teamRow(facts, frameworks, today));
    const content = teamOverviewContent({
      rows,
      heatmap: teamHeatmap(
        [ana, ben].map((facts) => teamEntry(facts, frameworks, today)),
        frameworks,
        trackKey(map.id, 'frontend'),
        'target',
      ),
      framework: map,
      group: 'My reports',
      heatmapLevel: 'each person’s target',
      ratingsBasis: 'Measured on agreed ratings, else the manager or coach’s, else self-ratings',
      today,
      paper: 'A4',
      formatDate: (iso) => `on ${iso}`,
    });
    expect(content.group).toBe('My reports (2 people)');
    expect(content.rows[0]).toEqual([
      'Ana',
      'Report',
      `${map.name} — Frontend`,
      'L4',
      'L5',
      '100%',
      '—',
      'on 2026-11-01',
      'on 2026-11-20',
      'on 2026-12-04',
      '2',
      '1',
    ]);
    expect(content.heatmap?.summary.every((area) => area.thin)).toBe(true);
    expect(content.meta.footer).toContain(map.name);
    expect(content.meta.footer).not.toContain('heatmap');

    // People on several frameworks: the footer's framework is said to be the heatmap's.
    const [first] = rows;
    if (!first) throw new Error('no row');
    const spanning = teamOverviewContent({
      rows: [...rows, { ...first, personId: 'other', framework: 'Another ladder' }],
      heatmap: undefined,
      framework: map,
      group: 'Everyone',
      heatmapLevel: 'each person’s target',
      ratingsBasis: '',
      today,
      paper: 'A4',
      formatDate: (iso) => iso,
    });
    expect(spanning.meta.footer).toBe(
      `People here are mapped against 2 frameworks; the heatmap's: ${map.name} · version ${map.version} · source: ${map.source.name}`,
    );
  });
});
