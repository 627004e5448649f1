/**
 * Runs in the page: a report on the Frontend track of the bundled career map, with ratings, goals with
 * actions, evidence and 1:1 notes, written straight into the app's IndexedDB — the growth-plan and
 * 1:1 documents' benchmark subject.
 */
export async function seedDocumentsPerson(frameworkId: string): Promise<string> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('waymark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const personId = 'bench-documents-person';
  const now = new Date().toISOString();
  const tx = db.transaction(['people', 'ratingsByRater', 'goals', 'evidence', 'meetings'], 'readwrite');
  tx.objectStore('people').put({
    id: personId,
    name: 'Zoë Łukasz Дмитрий',
    relationship: 'report',
    target: { frameworkId, trackId: 'frontend' },
    currentLevelId: 'L4',
    expectedProficiency: 3,
    notes: '',
    createdAt: now,
    updatedAt: now,
  });
  const values = ['consistently', 'partly', 'not-yet', 'consistently'] as const;
  for (const [index, value] of values.entries()) {
    tx.objectStore('ratingsByRater').put({
      personId,
      frameworkId,
      rater: 'self',
      itemId: `frontend.L5.skill.${index + 1}`,
      value,
      updatedAt: now,
    });
  }
  for (let goal = 1; goal <= 4; goal += 1) {
    tx.objectStore('goals').put({
      id: `bench-goal-${goal}`,
      personId,
      frameworkId,
      title: `Goal ${goal}: close the gap on skill ${goal}`,
      itemIds: [`frontend.L5.skill.${goal}`],
      owner: goal % 2 ? 'me' : 'manager',
      dueDate: `2026-0${goal + 2}-15`,
      status: 'in-progress',
      actions: [1, 2, 3].map((action) => ({
        id: `a-${goal}-${action}`,
        text: `Action ${action} of goal ${goal}`,
        owner: 'me',
        dueDate: '2026-06-30',
        done: action === 1,
      })),
      evidenceIds: [`bench-evidence-${goal}`],
      order: goal,
      archived: false,
      createdAt: now,
      updatedAt: now,
    });
    tx.objectStore('evidence').put({
      id: `bench-evidence-${goal}`,
      personId,
      date: `2026-0${goal}-10`,
      text: `Evidence ${goal}: shipped the change and wrote it up.`,
      frameworkId,
      itemIds: [`frontend.L5.skill.${goal}`],
      createdAt: now,
    });
  }
  for (const [index, date] of ['2026-09-01', '2026-10-01', '2026-11-01'].entries()) {
    tx.objectStore('meetings').put({
      id: `bench-meeting-${index}`,
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
