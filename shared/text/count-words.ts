/**
 * A count with its noun, as the screens and documents say it: "1 area", "2 areas", "1,024 statements".
 * The one rule for singular and plural in English, so no screen says "1 areas".
 */

/** `count` written with thousands separators and followed by `one` or `many` (by default `one` + "s"). */
export function countWords(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
