/**
 * The open person and what they are mapped against, as the person's screens need them.
 */
import { useMemo } from 'react';
import type { RatingLookup } from '../../shared/gap/area-gap';
import { basisLine, countedRatings } from '../../shared/workspace/counted-ratings';
import { resolveMapping, type PersonMapping } from '../../shared/workspace/mapping';
import type { Person, Rating } from '../../shared/workspace/schema';
import { useAppStore } from './app-store';
import { allRatings } from './people-slice';

export function usePerson(personId: string): Person | undefined {
  return useAppStore((state) => state.people.find((person) => person.id === personId));
}

export function usePersonMapping(person: Person | undefined): PersonMapping {
  const frameworks = useAppStore((state) => state.frameworks);
  return useMemo(() => (person ? resolveMapping(frameworks, person) : { kind: 'unmapped' }), [frameworks, person]);
}

/** The open person's ratings that count, on the basis chosen (agreed, else manager, else self by default). */
export function useCountedRatings(): ReadonlyMap<string, Rating> {
  const ratings = useAppStore((state) => state.ratings);
  const basis = useAppStore((state) => state.ratingBasis);
  return useMemo(() => countedRatings(allRatings(ratings), basis), [ratings, basis]);
}

/** Which ratings the open person's figures count, in words. */
export function useBasisLine(person: Pick<Person, 'relationship'>): string {
  const basis = useAppStore((state) => state.ratingBasis);
  const counted = useCountedRatings();
  return basisLine(basis, person.relationship, counted);
}

/** The counted ratings as plain values, for the gap logic. */
export function useRatingValues(): RatingLookup {
  const counted = useCountedRatings();
  return useMemo(() => new Map([...counted].map(([itemId, rating]) => [itemId, rating.value])), [counted]);
}
