/**
 * A framework's own coded values ("inferred_from_superfunction", "needs_review", "medium") as words a
 * reader expects: underscores and hyphens become spaces and the first letter is capitalised. Values
 * already written as words are left as the source wrote them.
 */
export function sourceWords(value: string): string {
  const trimmed = value.trim();
  if (!/^(?=.*[a-z])[a-z0-9]+(?:[_-][a-z0-9]+)*$/.test(trimmed)) return trimmed;
  const words = trimmed.replace(/[_-]+/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}
