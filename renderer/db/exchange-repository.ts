/**
 * Assessments exchanged by file, on the workspace's side: what a file would change for a person (the
 * preview), and taking it in — the person (chosen or created), the ratings of the file's raters, new
 * evidence, the link between the two workspaces' ids and the receipt that makes an older file
 * refusable — in one strict transaction, checked again inside it.
 */
import { freshness, linkedIdsAfter, planMerge, ratingsToWrite, type Freshness, type MergePlan } from '../../shared/exchange/merge-exchange';
import type { ExchangeContent } from '../../shared/exchange/exchange-file';
import { formatDate, localDate } from '../../shared/dates/local-date';
import {
  evidenceSchema,
  exchangeReceiptSchema,
  personSchema,
  ratingSchema,
  type ExchangeReceipt,
  type Person,
} from '../../shared/workspace/schema';
import { inOneStrictTransaction, loadInTransaction, type WorkspaceDatabase } from './workspace-database';
import { failSave, parseForSave, parseStored } from './workspace-error';

/** Who the file is taken in for: someone in the workspace, or a new person made from the file. */
export type ImportTarget = { personId: string } | { newPerson: Pick<Person, 'name' | 'relationship'> };

export interface ImportPreview {
  freshness: Freshness;
  receipt: ExchangeReceipt | undefined;
  plan: MergePlan;
}

async function readFor(db: WorkspaceDatabase, personId: string, content: ExchangeContent) {
  const action = 'the assessment file';
  const [ratings, evidence, receipt] = await Promise.all([
    db.ratingsByRater.where('[personId+frameworkId]').equals([personId, content.framework.id]).toArray(),
    // Evidence ids are unique across the workspace: an entry already here (with anyone) is not added twice.
    db.evidence.bulkGet(content.evidence.map((entry) => entry.id)),
    db.exchangeReceipts.get([personId, content.framework.id, content.kind]),
  ]);
  return {
    ratings: ratings.map((row) => parseStored(ratingSchema, row, action)),
    evidence: evidence.flatMap((row) => (row === undefined ? [] : [parseStored(evidenceSchema, row, action)])),
    receipt: receipt === undefined ? undefined : parseStored(exchangeReceiptSchema, receipt, action),
  };
}

export async function previewImport(db: WorkspaceDatabase, content: ExchangeContent, target: ImportTarget): Promise<ImportPreview> {
  // A new person has nothing yet; the evidence ids are still checked against the whole workspace.
  const personId = 'personId' in target ? target.personId : '';
  return loadInTransaction(db, [db.ratingsByRater, db.evidence, db.exchangeReceipts], 'the assessment file', async () => {
    const { ratings, evidence, receipt } = await readFor(db, personId, content);
    return { freshness: freshness(receipt, content.exportedAt), receipt, plan: planMerge(content, personId, ratings, evidence) };
  });
}

/** Why a file is not taken in for its freshness, or undefined when it may be. */
export function refusalFor(
  preview: Pick<ImportPreview, 'freshness' | 'receipt'>,
  content: ExchangeContent,
  name: string,
): string | undefined {
  const when = (iso: string) => formatDate(localDate(new Date(iso)));
  const what = content.kind === 'self-assessment' ? `${name}’s self-assessment` : `the review of ${name}`;
  if (preview.freshness === 'older' && preview.receipt) {
    return `This file is older than ${what} already taken in: it was exported on ${when(content.exportedAt)}, the one taken in on ${when(preview.receipt.exportedAt)}. Nothing was changed. Ask for the latest export.`;
  }
  if (preview.freshness === 'same') return `This file was already taken in for ${name}. Nothing was changed.`;
  return undefined;
}

/** Takes the file in; resolves to the person it was taken in for. */
export async function importAssessment(
  db: WorkspaceDatabase,
  content: ExchangeContent,
  target: ImportTarget,
  fileName: string,
  now = new Date(),
): Promise<Person> {
  const action = 'the assessment file';
  return inOneStrictTransaction(db, action, async (strict) => {
    const stamp = now.toISOString();
    let person: Person;
    if ('personId' in target) {
      const stored = await strict.people.get(target.personId);
      if (!stored) return failSave('The assessment was not taken in: that person is no longer in your workspace. Choose someone else.');
      person = parseStored(personSchema, stored, action);
    } else {
      person = parseForSave(
        personSchema,
        {
          id: crypto.randomUUID(),
          name: target.newPerson.name,
          relationship: target.newPerson.relationship,
          target: { frameworkId: content.framework.id, trackId: content.framework.trackId },
          currentLevelId: content.levels.currentLevelId,
          targetLevelId: content.levels.targetLevelId,
          createdAt: stamp,
          updatedAt: stamp,
        },
        action,
      );
    }
    const { ratings, evidence, receipt } = await readFor(strict, person.id, content);
    const refusal = refusalFor({ freshness: freshness(receipt, content.exportedAt), receipt }, content, person.name || 'this person');
    if (refusal) return failSave(refusal);
    const plan = planMerge(content, person.id, ratings, evidence);
    const linked: Person = { ...person, linkedIds: linkedIdsAfter(person, content), updatedAt: stamp };
    await strict.people.put(linked);
    await strict.ratingsByRater.bulkPut(ratingsToWrite(plan));
    await strict.evidence.bulkAdd(plan.evidenceAdded);
    await strict.exchangeReceipts.put(
      parseForSave(
        exchangeReceiptSchema,
        {
          personId: person.id,
          frameworkId: content.framework.id,
          kind: content.kind,
          exportedAt: content.exportedAt,
          importedAt: stamp,
          fileName,
        },
        action,
      ),
    );
    return linked;
  });
}
