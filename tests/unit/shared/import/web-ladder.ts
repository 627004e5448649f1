/**
 * A small career map for tests of versions: one track, one area, and the levels given, each with its
 * statements in order under positional ids ("web.L1.skill.2"), as an import of a spreadsheet numbers them.
 */
import type { CareerMap } from '../../../../shared/framework/schema';

export function webLadder(version: string, levels: Record<string, string[]>): CareerMap {
  return {
    kind: 'career-map',
    id: 'web-ladder',
    name: 'Web ladder',
    version,
    source: { name: 'tests' },
    notes: [],
    tracks: [
      {
        id: 'web',
        name: 'Web',
        notes: [],
        areas: [{ id: 'craft', name: 'Craft' }],
        levels: Object.entries(levels).map(([levelId, texts], index) => ({
          id: levelId,
          order: index + 1,
          statements: texts.map((text, at) => ({
            id: `web.${levelId}.skill.${at + 1}`,
            category: 'skill' as const,
            areaId: 'craft',
            text,
          })),
        })),
      },
    ],
  };
}
