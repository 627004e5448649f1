import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';
import { GrowthPlanPage } from './pages/plan-pages';
import { pdfText } from './pdf-text';

test.use({ locale: 'en-GB' });

const frontend = 'Career map: Infrastructure and Frontend — Frontend';
const security = 'Awareness of common vulnerabilities and how to mitigate them.';

test('a brag document feeds the promotion case, exported as PDF and Markdown', async ({ waymark, page }) => {
  test.slow();
  const person = new PersonPage(page);
  await waymark.open();
  await person.setUp({ framework: frontend, current: 'L4', name: 'Zoë' });
  await person.rate(security, 'Partly');

  await person.openTab('Evidence');
  const record = async (date: string, title: string, text: string, link: string, statements: string[]) => {
    await person.main.getByRole('button', { name: 'Add evidence' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add evidence' });
    await dialog.getByLabel('When').fill(date);
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('What happened').fill(text);
    await dialog.getByLabel('Link (optional)').fill(link);
    for (const statement of statements) await dialog.getByRole('checkbox', { name: new RegExp(statement) }).check();
    await dialog.getByRole('button', { name: 'Save evidence' }).click();
    await expect(dialog).toHaveCount(0);
  };
  await record('2026-03-04', 'Threat model for checkout', 'Ran it with the payments team.', 'https://example.com/threat-model', [
    'Awareness of common vulnerabilities',
    'Strong communication',
  ]);
  await record('2026-10-01', 'Spoke at the frontend guild 🎤', 'About bundle budgets.', '', []);

  const entries = person.main.locator('.evidence-entry');
  await expect(entries).toHaveCount(2);
  await person.main.getByLabel(/Not yet used/).check();
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText('Spoke at the frontend guild');
  await person.main.getByLabel(/Not yet used/).uncheck();
  await person.main.getByLabel('Area').selectOption({ label: 'Soft skills & communication' });
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText('Threat model for checkout');
  await person.main.getByLabel('Area').selectOption({ label: 'All areas' });
  await person.main.getByLabel('From').fill('2026-06-01');
  await expect(entries).toHaveCount(1);
  await expect(entries).toContainText('Spoke at the frontend guild');

  // Tagging it later puts it in the case.
  await entries.getByRole('button', { name: 'Edit' }).click();
  const editing = page.getByRole('dialog', { name: 'Edit evidence' });
  await editing.getByRole('checkbox', { name: /Deep understanding of browser performance/ }).check();
  await editing.getByRole('button', { name: 'Save evidence' }).click();
  await expect(editing).toHaveCount(0);

  // A goal on the level's statements, with what it is about and how it will be judged.
  const plan = new GrowthPlanPage(page);
  await plan.makeGoalFromGap(person, 'Architecture, performance & security');
  await plan.describeGoal(plan.goal('Architecture, performance & security'), {
    description: 'Threat models for *every* team.\nCheckout first.',
    successCriteria: 'Two reviews run without help.',
  });

  await person.openTab('Documents');
  await page.getByLabel('Paper').selectOption('A4');
  let downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export promotion case' }).click();
  let download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Promotion case – Zoë – \d{4}-\d{2}-\d{2}\.pdf$/);
  const { text, pages } = await pdfText(await download.path());
  expect(text).toContain('Promotion case: Zoë');
  expect(text).toContain('Security: Awareness of common vulnerabilities and how to mitigate them.');
  expect(text).toContain('New or reworded at L5 · Rating: Partly');
  // Which ratings it measured, by the same rule as every document: here the one self-rating.
  expect(text).toMatch(/Measured on [^:]+: 1 self/);
  expect(text).toContain('4 Mar 2026 — Threat model for checkout: Ran it with the payments team. https://example.com/threat-model');
  expect(text).toContain('Spoke at the frontend guild');
  expect(text).toMatch(/Goals towards L5 Architecture, performance & security: .+ Planned · addresses 3 statements of L5/);
  expect(text).toContain('Threat models for *every* team. Checkout first. Success criteria Two reviews run without help.');
  expect(text).toContain('Still without evidence (3)');
  expect(text).toContain(`Page 1 of ${pages}`);

  downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'As Markdown' }).click();
  download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Promotion case – Zoë – \d{4}-\d{2}-\d{2}\.md$/);
  const markdown = await readFile(await download.path(), 'utf8');
  expect(markdown).toContain('# Promotion case: Zoë');
  expect(markdown).toMatch(/Measured on [^:]+: 1 self\n/);
  expect(markdown).toContain(
    '  - 4 Mar 2026 — [Threat model for checkout](<https://example.com/threat-model>): Ran it with the payments team.',
  );
  expect(markdown).toContain(
    'Threat models for \\*every\\* team.  \nCheckout first.\n\nSuccess criteria:  \nTwo reviews run without help.\n',
  );
  expect(markdown).toContain('- [ ] More then 4 years of frontend development experience. (Experience)');
});
