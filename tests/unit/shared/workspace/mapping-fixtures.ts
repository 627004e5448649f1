/**
 * A small ladder (L1, L2, L4: L3 is missing), a role card of three components, and a person to map
 * against them, for the tests of mapping and measuring.
 */
import type { RoleCard } from '../../../../shared/framework/schema';
import type { Person } from '../../../../shared/workspace/schema';
import { careerMap, level, statement, track } from '../framework/framework-fixtures';

export const ladder = track([
  level('L1', 1, [statement('s1', 'craft', 'One')]),
  level('L2', 2, [statement('s2', 'craft', 'Two')]),
  level('L4', 4, [statement('s4', 'craft', 'Four')]),
]);
export const map = careerMap([ladder]);
export const card: RoleCard = {
  kind: 'role-card',
  id: 'card',
  name: 'Card',
  version: '1',
  source: { name: 'tests' },
  notes: [],
  code: 'X.1',
  title: 'Role',
  level: { code: 'P1', name: 'Entry', attributes: [] },
  story: { problems: [], plan: [] },
  components: [
    { id: 'skill.1', type: 'skill', text: 'One' },
    { id: 'skill.2', type: 'skill', text: 'Two' },
    { id: 'task.1', type: 'task', text: 'Three' },
  ],
  aliases: [],
  classifications: [],
  status: 'draft',
  confidence: {},
};

export function person(patch: Partial<Person> = {}): Person {
  return {
    id: 'p',
    name: 'Zoë',
    relationship: 'me',
    target: { frameworkId: 'test-map', trackId: 'engineering' },
    expectedProficiency: 3,
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}
