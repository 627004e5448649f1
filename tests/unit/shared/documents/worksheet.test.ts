import { describe, expect, it } from 'vitest';
import { worksheetContent } from '../../../../shared/documents/worksheet';
import type { Rating } from '../../../../shared/workspace/schema';
import { loadRoleCard } from '../../resources/seed-data';
import { map } from './document-fixtures';

const frontend = map.tracks.find((track) => track.id === 'frontend');
if (!frontend) throw new Error('no Frontend track');
const options = { paper: 'LETTER' as const, today: '2026-11-23', dateLabel: '23 Nov 2026' };

function rating(itemId: string, value: Rating['value'], note?: string): [string, Rating] {
  return [itemId, { personId: 'p', frameworkId: map.id, rater: 'self', itemId, value, note, updatedAt: '2026-11-01T00:00:00.000Z' }];
}

describe('worksheetContent', () => {
  it('lists a level’s statements by area with an empty scale to tick, for a blank worksheet', () => {
    const content = worksheetContent({ kind: 'career-map', framework: map, track: frontend, levelId: 'L5' }, options);
    expect(content?.person).toBe('');
    expect(content?.level).toBe('L5');
    expect(content?.meta).toMatchObject({ title: 'Worksheet', paper: 'LETTER', dateLabel: '23 Nov 2026' });
    expect(content?.scale).toEqual(['Not yet', 'Partly', 'Consistently', 'Not applicable']);
    expect(content?.areas.map((area) => [area.name, area.items.length])).toEqual([
      ['Experience', 1],
      ['Area of Responsibility', 1],
      ['Architecture, performance & security', 3],
      ['Soft skills & communication', 1],
    ]);
    expect(content?.areas.flatMap((area) => area.items).every((item) => item.ticked === null)).toBe(true);
  });

  it('ticks the boxes and carries the notes of a person’s ratings when filled', () => {
    const content = worksheetContent(
      { kind: 'career-map', framework: map, track: frontend, levelId: 'L5' },
      {
        ...options,
        filledFrom: {
          name: 'Дмитрий',
          ratings: new Map([
            rating('frontend.L5.skill.2', 'partly', 'Needs a pairing session'),
            rating('frontend.L5.experience.1', 'not-applicable'),
          ]),
          ratingsBasis: 'Measured on agreed ratings, else the coach’s, else self-ratings: 2 self',
        },
      },
    );
    const items = content?.areas.flatMap((area) => area.items) ?? [];
    expect(content?.person).toBe('Дмитрий');
    expect(content?.ratingsBasis).toMatch(/^Measured on agreed ratings/);
    expect(items.find((item) => item.skillName === 'Security')).toMatchObject({ ticked: 1, note: 'Needs a pairing session' });
    expect(items[0]?.ticked).toBe(3);
  });

  it('rates a role card on the proficiency scale', () => {
    const card = loadRoleCard();
    const content = worksheetContent(
      { kind: 'role-card', framework: card },
      { ...options, filledFrom: { name: 'Sam', ratings: new Map([rating('skill.1', 4)]), ratingsBasis: 'Measured on self-ratings only' } },
    );
    expect(content?.scale).toHaveLength(6);
    expect(content?.areas.map((area) => area.items.length)).toEqual([8, 3, 8, 8, 7, 4]);
    expect(content?.areas[2]?.items[0]?.ticked).toBe(4);
  });

  it('has nothing for a level the track does not have', () => {
    expect(worksheetContent({ kind: 'career-map', framework: map, track: frontend, levelId: 'L42' }, options)).toBeUndefined();
  });

  it('prints the examples of statements and of each area, which are not rated', () => {
    const examplesTrack = {
      ...frontend,
      levels: frontend.levels.map((entry) =>
        entry.id === 'L5'
          ? {
              ...entry,
              statements: entry.statements.map((item, index) =>
                index === 0 ? { ...item, examples: ['Wrote the migration guide'] } : item,
              ),
              examples: [{ areaId: entry.statements[0]?.areaId ?? '', text: 'Led the 2026 framework upgrade' }],
            }
          : entry,
      ),
    };
    const content = worksheetContent({ kind: 'career-map', framework: map, track: examplesTrack, levelId: 'L5' }, options);
    expect(content?.areas[0]?.items[0]?.examples).toEqual(['Wrote the migration guide']);
    expect(content?.areas[0]?.examples).toEqual(['Led the 2026 framework upgrade']);
  });
});
