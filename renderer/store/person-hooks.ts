/**
 * The open person and what they are mapped against, as the person's screens need them.
 */
import { useMemo } from 'react';
import { resolveMapping, type PersonMapping } from '../../shared/workspace/mapping';
import type { Person, RatingValue } from '../../shared/workspace/schema';
import { useAppStore } from './app-store';

export function usePerson(personId: string): Person | undefined {
  return useAppStore((state) => state.people.find((person) => person.id === personId));
}

export function usePersonMapping(person: Person | undefined): PersonMapping {
  const frameworks = useAppStore((state) => state.frameworks);
  return useMemo(() => (person ? resolveMapping(frameworks, person) : { kind: 'unmapped' }), [frameworks, person]);
}

/** The open person's ratings as plain values, for the gap logic. */
export function useRatingValues(): ReadonlyMap<string, RatingValue> {
  const ratings = useAppStore((state) => state.ratings);
  return useMemo(() => new Map([...ratings].map(([itemId, rating]) => [itemId, rating.value])), [ratings]);
}
