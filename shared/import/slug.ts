/**
 * Ids from names: "Frontend Engineering" → "frontend-engineering". Letters outside a–z are folded
 * where they have a plain form (é → e) and dropped otherwise.
 */
export function slugOf(text: string, fallback = 'item'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}
