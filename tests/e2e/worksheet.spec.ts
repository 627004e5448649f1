import { expect, test } from './fixtures';
import { pdfText } from './pdf-text';

test('prints a blank worksheet of a level, with page numbers and the framework’s source', async ({ waymark, page }) => {
  await waymark.open('#/frameworks/career-map-infrastructure-frontend/tracks/frontend/changes/L4/L5');
  await page.getByLabel('Paper').selectOption('A4');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Blank worksheet for Frontend L5 (PDF)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Worksheet Frontend L5 – \d{4}-\d{2}-\d{2}\.pdf$/);
  await expect(page.getByRole('status').filter({ hasText: 'worksheet' })).toContainText('is saved to your downloads');

  const { text, pages } = await pdfText(await download.path());
  expect(text).toContain('Worksheet: Frontend L5');
  expect(text).toContain('Security: Awareness of common vulnerabilities and how to mitigate them.');
  expect(text).toContain('Not yet');
  expect(text).toContain(`Page 1 of ${pages}`);
  expect(text).toContain('version 1 · source: A career map web page');
});
