import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { saveBackupWithBundledCopy } from './bundled-copy-backup';
import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';
import type { WaymarkPage } from './pages/waymark-page';

const spreadsheet = resolve(import.meta.dirname, '../fixtures/frameworks/spreadsheet-semicolons.csv');

async function chooseFile(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a framework…' }).click();
  await (await choosing).setFiles(path);
}

/** The semicolon spreadsheet imported, and Me mapped against its Platform track at P1. */
async function meOnTheSpreadsheet(page: Page, waymark: WaymarkPage): Promise<PersonPage> {
  const person = new PersonPage(page);
  await waymark.open();
  await chooseFile(page, spreadsheet);
  await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('link', { name: /^Me/ }).click();
  await person.setUp({ framework: 'spreadsheet-semicolons — Platform', current: 'P1' });
  return person;
}

test('imports a spreadsheet written with a BOM, CRLF and semicolons, then maps and measures against it', async ({ waymark, page }) => {
  const person = new PersonPage(page);
  await waymark.open();
  await chooseFile(page, spreadsheet);

  const preview = page.getByRole('dialog', { name: 'Import spreadsheet-semicolons?' });
  await expect(preview).toContainText('A new framework');
  await expect(preview).toContainText('Read as');
  await expect(preview.getByRole('combobox', { name: 'Read as' })).toHaveValue('utf-8');
  await expect(preview).toContainText('Platform: 2 levels, 4 areas, 8 statements');
  // The first statements of each level, as the file words them, and which column filled which field.
  const levels = preview.getByRole('region', { name: 'Platform: first statements of each level' });
  await expect(levels).toContainText('P2 · Senior Engineer');
  await expect(levels).toContainText('Up to 2 years; any stack');
  await expect(preview.getByRole('row', { name: 'statement' })).toContainText('column “Statement” (G)');
  await expect(preview).toContainText('Not read: column “Owner” (H), not a column Waymark reads.');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(waymark.heading).toHaveText('Platform career map');
  expect(await waymark.cell('Operations', 'P1')).toBe('On-call: Joins the rota with a buddy');

  await page.getByRole('link', { name: /^Me/ }).click();
  await person.setUp({ framework: 'spreadsheet-semicolons — Platform', current: 'P1' });
  await expect(person.progress).toHaveText('0 of 4 rated');
  await person.rate('3+ years', 'Consistently');
  await person.rate('Leads incident reviews', 'Partly');
  await expect(person.headline).toContainText('38% of P2 met');
  await person.openTab('Gaps');
  const radar = await person.chartTable('radar');
  // Nothing at the current level P1 is rated: it is "not rated" on the ladder, not a 0% shape on the radar.
  expect(radar.find((row) => row[0] === 'Operations')).toEqual(['Operations', '50%']);
  expect(await person.chartTable('ladder')).toContainEqual(['P1 (current)', 'not rated']);
  // Nor is an area of P2 nobody rated yet drawn as 0 %: with two areas rated, there is no shape to draw.
  expect(radar).toContainEqual(['Delivery', 'not rated']);
  const radarFigure = person.main.locator('figure[data-chart="radar"]');
  await expect(radarFigure).toContainText(
    'Not drawn until at least three areas are rated; not rated yet: Area of Responsibility, Delivery.',
  );
  await expect(radarFigure.locator('.recharts-surface')).toHaveCount(0);
  // A third area rated: the radar is drawn, the one left is named under it.
  await person.openTab('Rate');
  await person.rate('Owns a service end to end', 'Consistently');
  await person.openTab('Gaps');
  await expect(radarFigure.locator('.recharts-surface').first()).toBeVisible();
  await expect(radarFigure).toContainText('Not drawn, not rated yet: Delivery.');

  await page.reload();
  await expect(waymark.heading).toHaveText('Me');
  await expect(page.getByRole('navigation', { name: 'Frameworks' })).toContainText('Platform');
});

test('a file picker closed without a choice changes nothing: no dialog opens, and one that was open stays as it was', async ({
  waymark,
  page,
}, testInfo) => {
  await waymark.open();
  const closePicker = async (opening: () => Promise<void>) => {
    const choosing = page.waitForEvent('filechooser');
    await opening();
    // The browser's picker answers a close with a "cancel" event on its input.
    await (await choosing).element().dispatchEvent('cancel');
  };
  await closePicker(() => page.getByRole('button', { name: 'Import a framework…' }).click());
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const broken = testInfo.outputPath('broken-ladder.csv');
  await writeFile(broken, 'track,level,category,statement\nWeb,L1,skill,\n');
  await chooseFile(page, broken);
  const refused = page.getByRole('dialog', { name: 'broken-ladder.csv could not be imported' });
  await expect(refused.getByRole('listitem')).toHaveCount(1);
  await closePicker(() => refused.getByRole('button', { name: 'Choose another file' }).click());
  await expect(refused.getByRole('listitem')).toHaveText([/line 2: column “statement” \(D\) is empty/]);
  await expect(page.getByRole('dialog')).toHaveCount(1);

  // The next file chosen from there is read as usual.
  const choosing = page.waitForEvent('filechooser');
  await refused.getByRole('button', { name: 'Choose another file' }).click();
  await (await choosing).setFiles(spreadsheet);
  await expect(page.getByRole('dialog', { name: 'Import spreadsheet-semicolons?' })).toContainText('A new framework');
});

test('refuses a broken file, naming every problem with its line, and stores nothing', async ({ waymark, page }, testInfo) => {
  await waymark.open();
  const broken = testInfo.outputPath('broken-ladder.csv');
  await writeFile(broken, 'track;level;category;statement\r\nWeb;L1;skills;Builds pages\r\nWeb;L2;skill;\r\n;L3;skill;Leads\r\n');
  await chooseFile(page, broken);
  const dialog = page.getByRole('dialog', { name: 'broken-ladder.csv could not be imported' });
  await expect(dialog.getByRole('listitem')).toHaveText([
    'broken-ladder.csv, line 3: column “statement” (D) is empty (level “L2”); every row needs its statement',
    'broken-ladder.csv, line 4: column “track” (A) is empty',
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('navigation', { name: 'Frameworks' })).not.toContainText('broken');
});

test('a re-import is a new version: unchanged ratings carry over, reworded ones ask for a re-check', async ({
  waymark,
  page,
}, testInfo) => {
  const person = await meOnTheSpreadsheet(page, waymark);
  await person.rate('3+ years', 'Consistently');
  await person.rate('Leads incident reviews', 'Partly');

  const reworded = testInfo.outputPath('spreadsheet-semicolons.csv');
  await writeFile(
    reworded,
    (await readFile(spreadsheet, 'utf8')).replace('Leads incident reviews', 'Leads incident reviews and follow-ups'),
  );
  await chooseFile(page, reworded);
  const preview = page.getByRole('dialog');
  await expect(preview).toContainText('7 statements unchanged, 1 reworded, 0 removed, 0 added');
  await preview.getByRole('button', { name: 'Import as a new version' }).click();

  await page.getByRole('link', { name: /^Me/ }).click();
  await expect(person.row('3+ years').locator('.recheck')).toHaveCount(0);
  await expect(person.row('Leads incident reviews and follow-ups')).toContainText('Wording changed — re-check');
  await expect(person.ratingOf('Leads incident reviews and follow-ups')).toHaveText('Partly');
  await person.rate('Leads incident reviews and follow-ups', 'Consistently');
  await expect(person.row('Leads incident reviews and follow-ups').locator('.recheck')).toHaveCount(0);
});

test('a rating on a statement a new version removes is kept, and its note can still be read below the statements', async ({
  waymark,
  page,
}, testInfo) => {
  const person = await meOnTheSpreadsheet(page, waymark);
  await person.rate('Leads incident reviews', 'Partly');
  const note = 'Ran the review of the March outage 🚒 — 复盘会议, https://wiki.example.com/incidents/2026-03-outage';
  const row = person.row('Leads incident reviews');
  await row.getByRole('button', { name: 'Add note' }).click();
  await row.getByLabel('Note').fill(note);
  await row.getByLabel('Note').blur();
  await row.getByRole('button', { name: 'Note ✎' }).click();
  await expect(row.locator('.rating-note')).toHaveText(note);
  await expect(person.main.getByTestId('kept-ratings')).toHaveCount(0);

  // The next version drops the statement.
  const dropped = testInfo.outputPath('spreadsheet-semicolons.csv');
  const lines = (await readFile(spreadsheet, 'utf8')).split(/(?<=\n)/);
  await writeFile(dropped, lines.filter((line) => !line.includes('Leads incident reviews')).join(''));
  await chooseFile(page, dropped);
  const preview = page.getByRole('dialog');
  await expect(preview).toContainText('1 removed');
  await preview.getByRole('button', { name: 'Import as a new version' }).click();

  await page.getByRole('link', { name: /^Me/ }).click();
  await expect(person.row('Leads incident reviews')).toHaveCount(0);
  const kept = person.main.getByTestId('kept-ratings');
  await expect(kept.locator('summary')).toHaveText('1 rating kept from statements this version does not have');
  await kept.locator('summary').click();
  await expect(kept).toContainText('Partly · Self ·');
  await expect(kept.locator('.kept-note')).toHaveText(note);
  // It counts nowhere: the figures say no rating of this person is measured.
  await expect(page.getByText(/else self-ratings: 1 self/)).toHaveCount(0);
  await expect(page.getByText(/else self-ratings$/)).toHaveCount(1);
});

test('a new version of a real framework with a statement inserted mid-level keeps ratings and evidence with their statements', async ({
  waymark,
  page,
}, testInfo) => {
  const snowflake = resolve(import.meta.dirname, '../fixtures/frameworks/real/snowflake.csv');
  const framework = 'Medium Engineering Growth Framework (Snowflake) — Engineering';
  const person = new PersonPage(page);
  await waymark.open();
  await chooseFile(page, snowflake);
  await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('link', { name: /^Me/ }).click();
  await person.setUp({ framework, current: 'M1' });
  await person.rate('Defines new useful and appropriate proto-generated objects', 'Consistently');
  await person.rate('Creates simple new activities on Android', 'Partly');
  await person.rate('Migrates code from old patterns to new patterns', 'Not yet');
  await person.openTab('Evidence');
  await person.main.locator('.toolbar').getByRole('button', { name: 'Add evidence' }).click();
  const adding = page.getByRole('dialog', { name: 'Add evidence' });
  await adding.getByLabel('Title').fill('Moved the feed to the new image loader');
  await adding.getByRole('checkbox', { name: 'Migrates code from old patterns to new patterns' }).first().check();
  await adding.getByRole('button', { name: 'Save evidence' }).click();
  await expect(adding).toHaveCount(0);

  // The next version adds a statement after M2's first Mobile statement; the row is added by an editor
  // that ends lines with LF alone, in a file of CRLF lines. The statements after it move one place on.
  const original = await readFile(snowflake, 'utf8');
  const before = 'Medium Engineering Growth Framework (Snowflake),Engineering,M2,Milestone 2,skill,Mobile,Defines new useful';
  const next = testInfo.outputPath('snowflake.csv');
  await writeFile(
    next,
    original.replace(
      before,
      `Medium Engineering Growth Framework (Snowflake),Engineering,M2,Milestone 2,skill,Mobile,Ships a release to both app stores,A,signal\n${before}`,
    ),
  );
  await chooseFile(page, next);
  const preview = page.getByRole('dialog');
  await expect(preview).toContainText(/\d+ statements unchanged, 0 reworded, 0 removed, 1 added/);
  await preview.getByRole('button', { name: 'Import as a new version' }).click();
  await expect(preview).toHaveCount(0);

  await page.getByRole('link', { name: /^Me/ }).click();
  await person.openTab('Rate');
  await expect(person.ratingOf('Defines new useful and appropriate proto-generated objects')).toHaveText('Consistently');
  await expect(person.ratingOf('Creates simple new activities on Android')).toHaveText('Partly');
  await expect(person.ratingOf('Migrates code from old patterns to new patterns')).toHaveText('Not yet');
  await expect(person.ratingOf('Ships a release to both app stores')).toHaveCount(0);
  await expect(person.main.locator('.recheck')).toHaveCount(0);
  await person.openTab('Evidence');
  await expect(person.main.getByRole('list', { name: 'Supports' })).toHaveText('M2 — Migrates code from old patterns to new patterns');
});

test('exports a bundled framework and finds the export identical when imported back', async ({ waymark, page }) => {
  await waymark.open('#/frameworks/role-card-dei-gen-p5');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as JSON' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('devops-engineering-and-infrastructure-senior.json');
  await chooseFile(page, await download.path());
  const preview = page.getByRole('dialog');
  await expect(preview).toContainText('there is nothing to import');
  await expect(preview.getByRole('button', { name: /^Import/ })).toHaveCount(0);
});

const made = resolve(import.meta.dirname, '../fixtures/frameworks/made');

test('reads Excel for Mac’s CR-only CSV in a detected legacy encoding, says so, and reads it again in the encoding picked', async ({
  waymark,
  page,
}) => {
  await waymark.open();
  await chooseFile(page, resolve(made, 'ladder-mac-roman-cr.csv'));
  const preview = page.getByRole('dialog', { name: 'Import Échelle d’ingénierie?' }).or(page.getByRole('dialog', { name: /^Import / }));
  const encoding = preview.getByRole('combobox', { name: 'Read as' });
  // A Mac file is not valid UTF-8: a legacy encoding is detected, and the person corrects it.
  await expect(encoding).not.toHaveValue('utf-8');
  await encoding.selectOption('macintosh');
  const corrected = page.getByRole('dialog', { name: 'Import Échelle d’ingénierie?' });
  await expect(corrected.getByRole('combobox', { name: 'Read as' })).toHaveValue('macintosh');
  await expect(corrected).toContainText('Écrit des tests « unitaires » fiables');
  await expect(corrected).toContainText('Manager 2 · management');
  await corrected.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(waymark.heading).toHaveText('Ingénierie career map');

  // The parallel rungs stand side by side, and the level changes point at the other branch.
  await expect(page.locator('.level-head .level-id')).toHaveText([
    'developpeur-1 · Développeur 1',
    'developpeur-2 · Développeur 2',
    'manager-2 · Manager 2',
  ]);
  await page.getByRole('link', { name: 'What changes from developpeur-1 to developpeur-2' }).click();
  await expect(page.getByRole('main')).toContainText(
    'developpeur-1 also leads to manager-2 (management), a parallel rung of the same rank',
  );
  await page.getByRole('link', { name: 'manager-2 (management)' }).click();
  await expect(waymark.heading).toHaveText('Ingénierie: what changes from developpeur-1 to manager-2');
});

test('shows Snowflake’s examples beside the statements, marked as not rated', async ({ waymark, page }) => {
  await waymark.open();
  await chooseFile(page, resolve(import.meta.dirname, '../fixtures/frameworks/real/snowflake.csv'));
  const preview = page.getByRole('dialog', { name: 'Import Medium Engineering Growth Framework (Snowflake)?' });
  await expect(preview).toContainText('Engineering: 5 levels, 16 areas, 320 statements, 240 examples');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(waymark.heading).toHaveText('Engineering career map');
  const mobileM1 = page
    .locator('.matrix tbody tr', { has: page.getByRole('rowheader', { name: 'Mobile' }) })
    .locator('td')
    .first();
  await expect(mobileM1.locator('.examples')).toContainText('Examples (not rated)');
  await expect(mobileM1.locator('.examples li').first()).toHaveText('Added existing button to a different iOS surface');
});

test('reads a workbook’s ladder sheet, past a sheet of notes, and any sheet the person picks', async ({ waymark, page }) => {
  await waymark.open();
  await chooseFile(page, resolve(made, 'ladder.xlsx'));
  // The first sheet, "Read me", holds notes: the ladder on the second sheet is read.
  const preview = page.getByRole('dialog', { name: 'Import Échelle d’ingénierie?' });
  await expect(preview.getByRole('combobox', { name: 'Sheet' })).toHaveValue('Échelle');
  await expect(preview).toContainText('Waymark reads the first whose header row has its columns');
  await expect(preview).toContainText('Demande de l’aide tôt');
  await expect(preview).toContainText('Levels given by title get an id made from it');
  await preview.getByRole('combobox', { name: 'Sheet' }).selectOption('Read me');
  const problems = page.getByRole('dialog', { name: 'ladder.xlsx could not be imported' });
  await expect(problems).toContainText('sheet “Read me”, row 1: the header row has no “track”');
  await problems.getByRole('combobox', { name: 'Sheet' }).selectOption('Échelle');
  await expect(preview).toContainText('Demande de l’aide tôt');
});

test('shows the format guide inside the app', async ({ waymark, page }) => {
  await waymark.open();
  await page.getByRole('button', { name: 'Format guide' }).click();
  const guide = page.getByRole('dialog', { name: 'Framework file format' });
  await expect(guide.getByRole('row', { name: /^statement \(required\)/ })).toContainText('criterion');
  await expect(guide).toContainText('1EdTech CASE');
});

test('removes an imported framework after naming who is mapped against it, and the app stays whole', async ({ waymark, page }) => {
  const person = new PersonPage(page);
  const frameworksNav = page.getByRole('navigation', { name: 'Frameworks' });
  await waymark.open();
  await chooseFile(page, spreadsheet);
  await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('link', { name: /^Me/ }).click();
  await person.setUp({ name: 'Zoë', framework: 'spreadsheet-semicolons — Platform', current: 'P1' });
  await person.rate('3+ years', 'Consistently');

  await frameworksNav.getByRole('link', { name: /Platform/ }).click();
  await page.getByRole('button', { name: 'Remove framework…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove spreadsheet-semicolons?' });
  await expect(dialog).toContainText('1 person is mapped against it: Zoë');
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(frameworksNav).not.toContainText('Platform');
  await expect(waymark.heading).toHaveText('Zoë');
  await expect(page.getByRole('main')).toContainText('Zoë is mapped against a framework that is no longer available');
});

test('a press on Remove framework… just after a big map is drawn opens the dialog: nothing moves under the pointer', async ({
  waymark,
  page,
}) => {
  // The Snowflake map (320 statements, 16 areas) comes in batches of rows, and cells off screen skip
  // their layout. A cell that skipped before it was ever laid out stood in at a guessed height and took
  // its real one as it was scrolled to: the page grew by thousands of pixels between a press on the
  // button and its release, which then landed on the map, and a press and release on two elements is
  // no click.
  await waymark.open();
  await chooseFile(page, resolve(import.meta.dirname, '../fixtures/frameworks/real/snowflake.csv'));
  await page
    .getByRole('dialog', { name: /^Import Medium Engineering Growth Framework/ })
    .getByRole('button', { name: 'Import', exact: true })
    .click();
  // Every row in the page, the last ones perhaps not laid out yet.
  await expect(waymark.matrix.locator('tbody tr')).toHaveCount(16);
  // Straight down to the button, pressed where it is, released five frames later as a hand would.
  const pressAt = await page.getByRole('button', { name: 'Remove framework…' }).evaluate((button) => {
    button.scrollIntoView({ block: 'center' });
    const box = button.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2, pageHeight: document.documentElement.scrollHeight };
  });
  await page.mouse.move(pressAt.x, pressAt.y);
  await page.mouse.down();
  await page.evaluate(async () => {
    for (let frame = 0; frame < 5; frame += 1) await new Promise((drawn) => requestAnimationFrame(drawn));
  });
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.mouse.up();
  const dialog = page.getByRole('dialog', { name: /^Remove Medium Engineering Growth Framework/ });
  await expect(dialog).toBeVisible();
  expect(pageHeight, 'the page kept its height while the button was pressed').toBe(pressAt.pageHeight);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Scrolled through from the top, the page still keeps that height: each cell off screen keeps the
  // size it was drawn at, margins and all.
  const heights = await page.evaluate(async () => {
    const seen = new Set<number>();
    for (let top = 0; top <= document.documentElement.scrollHeight; top += 400) {
      window.scrollTo(0, top);
      for (let frame = 0; frame < 3; frame += 1) await new Promise((drawn) => requestAnimationFrame(drawn));
      seen.add(document.documentElement.scrollHeight);
    }
    return [...seen];
  });
  expect(heights).toEqual([pressAt.pageHeight]);
});

test('removes the imported versions of a bundled framework, which takes its place again', async ({ waymark, page }, testInfo) => {
  const frameworksNav = page.getByRole('navigation', { name: 'Frameworks' });
  const people = page.getByRole('navigation', { name: 'People' });
  await waymark.open();
  await people.getByRole('link', { name: 'Backups' }).click();
  const edited = testInfo.outputPath('Waymark backup – legacy.json');
  await saveBackupWithBundledCopy(page, edited);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await (await choosing).setFiles(edited);
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(frameworksNav).toContainText('Our edition of the DevOps card');

  await frameworksNav.getByRole('link', { name: /Our edition of the DevOps card/ }).click();
  await page.getByRole('button', { name: 'Remove imported versions…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove Our edition of the DevOps card?' });
  await expect(dialog).toContainText('the version that ships with Waymark takes its place again');
  await dialog.getByRole('button', { name: 'Remove' }).click();
  await expect(frameworksNav).not.toContainText('Our edition');
  await expect(frameworksNav).toContainText('DevOps Engineering and Infrastructure Senior');
});

test('refuses a file that takes a bundled framework’s id, suggesting one of its own', async ({ waymark, page }, testInfo) => {
  await waymark.open('#/frameworks/role-card-dei-gen-p5');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as JSON' }).click();
  const exported = JSON.parse(await readFile(await (await downloading).path(), 'utf8')) as Record<string, unknown>;
  const copy = testInfo.outputPath('our-card.json');
  await writeFile(copy, JSON.stringify({ ...exported, name: 'Our DevOps card' }));
  await chooseFile(page, copy);
  const dialog = page.getByRole('dialog', { name: 'our-card.json could not be imported' });
  await expect(dialog).toContainText(
    'its id "role-card-dei-gen-p5" is the id of DevOps Engineering and Infrastructure Senior, which ships with Waymark and cannot be replaced by an import. Give your copy an id of its own, for example "role-card-dei-gen-p5-own"',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('navigation', { name: 'Frameworks' })).not.toContainText('Our DevOps card');
});

test('a crowded cell of the career map shows its first statements and the rest on request', async ({ waymark, page }, testInfo) => {
  await waymark.open();
  const crowded = testInfo.outputPath('crowded-ladder.csv');
  const rows = Array.from({ length: 25 }, (_, index) => `Web,L1,skill,Delivery,Ships change ${index + 1} — « livré » 🚀`);
  await writeFile(crowded, ['track,level,category,skill area,statement', ...rows, 'Web,L2,skill,Delivery,Leads releases'].join('\n'));
  await chooseFile(page, crowded);
  await page.getByRole('dialog', { name: 'Import crowded-ladder?' }).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(waymark.heading).toHaveText('Web career map');
  const cell = waymark.matrix
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Delivery' }) })
    .getByRole('cell')
    .first();
  await expect(cell.locator('.statement')).toHaveCount(20);
  await expect(cell).toContainText('Ships change 20 — « livré » 🚀');
  await expect(cell).not.toContainText('Ships change 21 ');
  await cell.getByRole('button', { name: 'Show 5 more statements' }).click();
  await expect(cell.locator('.statement')).toHaveCount(25);
  await expect(cell).toContainText('Ships change 25 — « livré » 🚀');
  expect(await waymark.cell('Delivery', 'L2')).toBe('Leads releases');
});

test('a big map keeps its columns’ width while its rows are drawn, and draws every row', async ({ waymark, page }, testInfo) => {
  await waymark.open();
  // 50 areas of 10 short statements at each of 10 levels: a map drawn a few rows at a time, most of it
  // below the window.
  const big = testInfo.outputPath('big-ladder.csv');
  const rows = Array.from({ length: 5000 }, (_, index) => {
    const level = Math.floor(index / 500) + 1;
    const area = (index % 50) + 1;
    return `Wide,L${level},skill,Area ${area},Ships “${area}” — ${index + 1}`;
  });
  await writeFile(big, ['track,level,category,skill area,statement', ...rows].join('\n'));
  await chooseFile(page, big);
  // Every width the level headings take, from the map's first drawing to its last row.
  await page.evaluate(() => {
    const seen = new Set<string>();
    (window as unknown as { headWidths: Set<string> }).headWidths = seen;
    const measure = new ResizeObserver(() => {
      const heads = [...document.querySelectorAll<HTMLElement>('.matrix thead th')];
      if (heads.length > 0) seen.add(heads.map((head) => head.offsetWidth).join(' '));
    });
    new MutationObserver(() => {
      for (const head of document.querySelectorAll('.matrix thead th')) measure.observe(head);
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByRole('dialog', { name: 'Import big-ladder?' }).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(waymark.heading).toHaveText('Wide career map');
  // Two rows a frame: on a busy machine (the test run's other browsers) frames come slowly, so allow
  // more than the usual 5 s for all 25 batches; how fast they come is measured by the bench, not here.
  await expect(waymark.matrix.locator('tbody tr')).toHaveCount(50, { timeout: 20_000 });
  await expect(waymark.matrix.locator('tbody th[scope=row]').last()).toHaveText('Area 50');
  // Off screen, so read from the page rather than as drawn.
  await expect(waymark.matrix.locator('tbody tr').last().locator('td').last()).toContainText('Ships “50” — 5000');
  const widths = await page.evaluate(() => [...(window as unknown as { headWidths: Set<string> }).headWidths]);
  expect(widths).toHaveLength(1);
});

test('a level of 2,400 statements on the Rate tab is drawn a batch at a time, and End reaches and rates its last row before it is drawn', async ({
  waymark,
  page,
}, testInfo) => {
  const person = new PersonPage(page);
  await waymark.open();
  const file = testInfo.outputPath('long-level.csv');
  const statements = Array.from({ length: 2400 }, (_, index) => `Deep,L2,skill,Area ${(index % 30) + 1},Ships “${index + 1}” — تسليم ✓`);
  await writeFile(file, ['track,level,category,skill area,statement', 'Deep,L1,skill,Area 1,Starts out', ...statements].join('\n'));
  await chooseFile(page, file);
  await page.getByRole('dialog', { name: 'Import long-level?' }).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(waymark.heading).toHaveText('Deep career map');
  await page.getByRole('link', { name: /^Me/ }).click();
  // The rows in the page at each frame, from the first frame that has any.
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { rowCounts: number[] }).rowCounts = seen;
    const count = () => {
      const rows = document.querySelectorAll('.rating-row').length;
      if (rows > 0) seen.push(rows);
      if (rows < 2400) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  });

  await person.setUp({ framework: 'long-level — Deep', current: 'L1' });
  // End at once, while most rows are still to come: it goes to the level's last statement all the same.
  await person.main.locator('.rating-row').first().focus();
  await page.keyboard.press('End');
  await expect(page.locator('.rating-row:focus')).toContainText('Ships “2400” — تسليم ✓');
  await page.keyboard.press('3');
  await expect(person.ratingOf('Ships “2400”')).toHaveText(/Consistently/);
  await expect(person.progress).toHaveText('1 of 2400 rated');

  await expect(person.main.locator('.rating-row')).toHaveCount(2400, { timeout: 20_000 });
  const counts = await page.evaluate(() => (window as unknown as { rowCounts: number[] }).rowCounts);
  // The first frame drawn held the first rows only; every frame after it held more, up to all.
  expect(counts[0]).toBeGreaterThan(0);
  expect(counts[0]).toBeLessThan(2400);
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  // ↑ from the last row goes back one, in the order drawn (area by area).
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.rating-row:focus')).toContainText('Ships “2370” — تسليم ✓');

  // Another rater: the rows come again from the top. At every frame meanwhile one row drawn is the Tab
  // stop (the first, until the row the stop was on is drawn again), so Tab never skips the list.
  await page.evaluate(() => {
    const frames: { rows: number; stops: number }[] = [];
    (window as unknown as { redrawn: typeof frames }).redrawn = frames;
    const count = () => {
      const rows = document.querySelectorAll('.rating-row').length;
      frames.push({ rows, stops: document.querySelectorAll('.rating-row[tabindex="0"]').length });
      // Until the rows have come again, all of them (or for ten seconds of frames at most).
      if (!(rows === 2400 && frames.some((frame) => frame.rows < 2400)) && frames.length < 600) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  });
  await person.main.getByRole('radio', { name: 'Manager or coach' }).check();
  // Until the sampling has seen the rows come again and all of them drawn (it stops there).
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const frames = (window as unknown as { redrawn: { rows: number }[] }).redrawn;
          return frames.some((frame) => frame.rows < 2400) && frames.at(-1)?.rows === 2400;
        }),
      { timeout: 20_000 },
    )
    .toBe(true);
  const frames = await page.evaluate(() => (window as unknown as { redrawn: { rows: number; stops: number }[] }).redrawn);
  expect(frames.filter((frame) => frame.stops !== 1)).toEqual([]);
  await expect(page.locator('.rating-row[tabindex="0"]')).toContainText('Ships “2370” — تسليم ✓');
});
