/**
 * Gap figures for the open person, recomputed only when their ratings or mapping change.
 */
import { useMemo } from 'react';
import type { MappedTo } from '../../../shared/workspace/mapping';
import type { Person } from '../../../shared/workspace/schema';
import { useRatingValues } from '../../store/person-hooks';
import { gapFigures, type GapFigures } from './gap-figures';

export function useGapFigures(person: Person, mapping: MappedTo): GapFigures {
  const ratings = useRatingValues();
  return useMemo(() => gapFigures(person, mapping, ratings), [person, mapping, ratings]);
}
