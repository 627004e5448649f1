/**
 * Runs in the page: writes a team of `people` reports straight into the app's IndexedDB (after the app
 * has created it), as a year of use would leave it — each mapped against the generated framework, with
 * every statement self-rated, a manager's view of half of them and a few agreed, 52 weekly snapshots
 * with their frozen ratings, a 1:1 every other week with actions, and a few goals. Written a few
 * people per transaction, as a real workspace fills up.
 */
export interface TeamSeedOptions {
  people: number;
  frameworkId: string;
  trackId: string;
  /** Level ids, most junior first. */
  levelIds: string[];
  /** Every statement's id with its level. */
  statements: { id: string; levelId: string }[];
  weeks: number;
}

export async function seedTeam(options: TeamSeedOptions): Promise<string[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('waymark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const values = ['not-yet', 'partly', 'consistently', 'consistently'] as const;
  const now = Date.now();
  const day = 24 * 3600 * 1000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const date = (ms: number) => iso(ms).slice(0, 10);
  const ids: string[] = [];
  const perTransaction = 10;
  for (let start = 0; start < options.people; start += perTransaction) {
    const tx = db.transaction(['people', 'ratingsByRater', 'snapshots', 'snapshotRatings', 'meetings', 'goals'], 'readwrite');
    for (let index = start; index < Math.min(options.people, start + perTransaction); index += 1) {
      const personId = `bench-team-${index}`;
      ids.push(personId);
      const current = options.levelIds[index % (options.levelIds.length - 1)] ?? 'L1';
      const created = iso(now - 400 * day);
      tx.objectStore('people').put({
        id: personId,
        name: `Report ${String(index + 1).padStart(3, '0')}`,
        relationship: index % 5 === 0 ? 'client' : 'report',
        target: { frameworkId: options.frameworkId, trackId: options.trackId },
        currentLevelId: current,
        expectedProficiency: 3,
        notes: '',
        createdAt: created,
        updatedAt: created,
      });
      const ratings = options.statements.map((statement, position) => ({
        itemId: statement.id,
        value: values[(index + position) % values.length] ?? 'partly',
      }));
      for (const [position, rating] of ratings.entries()) {
        const base = {
          personId,
          frameworkId: options.frameworkId,
          itemId: rating.itemId,
          updatedAt: iso(now - ((position * 7) % 300) * day),
        };
        tx.objectStore('ratingsByRater').put({ ...base, rater: 'self', value: rating.value });
        if (position % 2 === 0)
          tx.objectStore('ratingsByRater').put({ ...base, rater: 'manager', value: values[(index + position + 1) % values.length] });
        if (position % 10 === 0)
          tx.objectStore('ratingsByRater').put({ ...base, rater: 'agreed', value: rating.value, note: 'Agreed in a 1:1.' });
      }
      for (let week = 0; week < options.weeks; week += 1) {
        const taken = now - (options.weeks - week) * 7 * day;
        const snapshotId = `${personId}-week-${week}`;
        tx.objectStore('snapshots').put({
          id: snapshotId,
          personId,
          takenAt: iso(taken),
          date: date(taken),
          trigger: 'automatic',
          frameworkId: options.frameworkId,
          frameworkVersion: '1',
          trackId: options.trackId,
          currentLevelId: current,
          summary: { share: Math.min(1, week / options.weeks), rated: 20, total: 20 },
        });
        tx.objectStore('snapshotRatings').put({ snapshotId, personId, ratings });
      }
      for (let fortnight = 0; fortnight < 26; fortnight += 1) {
        const held = now - (25 - fortnight) * 14 * day + 7 * day;
        tx.objectStore('meetings').put({
          id: `${personId}-meeting-${fortnight}`,
          personId,
          date: date(held),
          talkingPoints: 'How the quarter is going; what to take on next.',
          decisions: '',
          actions: [
            {
              id: `${personId}-meeting-${fortnight}-a`,
              text: 'Pair on the next design review',
              owner: 'me',
              dueDate: date(held + 10 * day),
              done: fortnight < 24,
            },
            { id: `${personId}-meeting-${fortnight}-b`, text: 'Book the training', owner: 'manager', done: true },
          ],
          private: false,
          createdAt: iso(held),
          updatedAt: iso(held),
        });
      }
      for (let goal = 0; goal < 3; goal += 1) {
        tx.objectStore('goals').put({
          id: `${personId}-goal-${goal}`,
          personId,
          frameworkId: options.frameworkId,
          title: `Close the gap in skill area ${goal + 1}`,
          itemIds: [],
          owner: 'me',
          status: goal === 2 ? 'done' : 'in-progress',
          actions: [
            { id: `${personId}-goal-${goal}-a`, text: 'Write it up', owner: 'me', dueDate: date(now + (goal - 1) * 20 * day), done: false },
          ],
          evidenceIds: [],
          order: goal,
          archived: false,
          createdAt: created,
          updatedAt: created,
        });
      }
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
  return ids;
}
