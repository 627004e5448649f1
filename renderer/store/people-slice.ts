/**
 * The people in the workspace, and the open person's ratings, evidence and snapshots, as the screens see
 * them. Every change is shown at once and written in one transaction; a failed write keeps what the
 * person entered on screen and offers to try again.
 */
import type { StateCreator } from 'zustand';
import { countedValues, type RatingBasis } from '../../shared/workspace/counted-ratings';
import { resolveMapping, type PersonMapping } from '../../shared/workspace/mapping';
import { buildSnapshot } from '../../shared/workspace/snapshot';
import type { Evidence, Person, Rater, Rating, RatingValue, Relationship, Snapshot, SnapshotRatings } from '../../shared/workspace/schema';
import { localDate } from '../../shared/dates/local-date';
import { addEvidence, evidenceFor, removeEvidence, updateEvidence } from '../db/evidence-repository';
import { createPerson, listPeople, personDataCounts, removePerson, updatePerson, type PersonDataCounts } from '../db/people-repository';
import { clearRating, ratingsFor, saveRating, saveRatingNote } from '../db/ratings-repository';
import { relabelSnapshot, removeSnapshot, saveSnapshot, snapshotRatingsFor, snapshotsFor } from '../db/snapshots-repository';
import type { WorkspaceDatabase } from '../db/workspace-database';
import { toWorkspaceError } from '../db/workspace-error';
import type { AppState } from './app-store';
import { emptyPlan, loadPlan } from './plan-data';
import { createRatingChangeLog, withChanges, type RatingChange } from './rating-changes';
import type { Write } from './session-slice';

export type NewPerson = Pick<Person, 'name' | 'relationship' | 'target' | 'currentLevelId' | 'targetLevelId'>;
export type PersonPatch = Partial<
  Pick<
    Person,
    'name' | 'relationship' | 'target' | 'currentLevelId' | 'targetLevelId' | 'expectedProficiency' | 'notes' | 'countLowerLevelsAsMet'
  >
>;
export type NewEvidence = Pick<Evidence, 'date' | 'title' | 'text' | 'link' | 'itemIds'>;

/** The open person's ratings, one map (by item id) per rater. */
export type RatingsByRater = Readonly<Record<Rater, ReadonlyMap<string, Rating>>>;

export function emptyRatings(): RatingsByRater {
  return { self: new Map(), manager: new Map(), agreed: new Map() };
}

export function allRatings(ratings: RatingsByRater): Rating[] {
  return [...ratings.self.values(), ...ratings.manager.values(), ...ratings.agreed.values()];
}

/** Who rates on the Rate tab when a person is opened: you rate yourself; a manager or coach rates a report or client. */
export function defaultRater(relationship: Relationship): Rater {
  return relationship === 'me' ? 'self' : 'manager';
}

export interface PeopleSlice {
  /** Everyone, in the order they are listed: me first, then by name (listPeople). */
  people: Person[];
  /** The person whose data is loaded below. */
  openPersonId: string | null;
  /** Why the data of the person being opened could not be read (their screen says so, and offers to try again). */
  openPersonProblem: { personId: string; message: string } | null;
  ratings: RatingsByRater;
  /** Whose ratings the Rate tab shows and changes. */
  activeRater: Rater;
  /** Which ratings the gaps, charts and documents count (agreed, else manager, else self by default). */
  ratingBasis: RatingBasis;
  evidence: Evidence[];
  snapshots: Snapshot[];
  /** Items rated on screen whose write has not succeeded yet. */
  unsavedItemIds: ReadonlySet<string>;

  /** Reads the people afresh. */
  loadPeople(db: WorkspaceDatabase): Promise<void>;
  openPerson(personId: string): Promise<void>;
  /**
   * Opens the person the first screen shows before it is drawn (first-render.ts), so it is drawn with
   * their data rather than "Loading…" first.
   */
  openPersonForFirstScreen(personId: string): Promise<void>;
  /**
   * Whether the start has just read this person's data for the first screen: true once, for their
   * screen as it is first drawn, which then need not read it again.
   */
  takeFirstScreenRead(personId: string): boolean;
  /** Nobody's data is loaded any more (they were removed, or the workspace was replaced). */
  closePerson(): void;
  addPerson(input: NewPerson): Promise<Person | undefined>;
  changePerson(personId: string, patch: PersonPatch): Promise<boolean>;
  deletePerson(personId: string): Promise<boolean>;
  /** What removing a person would delete, for the confirmation. */
  countPersonData(personId: string): Promise<PersonDataCounts | undefined>;
  setActiveRater(rater: Rater): void;
  setRatingBasis(basis: RatingBasis): void;
  /** Rates an item as the active rater, or as the one named (the comparison records agreed ratings). */
  rate(itemId: string, value: RatingValue | null, rater?: Rater): Promise<void>;
  setRatingNote(itemId: string, note: string, rater?: Rater): Promise<void>;
  recordEvidence(input: NewEvidence): Promise<boolean>;
  /** Changes an entry's date, title, text, link or statements. */
  changeEvidence(evidenceId: string, patch: NewEvidence): Promise<boolean>;
  deleteEvidence(evidenceId: string): Promise<void>;
  /** The ratings a snapshot froze, read when two dates are compared. */
  loadSnapshotRatings(snapshotId: string): Promise<SnapshotRatings['ratings']>;
  /** Freezes the open person's ratings now, by hand. */
  takeSnapshot(now?: Date): Promise<Snapshot | undefined>;
  /** Names a snapshot; an empty label removes the name. */
  labelSnapshot(snapshotId: string, label: string): Promise<boolean>;
  /** Deletes a snapshot with the ratings it froze. */
  deleteSnapshot(snapshotId: string): Promise<boolean>;
}

type Slice = StateCreator<AppState, [], [], PeopleSlice>;

/** The first screen's person, while the start reads their data. */
const stillReading = Symbol('still reading');

/** How long after the last rating of a burst the day's automatic snapshot is written. */
export const automaticSnapshotDelayMs = 1500;

export const createPeopleSlice: Slice = (set, get) => {
  const write: Write = (run, options) => get().write(run, options);

  function openMapping(): { person: Person; mapping: PersonMapping } | undefined {
    const { people, openPersonId, frameworks } = get();
    const person = people.find((candidate) => candidate.id === openPersonId);
    return person ? { person, mapping: resolveMapping(frameworks, person) } : undefined;
  }

  /** Snapshots freeze the ratings that count by the default order, whatever basis is on screen. */
  function frozenValues() {
    return countedValues(allRatings(get().ratings));
  }

  /** Puts a snapshot into the in-memory list (replacing one with the same id), oldest first. */
  function withSnapshot(snapshot: Snapshot): Snapshot[] {
    const others = get().snapshots.filter((entry) => entry.id !== snapshot.id);
    return [...others, snapshot].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  }

  async function storeSnapshot(trigger: Snapshot['trigger'], now: Date, reuseId?: string): Promise<Snapshot | undefined> {
    const open = openMapping();
    if (!open) return undefined;
    // Refreshing the day's automatic snapshot keeps the name the person gave it.
    const label = get().snapshots.find((entry) => entry.id === reuseId)?.label;
    const frozen = buildSnapshot(open.person, open.mapping, frozenValues(), {
      ...(label === undefined ? {} : { label }),
      id: reuseId ?? crypto.randomUUID(),
      takenAt: now.toISOString(),
      date: localDate(now),
      trigger,
    });
    if (!frozen) return undefined;
    const { snapshot, ratings } = frozen;
    const ok = await write(async (db) => {
      await saveSnapshot(db, snapshot, ratings.ratings);
      set({ snapshots: withSnapshot(snapshot) });
    });
    return ok ? snapshot : undefined;
  }

  /**
   * The day's automatic snapshot: one per day at most, kept up to date with that day's ratings. It is
   * written shortly after the last change of a burst, off the path of the rating itself.
   */
  let automaticSnapshotTimer: ReturnType<typeof setTimeout> | undefined;
  let automaticSnapshotFor: string | null = null;
  /** The person most recently asked for by openPerson (or none after closePerson). */
  let openingPersonId: string | null = null;
  /** The person whose data the start read for the first screen, until their screen takes it. */
  let firstScreenRead: string | typeof stillReading | null = null;
  /** Ratings changed on screen and not yet written, for openPerson to keep over what it reads. */
  const ratingChanges = createRatingChangeLog();

  /** The automatic snapshot writes, one after another (see writeAutomaticSnapshot). */
  let automaticSnapshotWrites: Promise<void> = Promise.resolve();

  async function refreshAutomaticSnapshot(personId: string | null): Promise<void> {
    if (!personId || personId !== get().openPersonId) return;
    const now = new Date();
    const today = localDate(now);
    const frameworkId = openMapping()?.person.target?.frameworkId;
    const existing = get().snapshots.find(
      (entry) => entry.trigger === 'automatic' && entry.date === today && entry.frameworkId === frameworkId,
    );
    await storeSnapshot('automatic', now, existing?.id);
  }

  /**
   * Writes the pending automatic snapshot now. Writes run one after another: each looks for the day's
   * snapshot only once the one before it is stored, so a slow write never leads to a second that day.
   */
  function writeAutomaticSnapshot(): Promise<void> {
    clearTimeout(automaticSnapshotTimer);
    automaticSnapshotTimer = undefined;
    const personId = automaticSnapshotFor;
    automaticSnapshotFor = null;
    automaticSnapshotWrites = automaticSnapshotWrites.then(() => refreshAutomaticSnapshot(personId)).catch(() => undefined);
    return automaticSnapshotWrites;
  }

  /** Nobody's data on screen: closed, or the person being opened could not be read (`why` says). */
  function showNobody(why: Pick<PeopleSlice, 'openPersonProblem'> & Partial<Pick<PeopleSlice, 'activeRater'>>): void {
    set({ ...why, openPersonId: null, ratings: emptyRatings(), evidence: [], snapshots: [] });
    get().showPlan(emptyPlan());
  }

  function scheduleAutomaticSnapshot(personId: string): void {
    automaticSnapshotFor = personId;
    clearTimeout(automaticSnapshotTimer);
    automaticSnapshotTimer = setTimeout(() => void writeAutomaticSnapshot(), automaticSnapshotDelayMs);
  }

  return {
    people: [],
    openPersonId: null,
    openPersonProblem: null,
    ratings: emptyRatings(),
    activeRater: 'self',
    ratingBasis: 'preferred',
    evidence: [],
    snapshots: [],
    unsavedItemIds: new Set(),

    async loadPeople(db) {
      set({ people: await listPeople(db) });
    },

    async openPerson(personId) {
      // The last person asked for wins: switching quickly (A, then B) must not let A's slower reads,
      // arriving after B's, replace B's screen with A's data (B would then wait on "Loading…" for good).
      openingPersonId = personId;
      // Any other opening makes the first screen's read void (openPersonForFirstScreen marks its own).
      if (firstScreenRead !== stillReading) firstScreenRead = null;
      // A pending automatic snapshot belongs to the person open now: write it before switching.
      if (automaticSnapshotTimer !== undefined) await writeAutomaticSnapshot();
      const { db, people } = get();
      const person = people.find((candidate) => candidate.id === personId);
      if (!db || !person) return;
      const frameworkId = person.target?.frameworkId;
      let changed: RatingChange[];
      const readDone = ratingChanges.readStarted();
      let read;
      try {
        read = await Promise.all([
          frameworkId ? ratingsFor(db, personId, frameworkId) : Promise.resolve([]),
          evidenceFor(db, personId),
          snapshotsFor(db, personId),
          loadPlan(db, personId),
        ]);
      } catch (error) {
        // A damaged record or a failing disk: their screen says which, instead of "Loading…" for good.
        // What was read before goes (they may be open already, now mapped anew): it no longer applies.
        if (openingPersonId === personId) {
          const message = toWorkspaceError(error, "this person's data", 'load').message;
          // Their rater stays chosen for Try again (another person's gives way to theirs).
          const activeRater = get().openPersonId === personId ? get().activeRater : defaultRater(person.relationship);
          showNobody({ openPersonProblem: { personId, message }, activeRater });
        }
        return;
      } finally {
        changed = readDone().filter((change) => change.personId === personId && change.frameworkId === frameworkId);
      }
      const [ratings, evidence, snapshots, plan] = read;
      if (openingPersonId !== personId) return;
      // A rating changed on screen stays "not saved yet" while it is written, or after its write failed.
      const unsaved = new Set(
        changed.flatMap((change) =>
          change.kind === 'rating' && (ratingChanges.isWriting(change) || get().unsavedItemIds.has(change.itemId)) ? [change.itemId] : [],
        ),
      );
      set({
        openPersonId: personId,
        openPersonProblem: null,
        ratings: withChanges(ratingsByRater(ratings), changed),
        activeRater:
          get().openPersonId === personId || get().openPersonProblem?.personId === personId
            ? get().activeRater
            : defaultRater(person.relationship),
        evidence,
        snapshots,
        unsavedItemIds: unsaved,
      });
      get().showPlan(plan);
      // A failed write of a rating kept on screen keeps its message and Try again.
      if (unsaved.size === 0) get().dismissSaveProblem();
    },

    async openPersonForFirstScreen(personId) {
      firstScreenRead = stillReading;
      await get().openPerson(personId);
      // Their screen drawn meanwhile (the read outlasted the start's patience) has read for itself.
      if (firstScreenRead === stillReading) firstScreenRead = get().openPersonId === personId ? personId : null;
    },

    takeFirstScreenRead(personId) {
      // Still theirs: nobody else was opened since (their screen was not the first drawn after all).
      const read = firstScreenRead === personId && get().openPersonId === personId;
      firstScreenRead = null;
      return read;
    },

    closePerson() {
      openingPersonId = null;
      showNobody({ openPersonProblem: null });
    },

    async addPerson(input) {
      let created: Person | undefined;
      const ok = await write(async (db) => {
        created = await createPerson(db, input);
        await get().loadPeople(db);
      });
      return ok ? created : undefined;
    },

    async changePerson(personId, patch) {
      const ok = await write(async (db) => {
        await updatePerson(db, personId, patch);
        await get().loadPeople(db);
      });
      // A new framework means other ratings apply: reload what is shown.
      if (ok && personId === get().openPersonId && patch.target !== undefined) await get().openPerson(personId);
      return ok;
    },

    async deletePerson(personId) {
      return write(async (db) => {
        await removePerson(db, personId);
        await get().loadPeople(db);
        if (get().openPersonId === personId) get().closePerson();
      });
    },

    async countPersonData(personId) {
      const { db } = get();
      return db ? personDataCounts(db, personId) : undefined;
    },

    setActiveRater(rater) {
      set({ activeRater: rater });
    },

    setRatingBasis(basis) {
      set({ ratingBasis: basis });
    },

    async rate(itemId, value, rater = get().activeRater) {
      const open = openMapping();
      if (!open?.person.target) return;
      const { person } = open;
      const frameworkId = open.person.target.frameworkId;
      const previous = get().ratings[rater].get(itemId);
      const changed = new Map(get().ratings[rater]);
      const rating: Rating | null =
        value === null
          ? null
          : { personId: person.id, frameworkId, rater, itemId, value, note: previous?.note, updatedAt: new Date().toISOString() };
      if (rating) changed.set(itemId, rating);
      else changed.delete(itemId);
      const written = ratingChanges.started({ kind: 'rating', personId: person.id, frameworkId, rater, itemId, rating });
      set({ ratings: { ...get().ratings, [rater]: changed }, unsavedItemIds: new Set([...get().unsavedItemIds, itemId]) });

      let saved: boolean;
      try {
        saved = await write(async (db) => {
          await (rating ? saveRating(db, rating) : clearRating(db, { personId: person.id, frameworkId, rater, itemId }));
          const unsaved = new Set(get().unsavedItemIds);
          unsaved.delete(itemId);
          set({ unsavedItemIds: unsaved });
        });
      } finally {
        written();
      }
      if (saved) scheduleAutomaticSnapshot(person.id);
    },

    async setRatingNote(itemId, note, rater = get().activeRater) {
      const rating = get().ratings[rater].get(itemId);
      if (!rating) return;
      const changed = new Map(get().ratings[rater]);
      changed.set(itemId, { ...rating, note });
      const written = ratingChanges.started({
        kind: 'note',
        personId: rating.personId,
        frameworkId: rating.frameworkId,
        rater,
        itemId,
        note,
      });
      set({ ratings: { ...get().ratings, [rater]: changed } });
      try {
        await write(async (db) => {
          await saveRatingNote(db, rating, note);
        });
      } finally {
        written();
      }
    },

    async recordEvidence(input) {
      const open = openMapping();
      if (!open?.person.target) return false;
      const { person } = open;
      const frameworkId = open.person.target.frameworkId;
      return write(async (db) => {
        await addEvidence(db, { ...input, personId: person.id, frameworkId });
        set({ evidence: await evidenceFor(db, person.id) });
      });
    },

    async changeEvidence(evidenceId, patch) {
      const personId = get().openPersonId;
      if (!personId) return false;
      return write(async (db) => {
        await updateEvidence(db, evidenceId, patch);
        set({ evidence: await evidenceFor(db, personId) });
      });
    },

    async deleteEvidence(evidenceId) {
      const personId = get().openPersonId;
      if (!personId) return;
      await write(async (db) => {
        await removeEvidence(db, evidenceId);
        set({ evidence: await evidenceFor(db, personId) });
      });
    },

    async loadSnapshotRatings(snapshotId) {
      const { db } = get();
      return db ? snapshotRatingsFor(db, snapshotId) : [];
    },

    async takeSnapshot(now = new Date()) {
      return storeSnapshot('manual', now);
    },

    async labelSnapshot(snapshotId, label) {
      const snapshot = get().snapshots.find((entry) => entry.id === snapshotId);
      if (!snapshot) return false;
      const named: Snapshot = { ...snapshot, label: label.trim() ? label : undefined };
      return write(async (db) => {
        await relabelSnapshot(db, named);
        set({ snapshots: withSnapshot(named) });
      });
    },

    async deleteSnapshot(snapshotId) {
      return write(async (db) => {
        await removeSnapshot(db, snapshotId);
        set({ snapshots: get().snapshots.filter((entry) => entry.id !== snapshotId) });
      });
    },
  };
};

function ratingsByRater(ratings: readonly Rating[]): RatingsByRater {
  const byRater = { self: new Map<string, Rating>(), manager: new Map<string, Rating>(), agreed: new Map<string, Rating>() };
  for (const rating of ratings) byRater[rating.rater].set(rating.itemId, rating);
  return byRater;
}
