import { expect, test } from './fixtures';

test.describe('privacy and bad data', () => {
  test('runs under a CSP that allows no remote origin', async ({ waymark, page }) => {
    const response = await page.goto('./');
    await expect(waymark.heading).toBeVisible();
    const header = response?.headers()['content-security-policy'] ?? '';
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const policy of [header, meta ?? '']) {
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("connect-src 'self'");
      expect(policy).not.toMatch(/https?:/);
    }
  });

  test('names a broken framework file and still opens the others', async ({ waymark, page, pageProblems }) => {
    await page.route('**/frameworks/role-card-dei-gen-p5.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"kind":"role-card","id":"role-card-dei-gen-p5"' }),
    );
    await waymark.open();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('One framework file could not be loaded');
    await expect(alert).toContainText('role-card-dei-gen-p5.json');
    await expect(alert).toContainText('The file is not valid JSON');
    await waymark.openTrack('Infrastructure');
    await expect(waymark.sidebar.getByRole('link', { name: /DevOps/ })).toHaveCount(0);
    expect(pageProblems).toEqual([]);
  });
});
