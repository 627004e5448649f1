/**
 * Shortening a text for a title or a status line, at a word boundary where there is one, so a
 * 5,000-character title is never repeated in full where a few words name it.
 */

/** The text on one line, cut to at most `length` characters and marked "…" where it was cut. */
export function shorten(text: string, length = 80): string {
  const plain = text.trim().replace(/\s+/g, ' ');
  if (plain.length <= length) return plain;
  const cut = plain.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
