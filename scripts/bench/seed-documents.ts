/**
 * Runs in the page: a report with ratings, goals with actions, evidence and 1:1 notes, written straight
 * into the app's IndexedDB — the documents' benchmark subject. On the bundled Frontend track (seed size)
 * or on a generated 1,000-statement level, with as many goals and evidence entries as asked for.
 */
export interface DocumentsPersonSeed {
  personId: string;
  name: string;
  frameworkId: string;
  trackId: string;
  currentLevelId: string;
  /** The target level's statements: rated, and what goals and evidence are about. */
  statementIds: string[];
  goalCount: number;
  evidenceCount: number;
}

export async function seedDocumentsPerson(seed: DocumentsPersonSeed): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('waymark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const { personId, frameworkId, statementIds } = seed;
  const statement = (index: number) => statementIds[index % statementIds.length] ?? '';
  const now = new Date().toISOString();
  const tx = db.transaction(['people', 'ratingsByRater', 'goals', 'evidence', 'meetings'], 'readwrite');
  tx.objectStore('people').put({
    id: personId,
    name: seed.name,
    relationship: 'report',
    target: { frameworkId, trackId: seed.trackId },
    currentLevelId: seed.currentLevelId,
    expectedProficiency: 3,
    notes: '',
    createdAt: now,
    updatedAt: now,
  });
  const values = ['consistently', 'partly', 'not-yet', 'consistently'] as const;
  statementIds.forEach((itemId, index) => {
    const note = index % 3 === 0 ? `Note on ${itemId}: what shows it so far.` : undefined;
    tx.objectStore('ratingsByRater').put({
      personId,
      frameworkId,
      rater: 'self',
      itemId,
      value: values[index % values.length],
      note,
      updatedAt: now,
    });
  });
  for (let entry = 1; entry <= seed.evidenceCount; entry += 1) {
    tx.objectStore('evidence').put({
      id: `${personId}-evidence-${entry}`,
      personId,
      date: `2026-${String((entry % 12) + 1).padStart(2, '0')}-10`,
      title: `Evidence ${entry}: shipped the change`,
      text: `Shipped the change and wrote it up for the team (${entry}).`,
      link: entry % 2 ? `https://example.com/changes/${entry}` : undefined,
      frameworkId,
      itemIds: [statement(entry - 1), statement(entry * 7)],
      createdAt: now,
    });
  }
  for (let goal = 1; goal <= seed.goalCount; goal += 1) {
    tx.objectStore('goals').put({
      id: `${personId}-goal-${goal}`,
      personId,
      frameworkId,
      title: `Goal ${goal}: close the gap on skill ${goal}`,
      itemIds: [statement(goal - 1)],
      owner: goal % 2 ? 'me' : 'manager',
      dueDate: `2026-${String((goal % 9) + 3).padStart(2, '0')}-15`,
      status: 'in-progress',
      actions: [1, 2, 3].map((action) => ({
        id: `a-${goal}-${action}`,
        text: `Action ${action} of goal ${goal}`,
        owner: 'me',
        dueDate: '2026-06-30',
        done: action === 1,
      })),
      evidenceIds: goal <= seed.evidenceCount ? [`${personId}-evidence-${goal}`] : [],
      order: goal,
      archived: false,
      createdAt: now,
      updatedAt: now,
    });
  }
  for (const [index, date] of ['2026-09-01', '2026-10-01', '2026-11-01'].entries()) {
    tx.objectStore('meetings').put({
      id: `${personId}-meeting-${index}`,
      personId,
      date,
      talkingPoints: `Talking point ${index}\nAnother point`,
      decisions: `Decision ${index}`,
      actions: [{ id: `m-${index}`, text: `Follow-up ${index}`, owner: 'manager', done: false }],
      private: index === 1,
      createdAt: now,
      updatedAt: now,
    });
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return personId;
}
