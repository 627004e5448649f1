/**
 * The plan as compact rows that open in place: from the keyboard, one goal open at a time, description
 * and success criteria saved as you go and kept over a reload, finished goals moving below the open
 * ones — and a plan of 50 goals with 5,000-character descriptions in several scripts. axe-core checks
 * the tab with goals closed and open, in the light and the dark theme.
 */
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';
import { GrowthPlanPage } from './pages/plan-pages';

const frontend = 'Career map: Infrastructure and Frontend — Frontend';
const architecture = 'Architecture, performance & security';
const review = 'Lead the accessibility review of the design system';
const talk = 'Give a talk at the frontend guild';
const description = 'Own the review end to end 🌱\n\nمراجعة إمكانية الوصول مع الفريق\n设计系统的无障碍审查\n  — indented line kept  ';
const criteria = '- Every component passes axe with no serious findings\n- The checklist is in the handbook';

test.use({ locale: 'en-GB' });

test('goals open and close from the keyboard, one at a time, and keep their description and success criteria', async ({
  waymark,
  page,
}) => {
  test.slow();
  const person = new PersonPage(page);
  const plan = new GrowthPlanPage(page);
  await waymark.open();
  await person.setUp({ framework: frontend, current: 'L4' });
  await person.openTab('Plan');

  // A new goal opens at once, with focus in its title.
  await plan.addGoalByHand(review);
  const goal = plan.goal(review);
  await expect(plan.toggle(goal)).toHaveAttribute('aria-expanded', 'true');
  await expect(plan.text(goal, 'Title')).toBeFocused();

  await plan.text(goal, 'Description').fill(description);
  await page.keyboard.press('Tab');
  await plan.text(goal, 'Success criteria').fill(criteria);
  // Escape closes the goal from inside its editor, saving the field being typed in; focus goes to the row.
  await page.keyboard.press('Escape');
  await expect(plan.toggle(goal)).toHaveAttribute('aria-expanded', 'false');
  await expect(plan.toggle(goal)).toBeFocused();
  await expect(goal.locator('.goal-editor')).toHaveCount(0);

  // One open at a time: opening the second closes the first.
  await plan.addGoalByHand(talk, { due: '2020-01-31' });
  await expect(plan.summary(plan.goal(talk))).toContainText('Due 31 Jan 2020');
  await expect(plan.summary(plan.goal(talk))).toContainText('Overdue');
  await plan.toggle(goal).focus();
  await page.keyboard.press('Enter');
  await expect(plan.toggle(goal)).toHaveAttribute('aria-expanded', 'true');
  await expect(plan.toggle(plan.goal(talk))).toHaveAttribute('aria-expanded', 'false');
  await expect(plan.text(goal, 'Title')).toBeFocused();
  await expect(plan.text(goal, 'Description')).toHaveValue(description);
  await plan.toggle(goal).focus();
  await page.keyboard.press('Space');
  await expect(plan.toggle(goal)).toHaveAttribute('aria-expanded', 'false');
  await expect(plan.toggle(goal)).toBeFocused();

  // Kept over a reload exactly as written: line breaks, blank lines, spaces, scripts.
  await page.reload();
  await plan.open(plan.goal(review));
  await expect(plan.text(plan.goal(review), 'Description')).toHaveValue(description);
  await expect(plan.text(plan.goal(review), 'Success criteria')).toHaveValue(criteria);

  // Left without leaving the field (the screen changed under it): what was typed is saved on the way out.
  await plan.text(plan.goal(review), 'Description').fill(`${description} — and the tokens`);
  await page.evaluate(() => {
    location.hash = location.hash.replace(/\/plan$/, '/rate');
  });
  await expect(page).toHaveURL(/\/rate$/);
  await person.openTab('Plan');
  await plan.open(plan.goal(review));
  await expect(plan.text(plan.goal(review), 'Description')).toHaveValue(`${description} — and the tokens`);

  // Over the limit it says so and keeps the saved text; emptied, the description goes.
  const success = plan.text(plan.goal(review), 'Success criteria');
  await success.fill('✓'.repeat(20_001));
  await expect(plan.goal(review).getByText(/20,001 of 20,000 characters — .*Shorten it by 1 to save it/)).toBeVisible();
  await expect(success).toHaveAttribute('aria-invalid', 'true');
  await plan.text(plan.goal(review), 'Description').fill('');
  await plan.text(plan.goal(review), 'Title').fill('');
  await plan.text(plan.goal(review), 'Title').blur();
  await expect(plan.goal(review).getByText('Give the goal a title.')).toBeVisible();
  await page.reload();
  await plan.open(plan.goal(review));
  await expect(plan.text(plan.goal(review), 'Success criteria')).toHaveValue(criteria);
  await expect(plan.text(plan.goal(review), 'Description')).toHaveValue('');

  // Marked done, the goal stays put while open, and moves below the open goals when closed.
  await plan.setStatus(plan.goal(review), 'Done');
  await expect(plan.goal(review)).toBeVisible();
  await plan.toggle(plan.goal(review)).click();
  const finished = plan.goal(review, plan.finishedGoals);
  await expect(finished).toBeVisible();
  await expect(plan.goal(review)).toHaveCount(0);
  await expect(plan.toggle(finished)).toBeFocused();
  await expect(plan.main.getByRole('status').filter({ hasText: 'moved to the finished goals' })).toBeVisible();
  await expect(plan.titles()).toHaveText([talk]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the Plan tab, with goals closed and open, has no critical or serious violations, ${scheme}`, async ({ waymark, page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    const person = new PersonPage(page);
    const plan = new GrowthPlanPage(page);
    await waymark.open();
    await person.setUp({ framework: frontend, current: 'L4' });
    await plan.makeGoalFromGap(person, architecture);
    await plan.addGoalByHand(talk, { due: '2020-01-31' });
    await plan.text(plan.goal(talk), 'Description').fill(description);
    await plan.addAction(plan.goal(talk), 'Draft the outline');
    await plan.setStatus(plan.goal(talk), 'Done');
    await plan.toggle(plan.goal(talk)).click();
    const found = await seriousViolations(page, 'plan, goals closed');
    await plan.open(plan.goal(architecture));
    found.push(...(await seriousViolations(page, 'plan, a goal open')));
    await plan.open(plan.goal(talk, plan.finishedGoals));
    found.push(...(await seriousViolations(page, 'plan, a finished goal open')));
    expect(found).toEqual([]);
  });
}

/** Writes goals straight into the workspace, as a plan kept for a year would hold them. */
async function seedGoals(page: Page, count: number, texts: { description: string; successCriteria: string }): Promise<void> {
  await page.evaluate(
    ({ count, texts }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('waymark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction('goals', 'readwrite');
          const store = tx.objectStore('goals');
          const all = store.getAll();
          all.onsuccess = () => {
            const [first]: Record<string, unknown>[] = all.result;
            if (!first) return reject(new Error('no goal to copy'));
            for (let index = 1; index < count; index += 1) {
              store.put({
                ...first,
                id: `seeded-${index}`,
                order: index,
                title: `Goal ${index + 1}: ${'Grow the design system 🌱 نظام التصميم 设计系统 '.repeat(4)}`.slice(0, 200),
                description: `${index + 1}. ${texts.description}`,
                successCriteria: texts.successCriteria,
                dueDate: `2027-${String((index % 12) + 1).padStart(2, '0')}-15`,
                status: index % 5 === 0 ? 'done' : index % 3 === 0 ? 'in-progress' : 'planned',
              });
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { count, texts },
  );
}

test('a plan of 50 goals with 5,000-character descriptions in several scripts stays compact and opens any goal', async ({
  waymark,
  page,
}) => {
  test.slow();
  const person = new PersonPage(page);
  const plan = new GrowthPlanPage(page);
  await waymark.open();
  await person.setUp({ framework: frontend, current: 'L4' });
  await plan.makeGoalFromGap(person, architecture);
  const long = 'Ship the review 🚀 مراجعة التصميم 设计评审 and write it up.\n'.repeat(100).slice(0, 5_000);
  await seedGoals(page, 50, { description: long, successCriteria: long });
  await page.reload();
  await person.openTab('Plan');

  // 9 of the 49 seeded are done: 41 open rows, then 9 finished; none open, each one row high.
  await expect(plan.goals.locator(':scope > li')).toHaveCount(41);
  await expect(plan.finishedGoals.locator(':scope > li')).toHaveCount(9);
  await expect(plan.main.locator('.goal-editor')).toHaveCount(0);
  const heights = await plan.goals.locator(':scope > li').evaluateAll((rows) => rows.map((row) => row.getBoundingClientRect().height));
  expect(Math.max(...heights)).toBeLessThan(120);

  const last = plan.goal('Goal 50:', plan.goals);
  await plan.toggle(last).focus();
  await page.keyboard.press('Enter');
  await expect(plan.text(last, 'Description')).toHaveValue(`50. ${long}`);
  await expect(plan.text(last, 'Success criteria')).toHaveValue(long);
  expect(await seriousViolations(page, 'plan of 50 goals, one open')).toEqual([]);
});
