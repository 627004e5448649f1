/**
 * The people in the workspace, and the open person's ratings, evidence and snapshots, as the screens see
 * them. Every change is shown at once and written in one transaction; a failed write keeps what the
 * person entered on screen and offers to try again.
 */
import type { StateCreator } from 'zustand';
import { resolveMapping, type PersonMapping } from '../../shared/workspace/mapping';
import { buildSnapshot } from '../../shared/workspace/snapshot';
import type { Evidence, Person, Rating, RatingValue, Snapshot, SnapshotRatings } from '../../shared/workspace/schema';
import { localDate } from '../../shared/dates/local-date';
import { addEvidence, evidenceFor, removeEvidence, updateEvidence } from '../db/evidence-repository';
import { createPerson, listPeople, personDataCounts, removePerson, updatePerson, type PersonDataCounts } from '../db/people-repository';
import { clearRating, ratingsFor, saveRating, saveRatingNote } from '../db/ratings-repository';
import { saveSnapshot, snapshotRatingsFor, snapshotsFor } from '../db/snapshots-repository';
import type { WorkspaceDatabase } from '../db/workspace-database';
import type { AppState } from './app-store';
import { emptyPlan, loadPlan } from './plan-data';
import type { Write } from './session-slice';

export type NewPerson = Pick<Person, 'name' | 'relationship' | 'target' | 'currentLevelId' | 'targetLevelId'>;
export type PersonPatch = Partial<
  Pick<
    Person,
    'name' | 'relationship' | 'target' | 'currentLevelId' | 'targetLevelId' | 'expectedProficiency' | 'notes' | 'countLowerLevelsAsMet'
  >
>;
export type NewEvidence = Pick<Evidence, 'date' | 'title' | 'text' | 'link' | 'itemIds'>;

export interface PeopleSlice {
  people: Person[];
  /** The person whose data is loaded below. */
  openPersonId: string | null;
  ratings: ReadonlyMap<string, Rating>;
  evidence: Evidence[];
  snapshots: Snapshot[];
  /** Items rated on screen whose write has not succeeded yet. */
  unsavedItemIds: ReadonlySet<string>;

  /** Reads the people afresh. */
  loadPeople(db: WorkspaceDatabase): Promise<void>;
  openPerson(personId: string): Promise<void>;
  /** Nobody's data is loaded any more (they were removed, or the workspace was replaced). */
  closePerson(): void;
  addPerson(input: NewPerson): Promise<Person | undefined>;
  changePerson(personId: string, patch: PersonPatch): Promise<boolean>;
  deletePerson(personId: string): Promise<boolean>;
  /** What removing a person would delete, for the confirmation. */
  countPersonData(personId: string): Promise<PersonDataCounts | undefined>;
  rate(itemId: string, value: RatingValue | null): Promise<void>;
  setRatingNote(itemId: string, note: string): Promise<void>;
  recordEvidence(input: NewEvidence): Promise<boolean>;
  /** Changes an entry's date, title, text, link or statements. */
  changeEvidence(evidenceId: string, patch: NewEvidence): Promise<boolean>;
  deleteEvidence(evidenceId: string): Promise<void>;
  /** The ratings a snapshot froze, read when two dates are compared. */
  loadSnapshotRatings(snapshotId: string): Promise<SnapshotRatings['ratings']>;
  /** Freezes the open person's ratings now, by hand. */
  takeSnapshot(now?: Date): Promise<Snapshot | undefined>;
}

type Slice = StateCreator<AppState, [], [], PeopleSlice>;

/** How long after the last rating of a burst the day's automatic snapshot is written. */
export const automaticSnapshotDelayMs = 1500;

export const createPeopleSlice: Slice = (set, get) => {
  const write: Write = (run, options) => get().write(run, options);

  function openMapping(): { person: Person; mapping: PersonMapping } | undefined {
    const { people, openPersonId, frameworks } = get();
    const person = people.find((candidate) => candidate.id === openPersonId);
    return person ? { person, mapping: resolveMapping(frameworks, person) } : undefined;
  }

  function ratingValues(): Map<string, RatingValue> {
    return new Map([...get().ratings].map(([itemId, rating]) => [itemId, rating.value]));
  }

  /** Puts a snapshot into the in-memory list (replacing one with the same id), oldest first. */
  function withSnapshot(snapshot: Snapshot): Snapshot[] {
    const others = get().snapshots.filter((entry) => entry.id !== snapshot.id);
    return [...others, snapshot].sort((a, b) => a.takenAt.localeCompare(b.takenAt));
  }

  async function storeSnapshot(trigger: Snapshot['trigger'], now: Date, reuseId?: string): Promise<Snapshot | undefined> {
    const open = openMapping();
    if (!open) return undefined;
    const frozen = buildSnapshot(open.person, open.mapping, ratingValues(), {
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

  async function refreshAutomaticSnapshot(): Promise<void> {
    clearTimeout(automaticSnapshotTimer);
    automaticSnapshotTimer = undefined;
    const personId = automaticSnapshotFor;
    automaticSnapshotFor = null;
    if (!personId || personId !== get().openPersonId) return;
    const now = new Date();
    const today = localDate(now);
    const frameworkId = openMapping()?.person.target?.frameworkId;
    const existing = get().snapshots.find(
      (entry) => entry.trigger === 'automatic' && entry.date === today && entry.frameworkId === frameworkId,
    );
    await storeSnapshot('automatic', now, existing?.id);
  }

  function scheduleAutomaticSnapshot(personId: string): void {
    automaticSnapshotFor = personId;
    clearTimeout(automaticSnapshotTimer);
    automaticSnapshotTimer = setTimeout(() => void refreshAutomaticSnapshot(), automaticSnapshotDelayMs);
  }

  return {
    people: [],
    openPersonId: null,
    ratings: new Map(),
    evidence: [],
    snapshots: [],
    unsavedItemIds: new Set(),

    async loadPeople(db) {
      set({ people: await listPeople(db) });
    },

    async openPerson(personId) {
      // A pending automatic snapshot belongs to the person open now: write it before switching.
      if (automaticSnapshotTimer !== undefined) await refreshAutomaticSnapshot();
      const { db, people } = get();
      const person = people.find((candidate) => candidate.id === personId);
      if (!db || !person) return;
      const frameworkId = person.target?.frameworkId;
      const [ratings, evidence, snapshots, plan] = await Promise.all([
        frameworkId ? ratingsFor(db, personId, frameworkId) : Promise.resolve([]),
        evidenceFor(db, personId),
        snapshotsFor(db, personId),
        loadPlan(db, personId),
      ]);
      set({
        openPersonId: personId,
        ratings: new Map(ratings.map((rating) => [rating.itemId, rating])),
        evidence,
        snapshots,
        unsavedItemIds: new Set(),
      });
      get().showPlan(plan);
      get().dismissSaveProblem();
    },

    closePerson() {
      set({ openPersonId: null, ratings: new Map(), evidence: [], snapshots: [] });
      get().showPlan(emptyPlan());
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

    async rate(itemId, value) {
      const open = openMapping();
      if (!open?.person.target) return;
      const { person } = open;
      const frameworkId = open.person.target.frameworkId;
      const previous = get().ratings.get(itemId);
      const ratings = new Map(get().ratings);
      const rating: Rating | null =
        value === null
          ? null
          : { personId: person.id, frameworkId, itemId, value, note: previous?.note, updatedAt: new Date().toISOString() };
      if (rating) ratings.set(itemId, rating);
      else ratings.delete(itemId);
      set({ ratings, unsavedItemIds: new Set([...get().unsavedItemIds, itemId]) });

      const saved = await write(async (db) => {
        await (rating ? saveRating(db, rating) : clearRating(db, person.id, frameworkId, itemId));
        const unsaved = new Set(get().unsavedItemIds);
        unsaved.delete(itemId);
        set({ unsavedItemIds: unsaved });
      });
      if (saved) scheduleAutomaticSnapshot(person.id);
    },

    async setRatingNote(itemId, note) {
      const rating = get().ratings.get(itemId);
      if (!rating) return;
      const ratings = new Map(get().ratings);
      ratings.set(itemId, { ...rating, note });
      set({ ratings });
      await write(async (db) => {
        await saveRatingNote(db, rating.personId, rating.frameworkId, itemId, note);
      });
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
  };
};
