import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, takeExpected, test } from './fixtures';
import { PersonPage } from './pages/person-page';
import { MeetingsPage } from './pages/plan-pages';
import type { WaymarkPage } from './pages/waymark-page';

// Dates are shown in the browser's locale; one locale keeps the expected text fixed.
test.use({ locale: 'en-GB' });

/** Me, with a 1:1 on 20 Feb 2026 (the 1:1s tab, and the team overview, show its date). */
async function withAMeeting(page: Page, waymark: WaymarkPage): Promise<{ person: PersonPage; meetings: MeetingsPage }> {
  await page.clock.install({ time: new Date('2026-02-24T15:00:00') });
  const person = new PersonPage(page);
  const meetings = new MeetingsPage(page);
  await waymark.open();
  await person.openTab('1:1s');
  await meetings.newMeeting('2026-02-20');
  await expect(meetings.entry('20 Feb 2026')).toBeVisible();
  return { person, meetings };
}

type Formatter = 'DateTimeFormat' | 'NumberFormat';

/** From now on, formatting with `formatter` throws `message`, until restoreFormatting. */
async function breakFormatting(page: Page, formatter: Formatter, message: string): Promise<void> {
  await page.evaluate(
    ({ formatter, message }) => {
      const prototype = Intl[formatter].prototype;
      const format = Object.getOwnPropertyDescriptor(prototype, 'format');
      Reflect.set(window, `restore${formatter}`, () => Object.defineProperty(prototype, 'format', format ?? {}));
      Object.defineProperty(prototype, 'format', {
        configurable: true,
        get() {
          throw new Error(message);
        },
      });
    },
    { formatter, message },
  );
}

async function restoreFormatting(page: Page, formatter: Formatter): Promise<void> {
  await page.evaluate((name) => void Reflect.get(window, `restore${name}`)(), formatter);
}

test('a screen whose code cannot be loaded says so in its place, and the rest of the window goes on working', async ({
  waymark,
  page,
  pageProblems,
}) => {
  await page.route(/\/assets\/backups-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await waymark.open();
  const people = page.getByRole('navigation', { name: 'People' });
  await people.getByRole('link', { name: 'Backups' }).click();
  const alert = waymark.main.getByRole('alert');
  // The message is the screen's heading, and focus lands on it as on any screen's.
  await expect(alert.getByRole('heading', { level: 1, name: 'This screen could not be loaded' })).toBeFocused();
  await expect(alert).toContainText('Nothing you entered is affected');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();

  // Another screen opens as usual, in place of the message.
  await waymark.openTrack('Frontend');
  await expect(waymark.main.getByRole('alert')).toHaveCount(0);
  expect(
    takeExpected(pageProblems, /backups-[^/]*\.js|status of 404|dynamically imported module|could not be loaded/).length,
  ).toBeGreaterThan(0);
});

test('a tab that breaks while drawing says so, keeps the person screen and the sidebar, and can be tried again', async ({
  waymark,
  page,
  pageProblems,
}) => {
  const { person, meetings } = await withAMeeting(page, waymark);
  await person.openTab('Profile');

  // Dates cannot be shown for a moment: the 1:1s tab, which shows one per entry, breaks while drawing.
  await breakFormatting(page, 'DateTimeFormat', 'dates are out of order');
  const tabs = person.main.getByRole('tablist', { name: 'Person views' });
  await tabs.getByRole('tab', { name: '1:1s', exact: true }).click();
  const alert = person.main.getByRole('alert');
  await expect(alert).toContainText('This tab stopped with an error: dates are out of order');
  await expect(alert).toContainText('What you saved is kept');
  // The rest of the window is still there and answers.
  await expect(person.main.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(waymark.sidebar.getByRole('link', { name: /^Frontend/ })).toBeVisible();

  // Another tab draws in its place; back on the 1:1s, the tab is drawn afresh (and breaks again).
  await tabs.getByRole('tab', { name: 'Profile', exact: true }).click();
  await expect(person.main.getByRole('alert')).toHaveCount(0);
  await tabs.getByRole('tab', { name: '1:1s', exact: true }).click();
  await expect(alert).toContainText('This tab stopped with an error');
  // Trying again while dates still fail: the message comes back, with focus on its button, not lost.
  const tryAgain = alert.getByRole('button', { name: 'Try again' });
  await tryAgain.click();
  await expect(tryAgain).toBeFocused();

  await restoreFormatting(page, 'DateTimeFormat');
  await tryAgain.click();
  await expect(meetings.entry('20 Feb 2026')).toBeVisible();
  await expect(person.main.getByRole('alert')).toHaveCount(0);
  // Focus goes into the tab drawn again, not to the page's body.
  await expect(page.locator('#person-tab-panel :focus')).toHaveCount(1);
  expect(takeExpected(pageProblems, /dates are out of order|This tab stopped/).length).toBeGreaterThan(0);
});

test('a chart that fails while the person is elsewhere says so in its place and leaves focus where it was', async ({
  waymark,
  page,
  pageProblems,
}) => {
  // The chart's code is held back until the person has moved on, then refused.
  let refuse = () => {};
  const held = new Promise<void>((resolve) => (refuse = resolve));
  await page.route(/\/assets\/ladder-drawing-[^/]*\.js$/, async (route) => {
    await held;
    await route.fulfill({ status: 404, body: 'gone' });
  });
  const person = new PersonPage(page);
  await waymark.open();
  await person.setUp({ framework: 'Career map: Infrastructure and Frontend — Frontend', current: 'L4' });
  // Nothing rated yet, so no radar: the ladder on Gaps is the chart.
  await person.main.getByRole('tab', { name: 'Gaps' }).click();
  await expect(page.getByText('Drawing the chart…')).toBeVisible();
  // Clicking plain text leaves focus on nothing in particular.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  refuse();
  await expect(person.main.getByRole('alert').filter({ hasText: 'The chart could not be loaded' })).toBeVisible();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  expect(takeExpected(pageProblems, /ladder-drawing|status of 404|dynamically imported module|could not be loaded/).length).toBeGreaterThan(
    0,
  );
});

test('a screen that breaks while drawing says so as its heading; tried again while still broken, focus stays on its message', async ({
  waymark,
  page,
  pageProblems,
}) => {
  await withAMeeting(page, waymark);

  // Dates cannot be shown: the team overview, which shows the last 1:1 of each person, breaks.
  await breakFormatting(page, 'DateTimeFormat', 'dates are out of order');
  await page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: 'Team overview' }).click();
  const alert = waymark.main.getByRole('alert');
  await expect(alert.getByRole('heading', { level: 1, name: 'This screen stopped with an error' })).toBeFocused();
  await expect(alert).toContainText('dates are out of order');
  const tryAgain = alert.getByRole('button', { name: 'Try again' });
  await tryAgain.click();
  // The screen draws its frame, then its table breaks again: focus goes to the message, not the page's body.
  await expect(alert.getByRole('heading', { level: 1, name: 'This screen stopped with an error' })).toBeVisible();
  await expect(alert.locator(':focus')).toHaveCount(1);

  await restoreFormatting(page, 'DateTimeFormat');
  await tryAgain.click();
  await expect(waymark.main.getByRole('heading', { level: 1, name: 'Team overview' })).toBeFocused();
  // Each break is logged once (the first, and the one tried again); the second may arrive a moment later.
  await expect.poll(() => pageProblems.filter((problem) => /dates are out of order/.test(problem)).length).toBeGreaterThanOrEqual(2);
  takeExpected(pageProblems, /dates are out of order|This screen stopped/);
});

test('an import that breaks while drawing says so where it was, and the next file chosen draws it afresh', async ({
  waymark,
  page,
  pageProblems,
}, testInfo) => {
  await waymark.open();
  // A ladder of 1,200 statements: its preview writes the count with a thousands separator (Intl.NumberFormat).
  const big = testInfo.outputPath('big-ladder.csv');
  const rows = Array.from(
    { length: 1200 },
    (_, index) => `Web,L${1 + (index % 2)},skill,Area ${index % 12},Statement ${index + 1} — « été » 🚀`,
  );
  await writeFile(big, ['track,level,category,skill area,statement', ...rows].join('\n'));
  const choose = async () => {
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a framework…' }).click();
    await (await choosing).setFiles(big);
  };

  await breakFormatting(page, 'NumberFormat', 'numbers are out of order');
  await choose();
  const alert = page.getByRole('alert').filter({ hasText: 'The import stopped' });
  await expect(alert).toContainText('The import stopped with an error: numbers are out of order');
  // The rest of the window answers.
  await waymark.openTrack('Frontend');

  await restoreFormatting(page, 'NumberFormat');
  await choose();
  await expect(page.getByRole('dialog', { name: 'Import big-ladder?' })).toContainText('1,200 statements');
  await expect(alert).toHaveCount(0);
  expect(takeExpected(pageProblems, /numbers are out of order|The import stopped/).length).toBeGreaterThan(0);
});

test('a person whose saved data is damaged gets a message on their screen, not "Loading…" for good, and opens once it is mended', async ({
  waymark,
  page,
  pageProblems,
}) => {
  await waymark.open();
  await expect(waymark.heading).toHaveText('Me');
  const meId = /#\/people\/([^/]+)\//.exec(page.url())?.[1];
  if (!meId) throw new Error(`no person in the address ${page.url()}`);
  /** Puts (or, with no row, removes) an evidence entry straight into the workspace, as damage on disk would. */
  const onDisk = (row: Record<string, unknown> | null) =>
    page.evaluate(
      (row) =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open('waymark');
          opening.onsuccess = () => {
            const db = opening.result;
            const tx = db.transaction('evidence', 'readwrite');
            if (row) tx.objectStore('evidence').put(row);
            else tx.objectStore('evidence').delete('damaged-entry');
            tx.oncomplete = () => (db.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
          opening.onerror = () => reject(opening.error);
        }),
      row,
    );
  await onDisk({ id: 'damaged-entry', personId: meId, date: 'the day before', text: 'Ran the retro 🎉', itemIds: [], createdAt: 'soon' });

  await page.reload();

  const alert = waymark.main.getByRole('tabpanel').getByRole('alert');
  await expect(alert).toContainText('The evidence could not be loaded: a saved record is damaged');
  await expect(alert).toContainText('report this message');
  await expect(waymark.main.getByText('Loading…')).toHaveCount(0);
  // Their profile still opens beside the message: the way to map them to something else.
  await expect(alert).toContainText('Their profile still opens');
  await waymark.main.getByRole('tab', { name: 'Profile' }).click();
  await expect(alert).toContainText('The evidence could not be loaded');
  await expect(waymark.main.getByRole('tabpanel').getByLabel('Your name')).toBeVisible();
  await waymark.main.getByRole('tab', { name: 'Rate' }).click();
  await expect(waymark.main.getByRole('tabpanel').getByLabel('Your name')).toHaveCount(0);

  await onDisk(null);
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(waymark.main.getByRole('heading', { name: 'Welcome to Waymark' })).toBeVisible();
  await expect(waymark.main.getByRole('alert')).toHaveCount(0);
  expect(pageProblems).toEqual([]);
});
