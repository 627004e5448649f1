/**
 * Import timings: a generated spreadsheet of 60,000 statements (about 5 MB, accented and non-Latin
 * text) chosen in the file picker, until its preview is shown; then from the click on Import until
 * its career map is shown to its last row; with the longest main-thread task meanwhile (the Long Tasks API reports
 * tasks over 50 ms). Also how long Cancel takes to stop a read in progress.
 */
import type { Page } from '@playwright/test';

/** A CSV of `statements` rows: 12 tracks of 10 levels, 50 areas each, as a spreadsheet program writes it. */
export function generatedImportCsv(statements = 60_000): string {
  const header = 'Framework,Track,Level,Level label,Category,Skill area,Statement';
  const words = ['délivre', 'reviews', 'conçoit', 'mentors', 'проектирует', 'owns', 'améliore', 'measures', '設計する', 'leads'];
  const rows: string[] = [header];
  for (let index = 0; index < statements; index += 1) {
    const track = Math.floor(index / 5000) + 1;
    const level = Math.floor((index % 5000) / 500) + 1;
    const area = (index % 50) + 1;
    const text = `${words[index % words.length]} “${area}”, niv. ${level} — ${index + 1} 🚀`;
    rows.push(`Bench import,Track ${track},L${level},Level ${level},skill,Area ${area},"${text}"`);
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

async function startLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const store = window as unknown as { benchLongTasks: number[]; benchObserver?: PerformanceObserver };
    store.benchLongTasks = [];
    store.benchObserver?.disconnect();
    store.benchObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.benchLongTasks.push(entry.duration);
    });
    store.benchObserver.observe({ type: 'longtask', buffered: false });
  });
}

async function longestTask(page: Page): Promise<number> {
  // Let the observer deliver the last entries before reading them.
  await page.waitForTimeout(100);
  return page.evaluate(() => Math.max(0, ...(window as unknown as { benchLongTasks: number[] }).benchLongTasks));
}

async function choose(page: Page, name: string, csv: Buffer): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a framework…' }).click();
  await (await choosing).setFiles({ name, mimeType: 'text/csv', buffer: csv });
}

export interface ImportTimings {
  bytes: number;
  previewMs: number;
  previewLongestTaskMs: number;
  importMs: number;
  importLongestTaskMs: number;
  cancelMs: number;
}

export async function measureImport(page: Page, origin: string): Promise<ImportTimings> {
  const csv = Buffer.from(generatedImportCsv(), 'utf8');
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'Import a framework…' }).waitFor({ timeout: 30_000 });

  // Cancel: a read in progress stops, and nothing is shown or stored.
  await choose(page, 'bench-cancel.csv', csv);
  const reading = page.getByRole('dialog', { name: 'Reading bench-cancel.csv…' });
  await reading.waitFor({ timeout: 30_000 });
  const cancelStart = Date.now();
  await reading.getByRole('button', { name: 'Cancel' }).click();
  await reading.waitFor({ state: 'detached', timeout: 30_000 });
  const cancelMs = Date.now() - cancelStart;

  const previewStart = Date.now();
  await choose(page, 'bench-import.csv', csv);
  // Counted once the file is handed over: Playwright builds the chosen file inside the page, a long
  // task of its own that a person's file picker does not cause.
  await startLongTasks(page);
  const preview = page.getByRole('dialog', { name: 'Import Bench import?' });
  await preview.getByRole('button', { name: 'Import', exact: true }).waitFor({ timeout: 120_000 });
  const previewMs = Date.now() - previewStart;
  const previewLongestTaskMs = await longestTask(page);

  await startLongTasks(page);
  const importStart = Date.now();
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  // Looked for in the DOM alone: finding the map's heading and rows by role would compute the styles
  // of the whole map in the page, long tasks of the probe's own. A big map is drawn a few rows at a
  // time: it is shown once its last row is.
  await page.locator('main h1', { hasText: /^Track 1 career map$/ }).waitFor({ state: 'attached', timeout: 120_000 });
  await page.locator('.matrix th[scope=row]', { hasText: /^Area 50$/ }).waitFor({ state: 'attached', timeout: 120_000 });
  const importMs = Date.now() - importStart;
  const importLongestTaskMs = await longestTask(page);
  return { bytes: csv.length, previewMs, previewLongestTaskMs, importMs, importLongestTaskMs, cancelMs };
}
