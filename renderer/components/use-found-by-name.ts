/**
 * The items whose name holds what was typed (shared/text/find-text.ts says how a name is matched):
 * every item while nothing is typed. Each name is folded once as finding begins, not again at each
 * key typed, nor at all while nothing is typed (a start with hundreds of people pays nothing for it).
 */
import { useMemo } from 'react';
import { foldForFinding, foldedTextFinder, wordsToFind } from '../../shared/text/find-text';

export function useFoundByName<T>(
  items: readonly T[],
  nameOf: (item: T) => string,
  typed: string,
): { finding: boolean; found: readonly T[] } {
  const finding = wordsToFind(typed).length > 0;
  // `nameOf` is one function defined once (not made afresh at each render), or every key typed would fold every name again.
  const folded = useMemo(() => (finding ? items.map((item) => foldForFinding(nameOf(item))) : null), [items, nameOf, finding]);
  const found = useMemo(() => {
    if (!folded) return items;
    const finds = foldedTextFinder(typed);
    return items.filter((_, index) => finds(folded[index] ?? ''));
  }, [items, folded, typed]);
  return { finding, found };
}
