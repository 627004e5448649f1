/**
 * The page's workers (saving and restoring a backup, the team overview's reads, PDF documents, reading
 * a framework file) run under the same content security policy as the page, and none of them trips it.
 * A worker that catches a refusal itself (a library probing whether it may compile code, say) raises
 * no error, so each worker's script is served here with a listener in front of it that reports any
 * violation as a console error, which the fixture fails the test on.
 */
import { resolve } from 'node:path';
import { expect, takeExpected, test } from './fixtures';
import { PersonPage } from './pages/person-page';
import { exportAndRead } from './pdf-text';

const workers = ['backup-save-worker', 'backup-restore-worker', 'team-worker', 'document-worker', 'import-worker'];
const spreadsheet = resolve(import.meta.dirname, '../fixtures/frameworks/spreadsheet-semicolons.csv');

const reportViolations = `self.addEventListener('securitypolicyviolation', (event) => {
  console.error('a worker broke the content security policy: ' + event.effectiveDirective + ' (' + String(event.blockedURI).slice(0, 60) + ') by ' + event.sourceFile + ':' + event.lineNumber);
});
`;

test('every worker runs under the page’s policy and breaks none of it', async ({ waymark, page, pageProblems }) => {
  test.slow();
  const served = new Map<string, string>();
  await page.context().route('**/assets/*-worker-*.js', async (route) => {
    const response = await route.fetch();
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    served.set(workers.find((worker) => name.startsWith(`${worker}-`)) ?? name, response.headers()['content-security-policy'] ?? '');
    await route.fulfill({ response, body: reportViolations + (await response.text()) });
  });
  const person = new PersonPage(page);
  const people = page.getByRole('navigation', { name: 'People' });
  const pagePolicy = (await page.goto('./'))?.headers()['content-security-policy'];
  await expect(waymark.heading).toBeVisible();

  await person.setUp({ name: 'Zoë 🌱 周', framework: 'Career map: Infrastructure and Frontend — Frontend', current: 'L4' });
  await person.rate('More then 4 years of frontend development experience.', 'Consistently');
  await person.openTab('Documents');
  expect((await exportAndRead(page, 'Export growth plan')).text).toContain('Zoë');
  // The one refusal there is, and must stay, harmless: the PDF layout engine's WebAssembly is embedded in
  // its script as a data: URL, which it first tries to fetch (refused: the policy lets the page fetch
  // only its own files) and then decodes itself. Any other refusal fails the test.
  const wasmFetchRefused = /connect-src \(data\) by \S+\/document-worker-/;
  await expect.poll(() => pageProblems.filter((problem) => wasmFetchRefused.test(problem)).length).toBe(1);
  takeExpected(pageProblems, wasmFetchRefused);

  await page.getByRole('link', { name: 'Team overview' }).click();
  await expect(page.getByTestId('team-status')).toHaveText('1 person');

  const choosingFramework = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a framework…' }).click();
  await (await choosingFramework).setFiles(spreadsheet);
  await page.getByRole('dialog', { name: 'Import spreadsheet-semicolons?' }).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(waymark.heading).toHaveText('Platform career map');

  await people.getByRole('link', { name: 'Backups' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a backup…' }).click();
  const backup = await (await downloading).path();
  const choosingBackup = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await (await choosingBackup).setFiles(backup);
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is restored' })).toBeVisible();

  // Each worker was started (and so listened), under the very policy the page has, which allows no code compiled from text.
  expect([...served.keys()].sort()).toEqual([...workers].sort());
  expect(pagePolicy).toContain("script-src 'self'");
  expect(pagePolicy).not.toContain("'unsafe-eval'");
  for (const policy of served.values()) expect(policy).toBe(pagePolicy);
});
