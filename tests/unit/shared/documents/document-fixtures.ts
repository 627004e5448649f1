/**
 * A person, their mapping and their records, for the document builders' tests.
 */
import type { DocumentContext } from '../../../../shared/documents/document-context';
import { resolveMapping } from '../../../../shared/workspace/mapping';
import type { Evidence, Goal, Meeting, Person, RatingValue } from '../../../../shared/workspace/schema';
import { loadCareerMap } from '../../resources/seed-data';

export const map = loadCareerMap();

export const zoe: Person = {
  id: 'p-zoe',
  name: 'Zoë Łukasz Ångström',
  relationship: 'report',
  target: { frameworkId: map.id, trackId: 'frontend' },
  currentLevelId: 'L4',
  expectedProficiency: 3,
  notes: '',
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
};

export function context(ratings: Record<string, RatingValue> = {}, today = '2026-11-23'): DocumentContext {
  const mapping = resolveMapping([map], zoe);
  if (mapping.kind !== 'career-map') throw new Error('expected a career map');
  return {
    person: zoe,
    mapping,
    ratings: new Map(Object.entries(ratings)),
    ratingsBasis: 'Measured on self-ratings only',
    today,
    paper: 'A4',
    formatDate: (iso) => `on ${iso}`,
  };
}

const stamp = '2026-10-01T09:00:00.000Z';

export function goal(patch: Partial<Goal>): Goal {
  return {
    id: 'g1',
    personId: zoe.id,
    frameworkId: map.id,
    title: 'Own the security review',
    itemIds: ['frontend.L5.skill.2'],
    owner: 'me',
    status: 'in-progress',
    actions: [],
    evidenceIds: [],
    order: 1,
    archived: false,
    createdAt: stamp,
    updatedAt: stamp,
    ...patch,
  };
}

export function evidence(patch: Partial<Evidence>): Evidence {
  return {
    id: 'e1',
    personId: zoe.id,
    date: '2026-10-10',
    text: 'Ran the threat model',
    frameworkId: map.id,
    itemIds: ['frontend.L5.skill.2'],
    createdAt: stamp,
    ...patch,
  };
}

export function meeting(patch: Partial<Meeting>): Meeting {
  return {
    id: 'm1',
    personId: zoe.id,
    date: '2026-11-01',
    talkingPoints: '',
    decisions: '',
    actions: [],
    private: false,
    createdAt: stamp,
    updatedAt: stamp,
    ...patch,
  };
}
