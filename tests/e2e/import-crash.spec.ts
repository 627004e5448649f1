/**
 * Pulling the plug during an import: a persistent browser profile is killed while a framework of
 * 20,000 statements is being stored, then opened again. The workspace must open, and the framework
 * must be there whole — every statement — or not at all; never in part.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { importCsv } from '../../scripts/bench/bench-import';
import { close, kill, launch, reopen } from './killable-browser';

const statements = 20_000;

/** Every stored version of the imported framework, with how many statements it holds. */
function storedVersions(page: Page): Promise<{ revision: number; statements: number }[]> {
  return page.evaluate(
    () =>
      new Promise<{ revision: number; statements: number }[]>((resolve, reject) => {
        const request = indexedDB.open('waymark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction('importedFrameworks', 'readonly').objectStore('importedFrameworks').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            const rows = all.result as { revision: number; framework: { tracks: { levels: { statements: unknown[] }[] }[] } }[];
            resolve(
              rows.map((row) => ({
                revision: row.revision,
                statements: row.framework.tracks.flatMap((track) => track.levels).reduce((sum, level) => sum + level.statements.length, 0),
              })),
            );
          };
        };
      }),
  );
}

// The write takes about 150–200 ms here after the click: kills before, around and after it.
for (const delay of [0, 150, 180, 250]) {
  test(`a browser killed ${delay} ms into storing a large import reopens with the framework whole or absent`, async ({ baseURL }) => {
    test.slow();
    const profile = await mkdtemp(join(tmpdir(), 'waymark-import-crash-'));
    const first = await launch(profile, baseURL ?? '/');
    try {
      const { page } = first;
      const choosing = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import a framework…' }).click();
      await (await choosing).setFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(importCsv(statements), 'utf8') });
      const preview = page.getByRole('dialog', { name: 'Import Bench import?' });
      await preview.getByRole('button', { name: 'Import', exact: true }).click();
      await page.waitForTimeout(delay);
      await kill(first);
    } catch (error) {
      await kill(first);
      throw error;
    }

    const second = await reopen(profile, baseURL ?? '/');
    try {
      const { page: reopened, errors } = second;
      const stored = await storedVersions(reopened);
      expect([[], [{ revision: 1, statements }]]).toContainEqual(stored);
      const offered = reopened.getByRole('navigation', { name: 'Frameworks' });
      if (stored.length === 0) await expect(offered).not.toContainText('Platform');
      else await expect(offered).toContainText('Platform');
      expect(errors).toEqual([]);
    } finally {
      await close(second);
      await rm(profile, { recursive: true, force: true });
    }
  });
}
