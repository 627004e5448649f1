/**
 * Counts as the screens and documents say them: "1 area", "2 areas", "1,024 statements".
 * The one rule for singular and plural in English, so no screen says "1 areas", and the one way a
 * count is written with thousands separators.
 */

let englishNumbers: Intl.NumberFormat | undefined;

/**
 * `count` with thousands separators, as English writes it ("1,024"). Counts under 1,000 are written
 * without Intl: the first number format a page builds loads the locale's data, which cost about 20 ms of
 * every start although the first screen's counts are small.
 */
export function formatCount(count: number): string {
  if (Number.isInteger(count) && count > -1000 && count < 1000) return String(count);
  englishNumbers ??= new Intl.NumberFormat('en');
  return englishNumbers.format(count);
}

/** `count` written with thousands separators and followed by `one` or `many` (by default `one` + "s"). */
export function countWords(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
