/**
 * Small hand-made frameworks for the shared logic's tests.
 */
import type { CareerMap, Level, Statement, Track } from '../../../../shared/framework/schema';

export function statement(id: string, areaId: string, text: string, category: Statement['category'] = 'skill'): Statement {
  return { id, category, areaId, text };
}

export function level(id: string, order: number, statements: Statement[]): Level {
  return { id, order, statements };
}

export function track(levels: Level[], areaIds: string[] = ['craft', 'people']): Track {
  return { id: 'engineering', name: 'Engineering', notes: [], areas: areaIds.map((id) => ({ id, name: id })), levels };
}

export function careerMap(tracks: Track[]): CareerMap {
  return { kind: 'career-map', id: 'test-map', name: 'Test map', version: '1', source: { name: 'tests' }, notes: [], tracks };
}
