/**
 * Accessibility measured with axe-core on the main screens and a dialog, in the light and the dark
 * theme: no critical and no serious violations.
 */
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';

const frontend = 'Career map: Infrastructure and Frontend — Frontend';

for (const scheme of ['light', 'dark'] as const) {
  test(`no critical or serious violations on the person's screens, ${scheme}`, async ({ waymark, page }) => {
    // Twelve full axe runs: more than the default test time on a busy machine.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    const person = new PersonPage(page);
    await waymark.open();
    const found: string[] = [];
    found.push(...(await seriousViolations(page, 'framework')));
    await person.setUp({ framework: frontend, current: 'L4' });
    await person.rate('More then 4 years of frontend development experience.', 'Consistently');
    for (const tab of ['Rate', 'Next level', 'Compare', 'Gaps', 'Plan', '1:1s', 'History', 'Evidence', 'Documents', 'Profile'] as const) {
      await person.openTab(tab);
      await expect(page.getByRole('tabpanel')).not.toContainText('Loading…');
      found.push(...(await seriousViolations(page, tab)));
    }
    await page.getByRole('button', { name: 'Add a person' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found.push(...(await seriousViolations(page, 'Add a person')));
    expect(found).toEqual([]);
  });
}
