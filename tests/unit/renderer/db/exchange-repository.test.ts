/**
 * Assessments exchanged by file between two workspaces — a person's own and their manager's — through
 * the real file format and the real import: who is matched, what changes, what is refused, and (by
 * property) that no sequence of exports and imports ever loses a rating.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildExchangeContent,
  changedFileMessage,
  contentText,
  parseExchangeContent,
  plainExchangeFile,
  readExchangeFile,
  sealedExchangeFile,
  type ExchangeContent,
} from '../../../../shared/exchange/exchange-file';
import { linkedPerson } from '../../../../shared/exchange/merge-exchange';
import type { ExchangeKind, Person, Rater, Rating, RatingValue } from '../../../../shared/workspace/schema';
import { evidenceFor, addEvidence } from '../../../../renderer/db/evidence-repository';
import { checksumOf, openSealed, sealContent } from '../../../../renderer/db/exchange-sealing';
import { importAssessment, previewImport } from '../../../../renderer/db/exchange-repository';
import { createPerson, ensureMe, listPeople } from '../../../../renderer/db/people-repository';
import { ratingsFor, saveRating } from '../../../../renderer/db/ratings-repository';
import type { WorkspaceDatabase } from '../../../../renderer/db/workspace-database';
import { loadCareerMap } from '../../resources/seed-data';
import { careerMapId, openTestDatabase } from './workspace-test-database';

const map = loadCareerMap();
const items = ['frontend.L5.experience.1', 'frontend.L5.skill.1', 'frontend.L5.skill.2', 'frontend.L5.skill.3'];
const target = { frameworkId: careerMapId, trackId: 'frontend' };

/** Her own workspace (she is "me") and her manager's (she is a report there). */
async function twoWorkspaces() {
  const hers = await openTestDatabase();
  const me = await ensureMe(hers);
  await hers.people.put({ ...me, name: 'Priya Natarajan', target, currentLevelId: 'L4' });
  const managers = await openTestDatabase();
  await ensureMe(managers);
  return { hers, managers, herId: me.id };
}

async function fileFrom(db: WorkspaceDatabase, personId: string, kind: ExchangeKind, now: Date, includeEvidence = false): Promise<string> {
  const person = (await listPeople(db)).find((candidate) => candidate.id === personId);
  if (!person) throw new Error('no such person');
  const content = buildExchangeContent({
    kind,
    person,
    framework: map,
    ratings: await ratingsFor(db, personId, careerMapId),
    evidence: await evidenceFor(db, personId),
    includeEvidence,
    now,
  });
  return plainExchangeFile(content, await checksumOf(contentText(content)));
}

/** What the import screen does with a file's text before the preview. */
async function contentOf(fileName: string, text: string): Promise<ExchangeContent> {
  const read = readExchangeFile(fileName, text);
  if (!read.ok) throw new Error(read.message);
  if (read.kind !== 'plain') throw new Error('expected a plain file');
  if ((await checksumOf(read.contentText)) !== read.checksum) throw new Error(changedFileMessage(fileName));
  const parsed = parseExchangeContent(fileName, read.contentText);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.content;
}

function byKey(ratings: readonly Rating[]) {
  return new Map(ratings.map((rating) => [`${rating.rater}|${rating.itemId}`, rating]));
}

describe('exchanging an assessment by file', () => {
  it('takes a self-assessment in for a new person, then sends the review back to her own workspace', async () => {
    const { hers, managers, herId } = await twoWorkspaces();
    await saveRating(hers, {
      personId: herId,
      frameworkId: careerMapId,
      itemId: items[0] ?? '',
      value: 'consistently',
      note: 'Five years.',
    });
    await saveRating(hers, { personId: herId, frameworkId: careerMapId, itemId: items[1] ?? '', value: 'partly' });
    await addEvidence(hers, {
      personId: herId,
      frameworkId: careerMapId,
      date: '2026-11-02',
      text: 'Ran the threat model.',
      itemIds: [items[1] ?? ''],
    });
    const selfFile = await contentOf('self.json', await fileFrom(hers, herId, 'self-assessment', new Date('2026-11-20T09:00:00Z'), true));

    const preview = await previewImport(managers, selfFile, { newPerson: { name: 'Priya Natarajan', relationship: 'report' } });
    expect(preview.plan.added).toHaveLength(2);
    expect(preview.plan.evidenceAdded).toHaveLength(1);
    const priya = await importAssessment(
      managers,
      selfFile,
      { newPerson: { name: 'Priya Natarajan', relationship: 'report' } },
      'self.json',
    );
    expect(priya).toMatchObject({ name: 'Priya Natarajan', relationship: 'report', target, currentLevelId: 'L4', linkedIds: [herId] });
    expect((await ratingsFor(managers, priya.id, careerMapId)).map((rating) => rating.rater)).toEqual(['self', 'self']);
    expect(await evidenceFor(managers, priya.id)).toMatchObject([{ text: 'Ran the threat model.' }]);

    await saveRating(managers, {
      personId: priya.id,
      frameworkId: careerMapId,
      rater: 'manager',
      itemId: items[1] ?? '',
      value: 'not-yet',
    });
    await saveRating(managers, {
      personId: priya.id,
      frameworkId: careerMapId,
      rater: 'agreed',
      itemId: items[1] ?? '',
      value: 'partly',
      note: 'Agreed.',
    });
    const review = await contentOf('review.json', await fileFrom(managers, priya.id, 'review', new Date('2026-11-24T09:00:00Z')));

    // Her own workspace finds her by the id the manager's workspace learnt from her file.
    expect(linkedPerson(await listPeople(hers), review)?.id).toBe(herId);
    await importAssessment(hers, review, { personId: herId }, 'review.json');
    const mine = byKey(await ratingsFor(hers, herId, careerMapId));
    expect(mine.get(`manager|${items[1]}`)?.value).toBe('not-yet');
    expect(mine.get(`agreed|${items[1]}`)).toMatchObject({ value: 'partly', note: 'Agreed.' });
    expect(mine.get(`self|${items[0]}`)).toMatchObject({ value: 'consistently', note: 'Five years.' });
  });

  it('never lets a self-assessment touch what the manager wrote, and refuses an older file with nothing changed', async () => {
    const { hers, managers, herId } = await twoWorkspaces();
    await saveRating(
      hers,
      { personId: herId, frameworkId: careerMapId, itemId: items[0] ?? '', value: 'partly' },
      new Date('2026-11-01T09:00:00Z'),
    );
    const older = await contentOf('a.json', await fileFrom(hers, herId, 'self-assessment', new Date('2026-11-01T10:00:00Z')));
    await saveRating(
      hers,
      { personId: herId, frameworkId: careerMapId, itemId: items[0] ?? '', value: 'consistently' },
      new Date('2026-11-10T09:00:00Z'),
    );
    const newer = await contentOf('b.json', await fileFrom(hers, herId, 'self-assessment', new Date('2026-11-10T10:00:00Z')));

    const priya = await importAssessment(managers, newer, { newPerson: { name: 'Priya', relationship: 'report' } }, 'b.json');
    await saveRating(managers, {
      personId: priya.id,
      frameworkId: careerMapId,
      rater: 'manager',
      itemId: items[0] ?? '',
      value: 'not-yet',
    });
    const before = await ratingsFor(managers, priya.id, careerMapId);

    const preview = await previewImport(managers, older, { personId: priya.id });
    expect(preview.freshness).toBe('older');
    await expect(importAssessment(managers, older, { personId: priya.id }, 'a.json')).rejects.toThrow(
      /older than Priya’s self-assessment already taken in.*Nothing was changed/,
    );
    expect(await ratingsFor(managers, priya.id, careerMapId)).toEqual(before);
    expect(byKey(before).get(`manager|${items[0]}`)?.value).toBe('not-yet');
    expect(byKey(before).get(`self|${items[0]}`)?.value).toBe('consistently');
  });

  it('refuses a tampered, truncated or foreign file, and a sealed one with the wrong passphrase', async () => {
    const { hers, herId } = await twoWorkspaces();
    await saveRating(hers, { personId: herId, frameworkId: careerMapId, itemId: items[0] ?? '', value: 'partly' });
    const text = await fileFrom(hers, herId, 'self-assessment', new Date('2026-11-20T09:00:00Z'));

    await expect(contentOf('x.json', text.replace('"partly"', '"consistently"'))).rejects.toThrow(
      /was changed or damaged after it was exported/,
    );
    expect(readExchangeFile('x.json', text.slice(0, text.length / 2))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/cut short/),
    });
    expect(readExchangeFile('x.json', '{"format": "waymark-backup", "formatVersion": 2}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/is not a Waymark assessment file/),
    });
    expect(readExchangeFile('x.json', '{"format": "waymark-assessment", "formatVersion": 7}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/newer Waymark \(assessment format 7\)/),
    });
    const review = { ...(await contentOf('x.json', text)), kind: 'review' };
    expect(parseExchangeContent('x.json', JSON.stringify(review))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/does not carry self ratings/),
    });

    const content = await contentOf('x.json', text);
    const sealedText = sealedExchangeFile(await sealContent(content, 'correct horse battery', 1000));
    expect(sealedText).not.toContain('Priya');
    const sealed = readExchangeFile('x.json', sealedText);
    if (!sealed.ok || sealed.kind !== 'sealed') throw new Error('expected a sealed file');
    expect(await openSealed(sealed.sealed, 'wrong horse battery')).toBeNull();
    // One character changed (random salt and nonce: the data may already start with "A").
    const changed = sealed.sealed.data.startsWith('A') ? 'B' : 'A';
    const tampered = { ...sealed.sealed, data: `${changed}${sealed.sealed.data.slice(1)}` };
    expect(await openSealed(tampered, 'correct horse battery')).toBeNull();
    const opened = await openSealed(sealed.sealed, 'correct horse battery');
    expect(opened === null ? null : parseExchangeContent('x.json', opened)).toEqual({ ok: true, content });
  });
});

// ---------------------------------------------------------------- the property

type Step =
  | { kind: 'she-rates'; item: number; value: RatingValue }
  | { kind: 'manager-rates'; rater: Rater; item: number; value: RatingValue }
  | { kind: 'she-exports' }
  | { kind: 'manager-exports' }
  | { kind: 'manager-imports'; file: number }
  | { kind: 'she-imports'; file: number };

const value = fc.constantFrom<RatingValue>('not-yet', 'partly', 'consistently', 'not-applicable');
// Two statements only, so raters and files often meet on the same one.
const item = fc.nat({ max: 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('she-rates' as const), item, value }),
  fc.record({ kind: fc.constant('manager-rates' as const), rater: fc.constantFrom<Rater>('self', 'manager', 'agreed'), item, value }),
  fc.constant({ kind: 'she-exports' as const }),
  fc.constant({ kind: 'manager-exports' as const }),
  fc.record({ kind: fc.constant('manager-imports' as const), file: fc.nat() }),
  fc.record({ kind: fc.constant('she-imports' as const), file: fc.nat() }),
);

/** Every rating, by rater and item; each must survive, or be replaced by a later one of the same rater. */
function assertNothingLost(before: Map<string, Rating>, after: Map<string, Rating>) {
  for (const [key, rating] of before) {
    const now = after.get(key);
    expect(now, `the rating ${key} was lost`).toBeDefined();
    expect(Date.parse(now?.updatedAt ?? '') >= Date.parse(rating.updatedAt), `${key} went back in time`).toBe(true);
  }
}

describe('any sequence of exports and imports', () => {
  it('never loses a rating, and a file taken in leaves every rating it carries at least as new', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 24, size: 'max' }), async (steps) => {
        const { hers, managers, herId } = await twoWorkspaces();
        let clock = Date.parse('2026-11-01T09:00:00Z');
        const tick = () => new Date((clock += 60_000));
        const files: { from: 'her' | 'manager'; text: string }[] = [];
        let priyaAtManager: Person = await createPerson(managers, { name: 'Priya', relationship: 'report', target });
        const at = async (db: WorkspaceDatabase, personId: string) => byKey(await ratingsFor(db, personId, careerMapId));

        for (const entry of steps) {
          const before = { hers: await at(hers, herId), managers: await at(managers, priyaAtManager.id) };
          switch (entry.kind) {
            case 'she-rates':
              await saveRating(
                hers,
                { personId: herId, frameworkId: careerMapId, itemId: items[entry.item] ?? '', value: entry.value },
                tick(),
              );
              break;
            case 'manager-rates':
              await saveRating(
                managers,
                {
                  personId: priyaAtManager.id,
                  frameworkId: careerMapId,
                  rater: entry.rater,
                  itemId: items[entry.item] ?? '',
                  value: entry.value,
                },
                tick(),
              );
              break;
            case 'she-exports':
              files.push({ from: 'her', text: await fileFrom(hers, herId, 'self-assessment', tick()) });
              break;
            case 'manager-exports':
              files.push({ from: 'manager', text: await fileFrom(managers, priyaAtManager.id, 'review', tick()) });
              break;
            case 'manager-imports':
            case 'she-imports': {
              const file = files[entry.file % Math.max(1, files.length)];
              if (!file) break;
              const content = await contentOf('file.json', file.text);
              const [db, personId] = entry.kind === 'manager-imports' ? [managers, priyaAtManager.id] : [hers, herId];
              const preview = await previewImport(db, content, { personId });
              if (preview.freshness === 'older' || preview.freshness === 'same') {
                await expect(importAssessment(db, content, { personId }, 'file.json', tick())).rejects.toThrow(/Nothing was changed/);
                break;
              }
              const person = await importAssessment(db, content, { personId }, 'file.json', tick());
              if (entry.kind === 'manager-imports') priyaAtManager = person;
              const now = await at(db, personId);
              for (const carried of content.ratings) {
                const held = now.get(`${carried.rater}|${carried.itemId}`);
                expect(held && Date.parse(held.updatedAt) >= Date.parse(carried.updatedAt)).toBe(true);
              }
            }
          }
          assertNothingLost(before.hers, await at(hers, herId));
          assertNothingLost(before.managers, await at(managers, priyaAtManager.id));
        }
        hers.close();
        managers.close();
      }),
      { numRuns: 40 },
    );
  });
});
