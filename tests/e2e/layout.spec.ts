/**
 * The layout holds with real content: at 1280 wide, in the light and the dark theme, no screen or
 * dialog scrolls sideways or puts anything outside the window, with the real Snowflake framework (320
 * statements, 16 areas) and names, titles and notes as long as the fields take, in several scripts.
 */
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';

const snowflake = resolve(import.meta.dirname, '../fixtures/frameworks/real/snowflake.csv');
const snowflakeTrack = 'Medium Engineering Growth Framework (Snowflake) — Engineering';
const personTabs = ['Rate', 'Next level', 'Compare', 'Gaps', 'Plan', '1:1s', 'History', 'Evidence', 'Documents', 'Profile'] as const;

/** Unbroken text in several scripts: no space to wrap at, so only the layout can keep it in. */
function unbroken(length: number): string {
  return [...'Zoë🌱محمدالعربي张伟测试Ωμέγα'.repeat(Math.ceil(length / 20))].slice(0, length).join('');
}
/** Sentences of mixed scripts, the kind pasted from a document. */
function pasted(length: number): string {
  return 'Zoë led the 🌱 migration review with محمد and 张伟; the notes follow. '.repeat(Math.ceil(length / 60)).slice(0, length);
}
const longName = unbroken(100);
const longTitle = unbroken(200);

/** What sticks out of the window: the page scrolling sideways, or an element reaching past its right edge. */
async function overflow(page: Page, where: string): Promise<string[]> {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    const scroller = document.scrollingElement ?? document.documentElement;
    if (scroller.scrollWidth > scroller.clientWidth)
      problems.push(`the page is ${scroller.scrollWidth}px wide in ${scroller.clientWidth}px`);
    // The boxes made to scroll a wide table sideways; any other box that does is a problem.
    const sideways = ['matrix-scroll', 'team-table-wrap', 'table-scroll'];
    for (const box of document.querySelectorAll('body *')) {
      if (box.scrollWidth <= box.clientWidth + 1 || !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) continue;
      if (sideways.some((name) => box.classList.contains(name))) continue;
      problems.push(
        `${box.tagName.toLowerCase()}.${[...box.classList].join('.')} scrolls sideways (${box.scrollWidth}px in ${box.clientWidth}px)`,
      );
    }
    const width = document.documentElement.clientWidth;
    // Inside a box that scrolls sideways on purpose (a wide table), or one that clips, elements may reach past the edge.
    const clipped = (element: Element): boolean => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible') return parent !== document.body && parent !== document.documentElement;
      }
      return false;
    };
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || box.right <= width + 1) continue;
      if (clipped(element)) continue;
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
      problems.push(`${name} reaches ${Math.round(box.right)}px`);
      if (problems.length > 8) break;
    }
    return problems;
  });
  return found.map((problem) => `${where}: ${problem}`);
}

async function chooseFile(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a framework…' }).click();
  await (await choosing).setFiles(path);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no screen or dialog scrolls sideways at 1280 wide with real content, ${scheme}`, async ({ waymark, page }, testInfo) => {
    // Every screen and dialog with a framework of 320 statements: well over the default test time.
    test.setTimeout(240_000);
    if (process.env.WAYMARK_LAYOUT_PICTURES) page.setDefaultTimeout(15_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme });
    const person = new PersonPage(page);
    const main = person.main;
    const found: string[] = [];
    const check = async (where: string) => {
      found.push(...(await overflow(page, where)));
      // WAYMARK_LAYOUT_PICTURES=1 keeps a picture of each screen, to look at the layout and not only measure it.
      if (process.env.WAYMARK_LAYOUT_PICTURES)
        await page.screenshot({ path: testInfo.outputPath(`${where.replace(/\W+/g, '-')}.png`), fullPage: false });
    };

    await waymark.open();
    await chooseFile(page, snowflake);
    const preview = page.getByRole('dialog', { name: /^Import Medium Engineering Growth Framework/ });
    await expect(preview).toContainText('320 statements');
    await check('import preview');
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(waymark.heading).toHaveText('Engineering career map');
    await check('career map');
    await page
      .getByRole('link', { name: /^What changes from/ })
      .first()
      .click();
    await expect(waymark.heading).toContainText('what changes from');
    await check('level changes');
    await page.getByRole('button', { name: 'Format guide' }).click();
    await expect(page.getByRole('dialog', { name: 'Framework file format' })).toBeVisible();
    await check('format guide');
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: /^Me/ }).click();
    await main.getByLabel('Your name (optional)').fill(longName);
    await person.setUp({ framework: snowflakeTrack, current: 'M1' });
    await expect(person.main.locator('.rating-row').first()).toBeVisible();
    const rows = person.main.locator('.rating-row');
    for (const [index, answer] of (['Consistently', 'Partly', 'Not yet', 'Consistently'] as const).entries()) {
      await rows.nth(index).getByRole('button', { name: answer, exact: true }).click();
    }
    await main.locator('.toolbar').getByRole('button', { name: 'Add evidence' }).click();
    const evidence = page.getByRole('dialog', { name: 'Add evidence' });
    await evidence.getByLabel('Title').fill(longTitle);
    await evidence.getByLabel(/^Notes|^What happened/).fill(pasted(5000));
    await check('evidence editor');
    await evidence.getByRole('button', { name: 'Save evidence' }).click();
    await expect(evidence).toHaveCount(0);
    await person.openTab('History');
    await main.getByRole('button', { name: 'Take snapshot' }).click();

    await person.openTab('Plan');
    await main.getByRole('button', { name: 'Add a goal' }).click();
    const goal = page.getByRole('dialog', { name: 'Add a goal' });
    await goal.getByLabel('Goal', { exact: true }).fill(longTitle);
    await check('goal dialog');
    await goal.getByRole('button', { name: 'Add goal' }).click();
    await expect(goal).toHaveCount(0);
    await person.openTab('1:1s');
    await main.getByRole('button', { name: 'New 1:1' }).click();
    await check('new 1:1');
    await page.getByRole('dialog', { name: 'New 1:1' }).getByRole('button', { name: 'Add 1:1' }).click();
    await main.getByLabel('Talking points').first().fill(pasted(5000));
    await main.getByLabel('Talking points').first().blur();

    for (const tab of personTabs) {
      await person.openTab(tab);
      await expect(page.getByRole('tabpanel')).not.toContainText('Loading…');
      await expect(main.getByText('Drawing the chart…')).toHaveCount(0);
      await check(`${tab} tab`);
    }
    await person.openTab('History');
    await main
      .getByRole('button', { name: /^Delete the snapshot/ })
      .first()
      .click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('snapshot delete');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Add a person' }).click();
    const adding = page.getByRole('dialog', { name: 'Add a person' });
    await adding.getByLabel('Name').fill(longName);
    await adding.getByLabel('Report', { exact: true }).check();
    await adding.getByLabel('Framework', { exact: true }).selectOption({ label: snowflakeTrack });
    await check('add a person');
    await adding.getByRole('button', { name: 'Add person' }).click();
    await expect(adding).toHaveCount(0);
    await person.openTab('Profile');
    await main.getByRole('button', { name: /^Remove/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('remove person');
    await page.keyboard.press('Escape');

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('link', { name: 'Team overview' }).click();
    await expect(waymark.heading).toHaveText(/Team/);
    await check('team overview');
    await page.getByRole('link', { name: 'Backups' }).click();
    await expect(waymark.heading).toHaveText('Backups and privacy');
    await check('backups');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a backup…' }).click();
    const backup = await (await downloading).path();
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restore from a file…' }).click();
    await (await choosing).setFiles(backup);
    await expect(page.getByRole('dialog', { name: 'Restore this backup?' })).toBeVisible();
    await check('restore preview');
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await page
      .getByRole('navigation', { name: 'Frameworks' })
      .getByRole('link', { name: /^Engineering/ })
      .click();
    // The 16 areas of the map, drawn a few rows a frame: once they are all there the button stays put.
    await expect(page.getByRole('region', { name: /career map, scrolls sideways/ }).locator('tbody tr')).toHaveCount(16);
    await page.getByRole('button', { name: 'Remove framework…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('remove framework');
    await page.keyboard.press('Escape');

    expect(found).toEqual([]);
  });
}

test('the career map scrolls with the page, its level headings staying in sight; only the matrix scrolls sideways', async ({
  waymark,
  page,
}) => {
  await waymark.open();
  await waymark.openTrack('Frontend');
  const region = page.getByRole('region', { name: /Frontend career map/ });
  const sizes = await region.evaluate((box) => ({ scroll: box.scrollHeight, client: box.clientHeight, window: window.innerHeight }));
  expect(sizes.scroll, 'no scroll box of its own up and down').toBeLessThanOrEqual(sizes.client);
  expect(sizes.client, 'a map taller than the window, so the page scrolls').toBeGreaterThan(sizes.window);

  const header = waymark.levelHeader('L3');
  const cell = waymark.matrix.getByRole('row').nth(2).getByRole('cell').nth(2);
  await page.mouse.wheel(0, 900);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
  // The header row has come down with the page: at the top of the window, above the cells it names.
  await expect.poll(async () => Math.abs(Math.round((await header.boundingBox())?.y ?? -9))).toBe(0);
  await expect(header).toBeInViewport();

  // Sideways, the header and the cells move together, and the page itself never scrolls sideways.
  await region.evaluate((box) => box.scrollBy({ left: 500 }));
  await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
  const [headerBox, cellBox] = await Promise.all([header.boundingBox(), cell.boundingBox()]);
  expect(Math.round(headerBox?.x ?? 0)).toBe(Math.round(cellBox?.x ?? 1));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  // Back up, the header is in its place above the first row again.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => waymark.matrix.evaluate((table) => table.style.getPropertyValue('--head-shift'))).toBe('0px');
});

test('at 640×400 (200 % zoom) the screen comes first and the sidebar opens from a button, by keyboard', async ({ waymark, page }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await waymark.open();
  await expect(waymark.heading).toBeInViewport();
  const toggle = page.getByRole('button', { name: 'People and frameworks' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(waymark.sidebar).toBeHidden();

  // Skip link, then the button.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(toggle).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const people = page.getByRole('navigation', { name: 'People' });
  await expect(people).toBeVisible();
  await expect(people.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(waymark.sidebar).toBeHidden();

  // Open again and go on to a screen by keyboard: the sidebar folds away and the screen is in sight.
  await page.keyboard.press('Enter');
  const frontend = waymark.sidebar.getByRole('link', { name: /^Frontend/ });
  for (let presses = 0; presses < 12 && !(await frontend.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(frontend).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(waymark.heading).toHaveText('Frontend career map');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(waymark.heading).toBeInViewport();
  await expect(waymark.heading).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  // A person's screen too: their tabs are reached without going past the sidebar.
  await toggle.click();
  await page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: /^Me/ }).click();
  await expect(waymark.heading).toBeInViewport();
});

test('at 640×400 (200 % zoom) no screen scrolls sideways', async ({ waymark, page }) => {
  test.slow();
  await page.setViewportSize({ width: 640, height: 400 });
  const person = new PersonPage(page);
  const toggle = page.getByRole('button', { name: 'People and frameworks' });
  const found: string[] = [];
  for (const [where, hash] of [
    ['level changes', '#/frameworks/career-map-infrastructure-frontend/tracks/frontend/changes/L4/L5'],
    ['role card', '#/frameworks/role-card-dei-gen-p5'],
  ] as const) {
    await waymark.open(hash);
    found.push(...(await overflow(page, where)));
  }
  await waymark.open();
  found.push(...(await overflow(page, 'career map')));
  await toggle.click();
  await page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: /^Me/ }).click();
  await person.main.getByLabel('Your name (optional)').fill(longName);
  await person.setUp({ framework: 'Career map: Infrastructure and Frontend — Frontend', current: 'L4' });
  await person.rate('More then 4 years of frontend development experience.', 'Consistently');
  for (const tab of personTabs) {
    await person.openTab(tab);
    await expect(page.getByRole('tabpanel')).not.toContainText('Loading…');
    await expect(person.main.getByText('Drawing the chart…')).toHaveCount(0);
    found.push(...(await overflow(page, `${tab} tab`)));
  }
  for (const screen of ['Team overview', 'Backups'] as const) {
    await toggle.click();
    await page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: screen }).click();
    await expect(waymark.heading).toBeInViewport();
    found.push(...(await overflow(page, screen)));
  }
  expect(found).toEqual([]);
});
