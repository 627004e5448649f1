/**
 * Saving a person's record that may already exist (a goal, a 1:1 note), the one way: in one
 * transaction, a new record gets an id (or keeps the one chosen for it); an existing one keeps whose
 * it is and when it was created; every save stamps updatedAt; the result is checked before it is written.
 */
import type { Table } from 'dexie';
import type { z } from 'zod';
import { saveInTransaction, type WorkspaceDatabase } from './workspace-database';
import { parseForSave } from './workspace-error';

interface PersonRecord {
  id: string;
  personId: string;
  createdAt: string;
  updatedAt: string;
}

interface UpsertInput {
  id?: string | undefined;
  personId: string;
}

/**
 * `complete` adds what a kind of record works out inside the same transaction (a goal's place in the
 * plan), from the stored record if there is one and whose record it is. It returns Dexie's own promise
 * (or a plain value): awaiting a further native async function here lets the transaction commit early.
 */
export async function upsertRecord<Row extends PersonRecord>(
  db: WorkspaceDatabase,
  table: Table<Row, string>,
  schema: z.ZodType<Row>,
  input: UpsertInput,
  action: string,
  now: Date,
  complete: (existing: Row | undefined, personId: string) => PromiseLike<object> | object = () => ({}),
): Promise<Row> {
  return saveInTransaction(db, [table], action, async () => {
    const existing = input.id === undefined ? undefined : await table.get(input.id);
    const personId = existing?.personId ?? input.personId;
    const record = parseForSave(
      schema,
      {
        ...input,
        ...(await complete(existing, personId)),
        id: input.id ?? crypto.randomUUID(),
        personId,
        createdAt: existing?.createdAt ?? now.toISOString(),
        updatedAt: now.toISOString(),
      },
      action,
    );
    await table.put(record);
    return record;
  });
}
