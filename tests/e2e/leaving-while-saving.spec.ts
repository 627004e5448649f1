/**
 * A change still being written when the tab is closed or reloaded: the browser asks first, the header
 * says "Saving…", and once the write is through, leaving asks nothing and the change is there.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';

const frontend = 'Career map: Infrastructure and Frontend — Frontend';
const security = 'Awareness of common vulnerabilities';

/** Another connection holds every table of the workspace in a write of its own, so the app's next write waits behind it. */
async function holdTheWorkspace(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((held, failed) => {
        const opening = indexedDB.open('waymark');
        opening.onerror = () => failed(new Error('could not open the workspace'));
        opening.onsuccess = () => {
          const db = opening.result;
          const transaction = db.transaction([...db.objectStoreNames], 'readwrite');
          const store = transaction.objectStore(db.objectStoreNames[0] ?? '');
          const holder = window as unknown as { releaseWorkspace?: boolean };
          holder.releaseWorkspace = false;
          // A transaction stays open while it has requests: ask again until released.
          const keepBusy = () => {
            if (!holder.releaseWorkspace) store.count().onsuccess = keepBusy;
          };
          keepBusy();
          transaction.oncomplete = () => db.close();
          held();
        };
      }),
  );
}

test('asks before the tab is left while a change is being written, and not once it is saved', async ({ waymark, page }) => {
  const person = new PersonPage(page);
  await waymark.open();
  await person.setUp({ framework: frontend, current: 'L4' });
  // The setup is written before the workspace is held: held first, it would wait behind the hold.
  await expect(person.row(security)).toBeVisible();
  await expect(page.getByRole('banner')).not.toContainText('Saving…');
  await holdTheWorkspace(page);
  await person.rate(security, 'Partly');
  await expect(person.row(security)).toContainText('Not saved yet');
  await expect(page.getByRole('banner')).toContainText('Saving…');

  // Closing the tab now: the browser asks; staying keeps the page and its change.
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);

  await page.evaluate(() => ((window as unknown as { releaseWorkspace?: boolean }).releaseWorkspace = true));
  await expect(person.row(security)).not.toContainText('Not saved yet');
  await expect(page.getByRole('banner')).not.toContainText('Saving…');
  let askedAgain = false;
  page.on('dialog', (later) => {
    askedAgain = true;
    void later.accept();
  });
  await page.reload();
  expect(askedAgain).toBe(false);
  await expect(person.ratingOf(security)).toHaveText('Partly');
});
