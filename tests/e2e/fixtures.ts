/**
 * The e2e test fixture: every test gets a page model, and fails if the page made a request outside the
 * app's own origin, threw an error, logged a console error, or got an error response.
 */
import { test as base, expect } from '@playwright/test';
import { WaymarkPage } from './pages/waymark-page';

interface Fixtures {
  waymark: WaymarkPage;
  /** Problems seen on the page; a test that provokes one on purpose can take it out of here. */
  pageProblems: string[];
}

export const test = base.extend<Fixtures>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const problems: string[] = [];
      await page.context().route('**/*', async (route) => {
        const url = route.request().url();
        if (new URL(url).origin === origin || url.startsWith('data:') || url.startsWith('blob:')) {
          await route.fallback();
        } else {
          problems.push(`request left the app: ${url}`);
          await route.abort('blockedbyclient');
        }
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
      });
      await use(problems);
      expect(problems, 'the page stayed within the app and raised no errors').toEqual([]);
    },
    { auto: true },
  ],
  waymark: async ({ page }, use) => {
    await use(new WaymarkPage(page));
  },
});

/** Takes the problems a test caused on purpose out of the list the fixture checks, and returns them. */
export function takeExpected(problems: string[], expected: RegExp): string[] {
  const taken = problems.filter((problem) => expected.test(problem));
  problems.splice(0, problems.length, ...problems.filter((problem) => !expected.test(problem)));
  return taken;
}

export { expect };
