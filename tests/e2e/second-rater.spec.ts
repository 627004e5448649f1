import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';

const frontend = 'Career map: Infrastructure and Frontend — Frontend';
const experienceL5 = 'More then 4 years of frontend development experience.';
const security = 'Awareness of common vulnerabilities';
const performance = 'Deep understanding of browser performance';

test('self and manager ratings kept apart, disagreements flagged, an agreed rating counted first and named', async ({ waymark, page }) => {
  const person = new PersonPage(page);
  await waymark.open();
  await person.setUp({ framework: frontend, current: 'L4' });

  // Yourself first: you rate as "Self".
  await expect(person.main.getByRole('radio', { name: 'Self' })).toBeChecked();
  await person.rate(experienceL5, 'Consistently');
  await person.rate(security, 'Consistently');
  await person.rate(performance, 'Partly');

  // Then your manager's view, kept apart from yours.
  await person.main.getByRole('radio', { name: 'Manager or coach' }).check();
  await expect(person.progress).toHaveText('0 of 6 rated');
  await person.rate(security, 'Not yet');
  await person.rate(performance, 'Consistently');
  await expect(person.row(security)).toContainText('Self: Consistently');

  await person.openTab('Compare');
  const summary = person.main.getByTestId('compare-summary');
  await expect(summary).toContainText('2 rated by both · 0 the same · 1 two steps or more apart (0 of them agreed)');
  const flagged = person.main.locator('.compare-row[data-flagged="true"]');
  await expect(flagged).toHaveCount(1);
  await expect(flagged).toContainText(security);
  await expect(flagged).toContainText('2 steps apart');
  await person.main.getByLabel(`Only disagreements of two steps or more`).check();
  await expect(person.main.locator('.compare-row')).toHaveCount(1);

  await flagged.getByRole('combobox', { name: /Agreed rating/ }).selectOption({ label: 'Partly' });
  await expect(summary).toContainText('(1 of them agreed)');
  const note = flagged.getByRole('textbox', { name: /Agreed note/ });
  await note.fill('Agreed in the 1:1: seen once, on the payments review.');
  await note.blur();

  await page.reload();
  await expect(person.main.locator('.compare-row[data-flagged="true"]')).toContainText('Agreed in the 1:1: seen once');

  // The gaps count agreed, then manager, then self, and say so; one rater's view is a choice away.
  await person.openTab('Gaps');
  await expect(person.main.getByTestId('rating-basis')).toHaveText(
    'Measured on agreed ratings, else the manager or coach’s, else self-ratings: 1 agreed, 1 manager, 1 self',
  );
  // Experience consistently (self) + security partly (agreed) + performance consistently (manager) = 2.5 of 6.
  await expect(person.headline).toContainText('42% of L5 met');
  await person.main.getByLabel('Count').selectOption({ label: 'self-ratings only' });
  await expect(person.main.getByTestId('rating-basis')).toHaveText('Measured on self-ratings only');
  await expect(person.headline).toContainText('42% of L5 met');
  await person.main.getByLabel('Count').selectOption({ label: 'the manager or coach’s ratings only' });
  await expect(person.headline).toContainText('17% of L5 met');
});
