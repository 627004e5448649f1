import { expect, test } from './fixtures';

test.describe('privacy and bad data', () => {
  test('runs under a CSP that allows no remote origin, and breaks none of it', async ({ waymark, page }) => {
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (violation: string) => violations.push(violation));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        void Reflect.get(window, 'reportViolation')(`${event.effectiveDirective} by ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    const response = await page.goto('./');
    await expect(waymark.heading).toBeVisible();
    // The start checks the frameworks and what it reads from the database, and none of it may try what the policy forbids.
    expect(violations).toEqual([]);
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
