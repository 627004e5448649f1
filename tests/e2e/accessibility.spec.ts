import { expect, test } from './fixtures';

test.describe('keyboard, zoom and themes', () => {
  test('can be used from the keyboard alone, with a visible focus', async ({ waymark, page }) => {
    await waymark.open();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('button', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();

    const frontend = waymark.sidebar.getByRole('link', { name: /^Frontend/ });
    for (let presses = 0; presses < 10 && !(await frontend.evaluate((element) => element === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await expect(frontend).toBeFocused();
    const outline = await frontend.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(waymark.heading).toHaveText('Frontend career map');
    await expect(waymark.heading).toBeFocused();

    // The map scrolls sideways; its region takes focus so arrow keys can scroll it.
    const map = page.getByRole('region', { name: /Frontend career map/ });
    await map.focus();
    await expect(map).toBeFocused();
    for (let presses = 0; presses < 3; presses += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => map.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);

    // A screen whose code loads the first time it is shown takes the focus to its heading too, once drawn.
    await page.getByRole('navigation', { name: 'People' }).getByRole('link', { name: 'Team overview' }).click();
    await expect(waymark.heading).toHaveText('Team overview');
    await expect(waymark.heading).toBeFocused();
  });

  test('moves between a person’s views with the arrow keys, as a tab list', async ({ waymark, page }) => {
    await waymark.open();
    await page
      .getByRole('main')
      .getByLabel('Framework', { exact: true })
      .selectOption({ label: 'Career map: Infrastructure and Frontend — Frontend' });
    await page.getByRole('main').getByRole('button', { name: 'Start mapping' }).click();
    const tabs = page.getByRole('tablist', { name: 'Person views' });
    const rate = tabs.getByRole('tab', { name: 'Rate', exact: true });
    await expect(rate).toHaveAttribute('aria-selected', 'true');
    await rate.focus();
    await page.keyboard.press('ArrowRight');
    const next = tabs.getByRole('tab', { name: 'Next level', exact: true });
    await expect(next).toBeFocused();
    await expect(next).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: 'Next level' })).toBeVisible();
    await page.keyboard.press('End');
    await expect(tabs.getByRole('tab', { name: 'Profile', exact: true })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(rate).toBeFocused();
    await expect(rate).toHaveAttribute('aria-selected', 'true');
    // One Tab stop: Tab leaves the list for the screen.
    await expect(tabs.getByRole('tab')).toHaveCount((await tabs.locator('[tabindex="-1"]').count()) + 1);
  });

  test('stays readable at 200% zoom', async ({ waymark, page }) => {
    await page.setViewportSize({ width: 640, height: 400 });
    await waymark.open();
    await expect(waymark.heading).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the page itself does not scroll sideways').toBeLessThanOrEqual(0);
    // The sidebar is folded away behind a button in a window this narrow.
    await page.getByRole('button', { name: 'People and frameworks' }).click();
    await waymark.openRoleCard();
    await expect(waymark.main.locator('.attributes > div').first()).toBeVisible();
  });

  test('follows the system’s dark theme', async ({ waymark, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await waymark.open();
    const dark = await page.evaluate(() => getComputedStyle(document.body.parentElement ?? document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await page.evaluate(() => getComputedStyle(document.body.parentElement ?? document.body).backgroundColor);
    expect(dark).toBe('rgb(21, 24, 27)');
    expect(light).toBe('rgb(247, 247, 245)');
  });

  test('has an icon that loads', async ({ waymark, page }) => {
    await waymark.open();
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    const response = await page.request.get(new URL(href ?? '', page.url()).toString());
    expect(response.status()).toBe(200);
  });
});
