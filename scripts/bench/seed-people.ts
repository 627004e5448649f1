/**
 * Runs in the page: fills the app's IndexedDB (after the app has created it) with `people` people —
 * you and your reports — each mapped against the generated framework with a year of use behind them:
 * ratings with notes, 52 weekly snapshots of their ratings, evidence, goals and 1:1 notes. About
 * 0.3 MB of backup per person, so 300 people make a backup of about 90 MB, as a coach's would be.
 */
export interface PeopleSeed {
  people: number;
  frameworkId: string;
  trackId: string;
  currentLevelId: string;
  targetLevelId: string;
  /** The statements each person rates (and each snapshot freezes). */
  itemIds: string[];
}

export async function seedPeople(seed: PeopleSeed): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('waymark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const stores = ['people', 'ratingsByRater', 'evidence', 'snapshots', 'snapshotRatings', 'goals', 'meetings'];
  const all = await new Promise<{ id: string; relationship: string; createdAt: string }[]>((resolve, reject) => {
    const request = db.transaction('people').objectStore('people').getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const me = all.find((person) => person.relationship === 'me');
  if (!me) throw new Error('the app has not created "me" yet');
  const values = ['not-yet', 'partly', 'consistently'] as const;
  const now = Date.now();
  const day = 24 * 3600 * 1000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const date = (ms: number) => iso(ms).slice(0, 10);
  const names = ['Zoë Ångström', 'Łukasz Żółć', 'Αλέξανδρος', 'Мария Иванова', 'Siobhán Ó Briain', 'José Ñúñez', 'Chloé 🚀'];
  // One transaction per person: small enough for the browser, and the seed is whole per person.
  for (let index = 0; index < seed.people; index += 1) {
    const personId = index === 0 ? me.id : `bench-person-${index}`;
    const tx = db.transaction(stores, 'readwrite');
    const store = (name: string) => tx.objectStore(name);
    store('people').put({
      id: personId,
      name: index === 0 ? 'Benchmark' : `${names[index % names.length]} ${index}`,
      relationship: index === 0 ? 'me' : index % 3 === 0 ? 'client' : 'report',
      target: { frameworkId: seed.frameworkId, trackId: seed.trackId },
      currentLevelId: seed.currentLevelId,
      targetLevelId: seed.targetLevelId,
      expectedProficiency: 3,
      notes: 'Wants to grow towards architecture; prefers written feedback. Prefiere notas por escrito.',
      createdAt: index === 0 ? me.createdAt : iso(now - 400 * day),
      updatedAt: iso(now),
    });
    seed.itemIds.forEach((itemId, item) => {
      store('ratingsByRater').put({
        personId,
        frameworkId: seed.frameworkId,
        rater: 'self',
        itemId,
        value: values[(item + index) % 3],
        ...(item % 10 === 0 ? { note: `Seen in the Q${(item % 4) + 1} incident review — « bien mené » ✓` } : {}),
        updatedAt: iso(now - (item % 300) * day),
      });
    });
    for (let week = 0; week < 52; week += 1) {
      const taken = now - (52 - week) * 7 * day;
      const snapshotId = `${personId}-week-${week}`;
      store('snapshots').put({
        id: snapshotId,
        personId,
        takenAt: iso(taken),
        date: date(taken),
        trigger: week % 4 === 0 ? 'manual' : 'automatic',
        frameworkId: seed.frameworkId,
        frameworkVersion: '1',
        trackId: seed.trackId,
        currentLevelId: seed.currentLevelId,
        targetLevelId: seed.targetLevelId,
        summary: { targetLevelId: seed.targetLevelId, share: week / 52, rated: seed.itemIds.length, total: seed.itemIds.length },
      });
      store('snapshotRatings').put({
        snapshotId,
        personId,
        ratings: seed.itemIds.map((itemId, item) => ({ itemId, value: values[(item + week) % 3] })),
      });
    }
    for (let entry = 0; entry < 12; entry += 1) {
      store('evidence').put({
        id: `${personId}-evidence-${entry}`,
        personId,
        date: date(now - entry * 30 * day),
        text: `Led the migration of service ${entry} to the new platform; wrote the runbook and trained two colleagues. 移行を主導した.`,
        frameworkId: seed.frameworkId,
        itemIds: seed.itemIds.slice(entry, entry + 3),
        createdAt: iso(now - entry * 30 * day),
      });
    }
    for (let goal = 0; goal < 4; goal += 1) {
      store('goals').put({
        id: `${personId}-goal-${goal}`,
        personId,
        frameworkId: seed.frameworkId,
        title: `Grow in area ${goal + 1}: lead a design review end to end`,
        itemIds: seed.itemIds.slice(goal * 2, goal * 2 + 2),
        owner: 'me',
        dueDate: date(now + (goal + 1) * 30 * day),
        status: goal === 0 ? 'done' : 'in-progress',
        actions: [
          { id: `${personId}-goal-${goal}-a1`, text: 'Book the review with the team', owner: 'me', done: goal === 0 },
          { id: `${personId}-goal-${goal}-a2`, text: 'Ask for written feedback afterwards', owner: 'manager', done: false },
        ],
        evidenceIds: [`${personId}-evidence-${goal}`],
        order: goal,
        archived: false,
        createdAt: iso(now - 200 * day),
        updatedAt: iso(now - goal * day),
      });
    }
    for (let meeting = 0; meeting < 24; meeting += 1) {
      store('meetings').put({
        id: `${personId}-meeting-${meeting}`,
        personId,
        date: date(now - meeting * 14 * day),
        talkingPoints: 'How the on-call rotation went; the promotion case; feedback from the last review. Урок: писать заранее.',
        decisions: 'Take the lead on the next incident review.',
        actions: [{ id: `${personId}-meeting-${meeting}-a1`, text: 'Draft the review agenda', owner: 'me', done: meeting > 0 }],
        private: meeting % 5 === 0,
        createdAt: iso(now - meeting * 14 * day),
        updatedAt: iso(now - meeting * 14 * day),
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
}
