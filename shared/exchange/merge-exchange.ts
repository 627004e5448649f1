/**
 * Taking an exchanged assessment in: which file is newer, who it is about, and what it changes. Pure,
 * so the preview shows exactly what the import then writes.
 *
 * The rules: a file only ever changes the ratings of the raters it carries (a self-assessment the
 * self-ratings, a review the manager's and the agreed ones), so nothing the importer wrote as another
 * rater is touched. Per statement, the later rating wins; a rating the file does not carry is kept.
 * So no rating is ever lost: each one is kept, or replaced by a later one of the same rater.
 */
import type { Evidence, ExchangeReceipt, Person, Rating } from '../workspace/schema';
import { displayName } from '../workspace/labels';
import { ratersOf, type ExchangeContent } from './exchange-file';

/** How a file's export time compares with the last file of its kind taken in for the person. */
export type Freshness = 'first' | 'newer' | 'same' | 'older';

export function freshness(receipt: Pick<ExchangeReceipt, 'exportedAt'> | undefined, exportedAt: string): Freshness {
  if (!receipt) return 'first';
  const before = Date.parse(receipt.exportedAt);
  const now = Date.parse(exportedAt);
  if (now > before) return 'newer';
  return now === before ? 'same' : 'older';
}

/** Every id the file knows the person by. */
export function fileIds(content: Pick<ExchangeContent, 'person'>): string[] {
  return [content.person.id, ...content.person.knownAs];
}

/** The person a file is about, found by the ids carried in the file (never by name alone). */
export function linkedPerson(people: readonly Person[], content: Pick<ExchangeContent, 'person'>): Person | undefined {
  const ids = new Set(fileIds(content));
  return people.find((person) => ids.has(person.id) || (person.linkedIds ?? []).some((linked) => ids.has(linked)));
}

/** Someone with the same name, to suggest when no one is linked yet. */
export function sameNamePerson(people: readonly Person[], content: Pick<ExchangeContent, 'person'>): Person | undefined {
  const name = content.person.name.trim().toLocaleLowerCase();
  return name ? people.find((person) => displayName(person).trim().toLocaleLowerCase() === name) : undefined;
}

export interface RatingChange {
  before: Rating;
  after: Rating;
}

export interface MergePlan {
  /** Statements the person had no rating of, by that rater. */
  added: Rating[];
  /** Ratings the file's later ones replace (only where something differs). */
  replaced: RatingChange[];
  /** Ratings kept because the workspace's are later than the file's. */
  keptNewer: RatingChange[];
  /** Ratings already the same. */
  unchanged: number;
  /**
   * Of those, the ones the file's rater confirmed later than the date held: written with the file's date
   * (nothing the reader sees changes but the date), so every rating the file carries is held at least as new.
   */
  redated: Rating[];
  evidenceAdded: Evidence[];
}

function key(rating: Pick<Rating, 'rater' | 'itemId'>): string {
  return `${rating.rater}\u0000${rating.itemId}`;
}

function sameRating(a: Rating, b: Rating): boolean {
  return a.value === b.value && (a.note ?? '') === (b.note ?? '');
}

/**
 * What taking `content` in for `personId` changes, against the ratings that person has now for the
 * file's framework and the evidence they have.
 */
export function planMerge(
  content: ExchangeContent,
  personId: string,
  current: readonly Rating[],
  currentEvidence: readonly Pick<Evidence, 'id'>[],
): MergePlan {
  const raters = ratersOf[content.kind];
  const held = new Map(current.map((rating) => [key(rating), rating]));
  const plan: MergePlan = { added: [], replaced: [], keptNewer: [], unchanged: 0, redated: [], evidenceAdded: [] };
  for (const entry of content.ratings) {
    if (!raters.includes(entry.rater)) continue;
    const incoming: Rating = { ...entry, personId, frameworkId: content.framework.id };
    const existing = held.get(key(incoming));
    if (!existing) plan.added.push(incoming);
    else if (sameRating(existing, incoming)) {
      plan.unchanged += 1;
      if (Date.parse(incoming.updatedAt) > Date.parse(existing.updatedAt)) plan.redated.push(incoming);
    } else if (Date.parse(existing.updatedAt) > Date.parse(incoming.updatedAt)) plan.keptNewer.push({ before: existing, after: incoming });
    else plan.replaced.push({ before: existing, after: incoming });
  }
  const evidenceIds = new Set(currentEvidence.map((entry) => entry.id));
  plan.evidenceAdded = content.evidence
    .filter((entry) => !evidenceIds.has(entry.id))
    .map((entry) => ({ ...entry, personId, frameworkId: content.framework.id }));
  return plan;
}

/** The ratings a plan writes: the added ones, the replacements and the same ones confirmed later. */
export function ratingsToWrite(plan: MergePlan): Rating[] {
  return [...plan.added, ...plan.replaced.map((change) => change.after), ...plan.redated];
}

/** The person's ids in other workspaces after taking the file in: what they had, and the file's. */
export function linkedIdsAfter(person: Pick<Person, 'id' | 'linkedIds'>, content: Pick<ExchangeContent, 'person'>): string[] {
  return [...new Set([...(person.linkedIds ?? []), ...fileIds(content)])].filter((linked) => linked !== person.id);
}
