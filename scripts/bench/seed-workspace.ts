/**
 * Runs in the page: writes a person mapped against the generated framework, their ratings, and 260
 * weekly snapshots straight into the app's IndexedDB (after the app has created it), the way years of
 * use would leave it.
 */
export interface SeedOptions {
  frameworkId: string;
  trackId: string;
  currentLevelId: string;
  /** Item ids rated in every snapshot. */
  ratedItemIds: string[];
  targetLevelId: string;
  targetTotal: number;
  weeks: number;
}

export async function seedWorkspace(options: SeedOptions): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('waymark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const tx = db.transaction(['people', 'snapshots', 'snapshotRatings'], 'readwrite');
  const people = tx.objectStore('people');
  const all = await new Promise<{ id: string; relationship: string }[]>((resolve) => {
    const request = people.getAll();
    request.onsuccess = () => resolve(request.result);
  });
  const me = all.find((person) => person.relationship === 'me');
  if (!me) throw new Error('the app has not created "me" yet');
  const now = new Date();
  people.put({
    ...me,
    name: 'Benchmark',
    target: { frameworkId: options.frameworkId, trackId: options.trackId },
    currentLevelId: options.currentLevelId,
    updatedAt: now.toISOString(),
  });
  const values = ['not-yet', 'partly', 'consistently'] as const;
  for (let week = 0; week < options.weeks; week += 1) {
    const taken = new Date(now.getTime() - (options.weeks - week) * 7 * 24 * 3600 * 1000);
    const ratings = options.ratedItemIds.map((itemId, index) => ({ itemId, value: values[(index + week) % 3] }));
    tx.objectStore('snapshots').put({
      id: `bench-${week}`,
      personId: me.id,
      takenAt: taken.toISOString(),
      date: taken.toISOString().slice(0, 10),
      trigger: week % 4 === 0 ? 'manual' : 'automatic',
      frameworkId: options.frameworkId,
      frameworkVersion: '1',
      trackId: options.trackId,
      currentLevelId: options.currentLevelId,
      targetLevelId: options.targetLevelId,
      summary: {
        targetLevelId: options.targetLevelId,
        share: Math.min(1, week / options.weeks),
        rated: options.targetTotal,
        total: options.targetTotal,
      },
    });
    tx.objectStore('snapshotRatings').put({ snapshotId: `bench-${week}`, personId: me.id, ratings });
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return me.id;
}
