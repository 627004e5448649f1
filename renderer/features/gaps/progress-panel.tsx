/**
 * Beside the statements being rated: how far the person is towards the target, updated as they rate.
 */
import { memo } from 'react';
import type { MappedTo } from '../../../shared/workspace/mapping';
import type { Person } from '../../../shared/workspace/schema';
import { ByAreaChart } from '../../charts/progress-charts';
import { useBasisLine } from '../../store/person-hooks';
import { GapHeadline } from './gap-headline';
import { useGapFigures } from './use-gap-figures';

/** Memoised: the rating list re-renders on every save-state change; this only when the ratings do. */
export const ProgressPanel = memo(function ProgressPanel({ person, mapping }: { person: Person; mapping: MappedTo }) {
  const figures = useGapFigures(person, mapping);
  const basis = useBasisLine(person);
  return (
    <aside className="progress-panel" aria-label="Progress">
      <GapHeadline figures={figures} basis={basis} />
      <ByAreaChart title={`Met by area at ${figures.targetLabel}`} points={figures.radar.points} series={figures.radar.series} compact />
    </aside>
  );
});
