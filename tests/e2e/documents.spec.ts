import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';
import { GrowthPlanPage, MeetingsPage } from './pages/plan-pages';
import { exportAndRead } from './pdf-text';

// Dates are shown in the browser's locale; one locale keeps the expected text fixed.
test.use({ locale: 'en-GB' });

const name = 'Дмитрий Łukasz Ångström';

test('exports the growth plan, the 1:1 preparation and a worksheet, and they say what they should', async ({ waymark, page }) => {
  test.slow();
  await page.clock.install({ time: new Date('2026-11-23T10:00:00') });
  const person = new PersonPage(page);
  const meetings = new MeetingsPage(page);
  await waymark.open();
  await page.getByRole('button', { name: 'Add a person' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Framework', { exact: true }).selectOption({ label: 'Career map: Infrastructure and Frontend — Frontend' });
  await dialog.getByLabel('Current level').selectOption('L4');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(waymark.heading).toHaveText(name);

  await person.rate('More then 4 years of frontend development experience.', 'Consistently');
  await person.rate('Awareness of common vulnerabilities', 'Partly');
  const growthPlan = new GrowthPlanPage(page);
  await growthPlan.makeGoalFromGap(person, 'Architecture, performance & security');
  await growthPlan.describeGoal(growthPlan.goal('Architecture, performance & security'), {
    description: 'Take the security review from one team to all of them.\nStart with checkout.',
    successCriteria: 'Two reviews run without help.',
  });

  await person.openTab('1:1s');
  await meetings.newMeeting('2026-11-02');
  const privateEntry = meetings.entry('2 Nov 2026');
  await meetings.write(privateEntry, 'Talking points', 'Confidential: worried about the team change.');
  await privateEntry.getByLabel('Private').check();
  await meetings.newMeeting('2026-11-16');
  await meetings.write(meetings.entry('16 Nov 2026'), 'Talking points', 'Plan the security review together.');
  await meetings.newMeeting('2026-11-30');
  await meetings.write(meetings.entry('30 Nov 2026'), 'Talking points', '- How the security review went\n- Next steps towards L5');

  await person.openTab('Documents');
  await page.getByLabel('Paper').selectOption('A4');

  const plan = await exportAndRead(page, 'Export growth plan');
  expect(plan.file).toBe(`Growth plan – ${name} – 2026-11-23.pdf`);
  expect(plan.text).toContain('Take the security review from one team to all of them. Start with checkout.');
  expect(plan.text).toContain('Success criteria Two reviews run without help.');
  expect(plan.text).toContain(`Growth plan: ${name}`);
  expect(plan.text).toContain('L4 → L5');
  expect(plan.text).toContain('23 Nov 2026');
  expect(plan.text).toContain('Architecture, performance & security');
  expect(plan.text).toMatch(/1\. Architecture, performance & security: .*Performance Tuning/);
  expect(plan.text).toMatch(/\d+% of L5 met · 2 of 6 rated/);
  expect(plan.text).toContain(`Page 1 of ${plan.pages}`);
  expect(plan.text).toContain('version 1 · source: A career map web page');

  const prep = await exportAndRead(page, 'Export 1:1 preparation');
  expect(prep.text).toContain(`1:1 preparation: ${name}`);
  expect(prep.text).toContain('Since the previous 1:1 on 16 Nov 2026');
  expect(prep.text).toContain('How the security review went');
  expect(prep.text).toContain('Plan the security review together.');
  expect(prep.text).not.toContain('Confidential');
  expect(prep.text).not.toContain('Not yet →');

  await page.getByLabel('Include private notes').check();
  await page.getByLabel('Include individual ratings').check();
  const withPrivate = await exportAndRead(page, 'Export 1:1 preparation');
  expect(withPrivate.text).toContain('Confidential: worried about the team change.');
  expect(withPrivate.text).toContain('Confidential — includes private notes');
  expect(withPrivate.file).toBe(`1-1 preparation – ${name} – 2026-11-23 (confidential).pdf`);
  expect(prep.file).toBe(`1-1 preparation – ${name} – 2026-11-23.pdf`);

  const sheet = await exportAndRead(page, 'Export worksheet');
  expect(sheet.file).toBe(`Worksheet Frontend L5 – ${name} – 2026-11-23.pdf`);
  expect(sheet.text).toContain('Worksheet: Frontend L5');
  expect(sheet.text).toContain(`Name ${name}`);
  expect(sheet.text).toContain('Assessor');
  expect(sheet.text).toContain('Security: Awareness of common vulnerabilities and how to mitigate them.');
});

test('a cancelled export writes nothing and says so', async ({ waymark, page }) => {
  const person = new PersonPage(page);
  await waymark.open();
  await person.setUp({ framework: 'Role card: DevOps Engineering and Infrastructure Senior (P5)' });
  await person.openTab('Documents');
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByRole('button', { name: 'Export worksheet' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('[data-export="cancelled"]')).toContainText('was not saved: the export was cancelled');
  await page.waitForTimeout(500);
  expect(downloads).toBe(0);
});

test('emoji and symbols print, the emoji from the app’s own files', async ({ waymark, page }) => {
  const person = new PersonPage(page);
  await waymark.open();
  await person.setUp({ framework: 'Role card: DevOps Engineering and Infrastructure Senior (P5)', name: 'Zoë 🎉 → ✓' });
  await person.openTab('Documents');
  const emoji: { url: string; status: number }[] = [];
  page.context().on('response', (response) => {
    if (response.url().includes('/emoji/')) emoji.push({ url: response.url(), status: response.status() });
  });
  const plan = await exportAndRead(page, 'Export growth plan');
  expect(plan.text).toContain('Growth plan: Zoë');
  expect(plan.text).toContain('→ ✓');
  expect(emoji).toEqual([{ url: new URL('emoji/1f389.png', page.url()).href, status: 200 }]);
});

test('Korean prints with the bundled Korean font, and a character no font has is named at export', async ({ waymark, page }) => {
  const person = new PersonPage(page);
  await waymark.open();
  // 枠 is a Japanese-only kanji: outside the bundled Chinese font's subset, so it cannot be drawn.
  await person.setUp({ framework: 'Role card: DevOps Engineering and Infrastructure Senior (P5)', name: '김지우 枠' });
  await person.openTab('Documents');
  const fonts: { url: string; status: number }[] = [];
  page.context().on('response', (response) => {
    if (response.url().includes('/fonts/')) fonts.push({ url: response.url(), status: response.status() });
  });
  const plan = await exportAndRead(page, 'Export growth plan');
  expect(plan.text).toContain('Growth plan: 김지우');
  // The Korean font for the Hangul, the Chinese one for the kanji (which looks there first), both from the app itself.
  expect(fonts.sort((a, b) => a.url.localeCompare(b.url))).toEqual(
    ['fonts/noto-sans-kr.ttf', 'fonts/noto-sans-sc.ttf'].map((path) => ({ url: new URL(path, page.url()).href, status: 200 })),
  );
  await expect(page.locator('[data-export="saved"]')).toContainText(
    '1 character is not in Waymark’s fonts and left out of the PDF: 枠 (U+67A0). Everything else is in it.',
  );
});

test('a script Waymark has no font for is left out of the PDF, as the export says, not drawn as other letters', async ({
  waymark,
  page,
}) => {
  const person = new PersonPage(page);
  await waymark.open();
  // Devanagari: no bundled font has it. Left to the PDF library, "प्रिया" came out as "*M0?/>".
  await person.setUp({ framework: 'Role card: DevOps Engineering and Infrastructure Senior (P5)', name: 'Priya प्रिया Sharma' });
  await person.openTab('Documents');
  const plan = await exportAndRead(page, 'Export growth plan');
  await expect(page.locator('[data-export="saved"]')).toContainText(
    '6 characters are not in Waymark’s fonts and left out of the PDF: प (U+092A), ् (U+094D), र (U+0930), ि (U+093F), य (U+092F), ा (U+093E). Everything else is in it.',
  );
  // The name as printed: what the fonts have, nothing in place of what they have not.
  expect(plan.text).toMatch(/Growth plan: Priya +Sharma/);
  expect(plan.text).not.toMatch(/[*?/>]M|M0\?/);
});
