import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';
import { MeetingsPage } from './pages/plan-pages';

// Dates are shown in the browser's locale; one locale keeps the expected text fixed.
test.use({ locale: 'en-GB' });

test.describe('1:1 notes', () => {
  test('open actions carry over to the next 1:1, and a private entry says so', async ({ waymark, page }) => {
    await page.clock.install({ time: new Date('2026-01-27T15:00:00') });
    const person = new PersonPage(page);
    const meetings = new MeetingsPage(page);
    await waymark.open();
    // 1:1 notes need no framework: the tab works before the person is mapped.
    await person.openTab('1:1s');
    await expect(meetings.main.getByText('No 1:1 notes yet')).toBeVisible();

    expect(await meetings.newMeeting('2026-01-13')).toContain('nothing carries over');
    const first = meetings.entry('13 Jan 2026');
    await expect(first.getByLabel('Talking points')).toBeFocused();
    await meetings.write(first, 'Talking points', 'How the on-call rotation is going.');
    await meetings.write(first, 'Decisions', 'Shadow the platform team for a sprint.');
    await meetings.addAction(first, 'Write up the incident review', { due: '2026-01-20' });
    await meetings.addAction(first, 'Ask the platform lead about shadowing', { owner: 'Manager' });
    await meetings.action(first, 'Ask the platform lead').getByRole('checkbox').check();
    await expect(meetings.action(first, 'incident review')).toContainText('Overdue');

    // The second 1:1 defaults to today and takes over only what is still open.
    expect(await meetings.newMeeting()).toBe('1 open action from the 1:1 of 13 Jan 2026 will carry over.');
    await expect(meetings.entries).toHaveCount(2);
    const second = meetings.entry('27 Jan 2026');
    await expect(meetings.entries.first()).toHaveAccessibleName('1:1 on 27 Jan 2026');
    const carried = meetings.action(second, 'Write up the incident review');
    await expect(carried).toContainText('carried over from 13 Jan 2026');
    await expect(carried).toContainText('Overdue');
    await expect(meetings.action(second, 'Ask the platform lead')).toHaveCount(0);

    await first.getByLabel('Private').check();
    await expect(first.locator('.meeting-head')).toContainText('Private');
    await expect(second.locator('.meeting-head')).not.toContainText('Private');

    await page.reload();
    await expect(first.getByLabel('Talking points')).toHaveValue('How the on-call rotation is going.');
    await expect(first.getByLabel('Decisions')).toHaveValue('Shadow the platform team for a sprint.');
    await expect(first.getByLabel('Private')).toBeChecked();
    await expect(first.locator('.badge-private')).toHaveText('Private');
    await expect(meetings.action(second, 'incident review')).toContainText('carried over from 13 Jan 2026');
  });

  test('an action carried twice still names the 1:1 where it was agreed; entries are deleted after a confirmation', async ({
    waymark,
    page,
  }) => {
    const person = new PersonPage(page);
    const meetings = new MeetingsPage(page);
    await waymark.open();
    await person.openTab('1:1s');
    await meetings.newMeeting('2026-02-03');
    await meetings.addAction(meetings.entry('3 Feb 2026'), 'Find a coach for the promotion case', { owner: 'Coach' });
    await meetings.newMeeting('2026-02-17');
    await meetings.newMeeting('2026-03-03');

    const latest = meetings.entry('3 Mar 2026');
    await expect(meetings.action(latest, 'Find a coach')).toContainText('carried over from 3 Feb 2026');
    await expect(meetings.action(latest, 'Find a coach').getByLabel('Owner')).toHaveValue('coach');

    await meetings.entry('17 Feb 2026').getByRole('button', { name: 'Delete this 1:1…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete the 1:1 of 17 Feb 2026?' });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Delete 1:1' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(meetings.entries).toHaveCount(2);
    await expect(meetings.main.getByRole('status').filter({ hasText: 'The 1:1 of 17 Feb 2026 was deleted.' })).toBeVisible();
    await expect(meetings.action(latest, 'Find a coach')).toContainText('carried over from 3 Feb 2026');
  });
});
