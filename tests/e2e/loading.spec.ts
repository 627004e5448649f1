import { expect, test } from './fixtures';

test('keeps the chart library out of the first JavaScript chunk, and loads it when a chart is shown', async ({ waymark, page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await waymark.open('#/frameworks/role-card-dei-gen-p5');
  const entry = await page.locator('script[type="module"]:not([async])').getAttribute('src');
  const first = await (await page.request.get(new URL(entry ?? '', page.url()).toString())).text();
  expect(first).not.toContain('recharts');
  expect(scripts.some((path) => path.includes('drawing'))).toBe(false);

  await page.getByRole('link', { name: /^Me/ }).click();
  await page.getByLabel('Framework', { exact: true }).selectOption({ label: 'Career map: Infrastructure and Frontend — Frontend' });
  await page.getByRole('button', { name: 'Start mapping' }).click();
  // Nothing rated yet: the radar waits for three areas rated; the ladder on Gaps is drawn at once.
  await page.getByRole('tab', { name: 'Gaps' }).click();
  await expect(page.locator('figure[data-chart="ladder"] .recharts-surface')).toBeVisible();
  expect(scripts.some((path) => path.includes('ladder-drawing'))).toBe(true);
});
