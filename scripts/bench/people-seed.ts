/**
 * The workspace the backup and lock benchmarks fill: people mapped against the generated framework's
 * first track at its third level, aiming for the fourth, each rating 60 statements of both.
 */
import { generatedFramework } from './generated-framework.ts';
import type { PeopleSeed } from './seed-people.ts';

export function peopleOnGeneratedFramework() {
  const framework = generatedFramework();
  const track = framework.tracks[0];
  const current = track?.levels[2];
  const target = track?.levels[3];
  if (!track || !current || !target) throw new Error('the generated framework has too few levels');
  const itemIds = [...current.statements.slice(0, 60), ...target.statements.slice(0, 60)].map((statement) => statement.id);
  return {
    framework,
    /** What seedPeople (run in the page) writes for `people` people. */
    seedFor: (people: number): PeopleSeed => ({
      people,
      frameworkId: framework.id,
      trackId: track.id,
      currentLevelId: current.id,
      targetLevelId: target.id,
      itemIds,
    }),
  };
}
