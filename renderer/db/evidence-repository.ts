/**
 * Evidence: things that happened, dated, linked to the statements or components they support.
 */
import { Dexie } from 'dexie';
import { type Evidence, evidenceSchema } from '../../shared/workspace/schema';
import { loadInTransaction, saveInTransaction, type WorkspaceDatabase } from './workspace-database';
import { failSave, parseForSave, parseStored } from './workspace-error';

/** What a caller gives to record evidence; id and createdAt are the repository's. */
export type NewEvidence = Omit<Evidence, 'id' | 'createdAt'>;

export type EvidencePatch = Partial<Omit<Evidence, 'id' | 'personId' | 'createdAt'>>;

/** A person's evidence, newest first; evidence of the same day, most recently recorded first. */
export async function evidenceFor(db: WorkspaceDatabase, personId: string): Promise<Evidence[]> {
  const action = 'the evidence';
  const rows = await loadInTransaction(db, [db.evidence], action, () =>
    db.evidence.where('[personId+date]').between([personId, Dexie.minKey], [personId, Dexie.maxKey]).reverse().toArray(),
  );
  // The index orders by date, then by random id: break same-day ties by when they were recorded.
  return rows
    .map((row) => parseStored(evidenceSchema, row, action))
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}

export async function addEvidence(db: WorkspaceDatabase, input: NewEvidence, now = new Date()): Promise<Evidence> {
  const action = 'your evidence';
  const evidence = parseForSave(evidenceSchema, { ...input, id: crypto.randomUUID(), createdAt: now.toISOString() }, action);
  return saveInTransaction(db, [db.evidence], action, async () => {
    await db.evidence.add(evidence);
    return evidence;
  });
}

export async function updateEvidence(db: WorkspaceDatabase, id: string, patch: EvidencePatch): Promise<Evidence> {
  const action = 'your changes to the evidence';
  return saveInTransaction(db, [db.evidence], action, async () => {
    const existing = await db.evidence.get(id);
    if (!existing) {
      return failSave(
        'Your changes were not saved: this evidence is no longer in your workspace (it may have been removed). Reload and try again.',
      );
    }
    const evidence = parseForSave(
      evidenceSchema,
      { ...existing, ...patch, id, personId: existing.personId, createdAt: existing.createdAt },
      action,
    );
    await db.evidence.put(evidence);
    return evidence;
  });
}

export async function removeEvidence(db: WorkspaceDatabase, id: string): Promise<void> {
  await saveInTransaction(db, [db.evidence], 'the removal of this evidence', () => db.evidence.delete(id));
}
