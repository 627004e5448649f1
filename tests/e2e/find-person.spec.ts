/**
 * A manager's or coach's long list of people in the sidebar: found by a part of a name typed without
 * its accents, opened from the keyboard, scrolled within itself so what follows stays in reach, and
 * brought into sight when someone far down is opened from elsewhere.
 */
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';
import { fillWorkspace } from './seeded-workspace';

function sidebarOf(page: Page) {
  const people = page.getByRole('navigation', { name: 'People' });
  return {
    people,
    finder: people.getByRole('searchbox', { name: 'Find a person' }),
    found: people.getByRole('status'),
    names: people.locator('#people-list').getByRole('link'),
    current: people.locator('#people-list a[aria-current="page"]'),
  };
}

/** A name in the list without the relationship under it (as text: a name not drawn yet has no lines). */
function nameOf(link: Locator): Promise<string> {
  return link.evaluate((element) => element.firstChild?.textContent ?? '');
}

test('300 people: one is found by part of their name without its accents, and opened from the keyboard', async ({ waymark, page }) => {
  // Two axe runs over 300 names: over the default test time on a busy machine.
  test.setTimeout(180_000);
  await waymark.open();
  await fillWorkspace(page, 300);
  await expect(waymark.heading).toHaveText('Benchmark');
  const { people, finder, found, names, current } = sidebarOf(page);
  await expect(names).toHaveCount(300);
  // The list scrolls within itself: what comes after it is in reach without going past 300 names.
  await expect(people.getByRole('link', { name: 'Team overview' })).toBeInViewport();
  await expect(people.getByRole('button', { name: 'Add a person' })).toBeInViewport();

  // "Łukasz Żółć" typed on a keyboard without Polish letters, with a part of the number.
  await finder.fill('lukasz zolc 1');
  await expect(found).toHaveText('20 of 300 people. Enter opens the first.');
  await expect(names).toHaveCount(20);
  const foundNames = await names.evaluateAll((links) => links.map((link) => link.firstChild?.textContent ?? ''));
  for (const name of foundNames) expect(name).toMatch(/^Łukasz Żółć \d*1\d*$/);
  await finder.press('Enter');
  await expect(waymark.heading).toHaveText('Łukasz Żółć 1');
  await expect(current).toContainText('Łukasz Żółć 1');

  // Cyrillic in capitals, then ↓ and ↑ between the names found, ↑ from the first back to the box.
  await finder.fill('МАРИЯ 10');
  await expect(names).toHaveCount(3);
  await expect(names).toContainText(['Мария Иванова 10', 'Мария Иванова 101', 'Мария Иванова 108']);
  await finder.press('ArrowDown');
  await expect(names.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(names.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(names.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(finder).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(waymark.heading).toHaveText('Мария Иванова 101');

  // A key that ends an input method's composition is the input method's: Escape there clears nothing.
  await finder.dispatchEvent('keydown', { key: 'Escape', isComposing: true, bubbles: true });
  await expect(finder).toHaveValue('МАРИЯ 10');

  // Nobody: said so; Escape brings everyone back.
  await finder.fill('zzz');
  await expect(found).toHaveText('No name matches “zzz”. Escape clears it.');
  await expect(names).toHaveCount(0);
  await finder.press('Escape');
  await expect(finder).toHaveValue('');
  await expect(found).toHaveText('');
  await expect(names).toHaveCount(300);

  // Only spaces, or a lone accent: nothing to find, everyone listed, Enter opens nobody.
  for (const blank of ['   ', '´']) {
    await finder.fill(blank);
    await expect(found).toHaveText('');
    await expect(names).toHaveCount(300);
    await finder.press('Enter');
    await expect(waymark.heading).toHaveText('Мария Иванова 101');
  }

  // Found, and nothing found, pass axe's critical and serious rules.
  await finder.fill('Ångström');
  await expect(found).toHaveText(/^42 of 300 people/);
  const problems = await seriousViolations(page, 'people found');
  await finder.fill('zzz');
  problems.push(...(await seriousViolations(page, 'nobody found')));
  expect(problems).toEqual([]);
});

test('300 people: the person open stays in sight in the list, however they were opened', async ({ waymark, page }) => {
  test.slow();
  await waymark.open();
  await fillWorkspace(page, 300);
  await expect(waymark.heading).toHaveText('Benchmark');
  const { people, finder, names, current } = sidebarOf(page);
  await expect(names).toHaveCount(300);

  // Opened from elsewhere (a link to their screen): their name comes into sight, whole.
  const farDown = names.nth(250);
  const name = await nameOf(farDown);
  await expect(farDown).not.toBeInViewport();
  await page.evaluate((to) => (location.hash = to ?? ''), await farDown.getAttribute('href'));
  await expect(waymark.heading).toHaveText(name);
  await expect(current).toContainText(name);
  await expect(current).toBeInViewport({ ratio: 1 });

  // Typing their first name: the names found are shown from the first (the one Enter opens), not
  // scrolled to them; so after a typo that found nobody, corrected.
  const firstWord = name.split(' ')[0] ?? '';
  await finder.fill(firstWord);
  await expect(names.first()).toBeInViewport({ ratio: 0.9 });
  await finder.fill(`${firstWord}zzz`);
  await expect(names).toHaveCount(0);
  await finder.fill(firstWord);
  await expect(names.first()).toBeInViewport({ ratio: 0.9 });
  await expect(current).not.toBeInViewport();

  // Found and opened, then the box cleared: the whole list is back, with them in sight.
  await finder.fill('siobhan 2');
  const first = await nameOf(names.first());
  expect(first).toMatch(/^Siobhán Ó Briain \d*2\d*$/);
  await finder.press('Enter');
  await expect(waymark.heading).toHaveText(first);
  await finder.press('Escape');
  await expect(names).toHaveCount(300);
  await expect(current).toContainText(first);
  await expect(current).toBeInViewport({ ratio: 1 });

  // A click on a name half cut off at the list's edge: it comes only as far as needed, staying under the pointer.
  const list = people.locator('#people-list');
  const edge = await list.evaluate((box) => {
    const bottom = box.getBoundingClientRect().bottom;
    const links = [...box.querySelectorAll('a')];
    const cut = links.findIndex((link) => {
      const { top, bottom: end } = link.getBoundingClientRect();
      return top < bottom - 12 && end > bottom;
    });
    return { index: cut, y: bottom - 6 };
  });
  expect(edge.index).toBeGreaterThan(0);
  const cutName = await nameOf(names.nth(edge.index));
  await page.mouse.click(100, edge.y);
  await expect(waymark.heading).toHaveText(cutName);
  await expect(current).toBeInViewport({ ratio: 1 });
  const box = await current.boundingBox();
  expect(box && box.y <= edge.y && edge.y <= box.y + box.height).toBe(true);

  // In a narrow window the sidebar folds away. Someone far down opened meanwhile is in sight, with
  // focus on their name, when it unfolds.
  await page.setViewportSize({ width: 640, height: 400 });
  const toggle = page.getByRole('button', { name: 'People and frameworks' });
  await expect(people).toBeHidden();
  // Folded, the sidebar is out of the accessibility tree: its links are read from the page.
  const another = page.locator('#people-list a').nth(280);
  const anotherName = await nameOf(another);
  await page.evaluate((to) => (location.hash = to ?? ''), await another.getAttribute('href'));
  await expect(waymark.heading).toHaveText(anotherName);
  await toggle.click();
  await expect(current).toContainText(anotherName);
  await expect(current).toBeFocused();
  await expect(current).toBeInViewport({ ratio: 1 });

  // Someone opened while it is folded, then the window widened: the list comes back with them in sight.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  const third = page.locator('#people-list a').nth(30);
  const thirdName = await nameOf(third);
  await page.evaluate((to) => (location.hash = to ?? ''), await third.getAttribute('href'));
  await expect(waymark.heading).toHaveText(thirdName);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(current).toContainText(thirdName);
  await expect(current).toBeInViewport({ ratio: 1 });
  await page.setViewportSize({ width: 640, height: 400 });
  await toggle.click();

  // Escape first clears what was typed, then folds the sidebar.
  await finder.fill('zoe');
  await finder.press('Escape');
  await expect(finder).toHaveValue('');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await finder.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
});

test('a short list has no finder; from eight people it has, and adding or removing someone shows the list whole', async ({
  waymark,
  page,
}) => {
  test.slow();
  await waymark.open();
  const { finder, found, names, current } = sidebarOf(page);
  await expect(names).toHaveCount(1);
  await expect(finder).toHaveCount(0);

  await fillWorkspace(page, 7);
  await expect(names).toHaveCount(7);
  await expect(finder).toHaveCount(0);

  const person = new PersonPage(page);
  const dialog = page.getByRole('dialog', { name: 'Add a person' });
  await page.getByRole('button', { name: 'Add a person' }).click();
  // Yoruba, with the marks written as separate characters (o, dot below, grave accent).
  await dialog.getByLabel('Name').fill('Ngozi Adébáyọ̀');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(waymark.heading).toHaveText('Ngozi Adébáyọ̀');
  await expect(names).toHaveCount(8);
  await expect(finder).toBeVisible();

  await finder.fill('adebayo');
  await expect(names).toHaveText([/^Ngozi Adébáyọ̀/]);
  await finder.fill('zzz');
  await expect(names).toHaveCount(0);
  await page.getByRole('button', { name: 'Add a person' }).click();
  await dialog.getByLabel('Name').fill('Chidi 🚀');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect(waymark.heading).toHaveText('Chidi 🚀');
  // Added while "zzz" hid everyone: the list is whole again, and they are in it.
  await expect(finder).toHaveValue('');
  await expect(names).toHaveCount(9);
  await expect(current).toContainText('Chidi 🚀');

  await finder.fill('chidi');
  await expect(found).toHaveText('1 of 9 people. Enter opens them.');

  // Removed while their name is in the box: it does not stay there finding nobody; the list is whole.
  const remove = async (typed: string, name: string) => {
    await finder.fill(typed);
    await names.filter({ hasText: name }).click();
    await expect(waymark.heading).toHaveText(name);
    await person.openTab('Profile');
    await person.main.getByRole('button', { name: `Remove ${name}…` }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: `Remove ${name}` })
      .click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  };
  await remove('chidi', 'Chidi 🚀');
  // The screen after a removal (your own) takes focus, as any screen opened does.
  await expect(waymark.heading).toHaveText('Benchmark');
  await expect(waymark.heading).toBeFocused();
  await expect(finder).toHaveValue('');
  await expect(names).toHaveCount(8);
  // Down to seven, the list is short again: no box.
  await remove('NGOZI', 'Ngozi Adébáyọ̀');
  await expect(finder).toHaveCount(0);
  await expect(names).toHaveCount(7);
});
