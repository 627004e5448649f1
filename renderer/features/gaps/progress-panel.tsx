/**
 * Beside the statements being rated: how far the person is towards the target, updated as they rate.
 */
import type { PersonMapping } from '../../../shared/workspace/mapping';
import type { Person } from '../../../shared/workspace/schema';
import { RadarChartLazy } from '../../charts/lazy-charts';
import { GapHeadline } from './gap-headline';
import { useGapFigures } from './use-gap-figures';

type MappedTo = Extract<PersonMapping, { kind: 'career-map' | 'role-card' }>;

export function ProgressPanel({ person, mapping }: { person: Person; mapping: MappedTo }) {
  const figures = useGapFigures(person, mapping);
  return (
    <aside className="progress-panel" aria-label="Progress">
      <GapHeadline figures={figures} />
      <RadarChartLazy title={`Met by area at ${figures.targetLabel}`} points={figures.radar.points} series={figures.radar.series} compact />
    </aside>
  );
}
