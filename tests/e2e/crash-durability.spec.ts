/**
 * Pulling the plug: a persistent browser profile is killed in the middle of a burst of writes, then
 * opened again. The workspace must open, and every transaction must be whole or absent — never half
 * applied (each snapshot with its frozen ratings, no frozen ratings without their snapshot).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { close, kill, launch, reopen } from './killable-browser';
import { PersonPage } from './pages/person-page';

interface Counts {
  snapshots: string[];
  frozen: string[];
  people: number;
}

async function readCounts(page: Page): Promise<Counts> {
  return page.evaluate(
    () =>
      new Promise<Counts>((resolve, reject) => {
        const request = indexedDB.open('waymark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['snapshots', 'snapshotRatings', 'people'], 'readonly');
          const keys = (store: string) =>
            new Promise<string[]>((done) => {
              const all = tx.objectStore(store).getAllKeys();
              all.onsuccess = () => done(all.result.map(String));
            });
          const people = new Promise<number>((done) => {
            const count = tx.objectStore('people').count();
            count.onsuccess = () => done(count.result);
          });
          void Promise.all([keys('snapshots'), keys('snapshotRatings'), people]).then(([snapshots, frozen, count]) => {
            db.close();
            resolve({ snapshots: snapshots.sort(), frozen: frozen.sort(), people: count });
          });
        };
      }),
  );
}

test('a browser killed during a burst of writes reopens with every transaction whole or absent', async ({ baseURL }) => {
  test.slow();
  const profile = await mkdtemp(join(tmpdir(), 'waymark-crash-'));
  const first = await launch(profile, baseURL ?? '/');
  const { page } = first;
  const person = new PersonPage(page);
  await person.setUp({ framework: 'Career map: Infrastructure and Frontend — Frontend', current: 'L4' });
  await person.rate('More then 4 years of frontend development experience.', 'Consistently');
  await person.openTab('History');
  await person.main.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(person.main.getByRole('region', { name: 'Snapshots' }).locator('tbody tr').first()).toBeVisible();

  // A burst: many snapshot transactions (snapshot + frozen ratings each) queued at once, not awaited.
  void page
    .evaluate(() => {
      const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Take snapshot');
      for (let index = 0; index < 200; index += 1) button?.click();
    })
    .catch(() => undefined);
  await page.waitForTimeout(300);
  await kill(first);

  const second = await reopen(profile, baseURL ?? '/');
  try {
    const { page: reopened, errors } = second;
    const counts = await readCounts(reopened);
    expect(counts.people).toBe(1);
    expect(counts.snapshots.length).toBeGreaterThan(0);
    expect(counts.frozen).toEqual(counts.snapshots);
    expect(errors).toEqual([]);
  } finally {
    await close(second);
    await rm(profile, { recursive: true, force: true });
  }
});
