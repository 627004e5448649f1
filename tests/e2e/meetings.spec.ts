import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { PersonPage } from './pages/person-page';
import { MeetingsPage } from './pages/plan-pages';
import { exportAndRead } from './pdf-text';

// Dates are shown in the browser's locale; one locale keeps the expected text fixed.
test.use({ locale: 'en-GB' });

/** axe-core's serious findings in the light and the dark theme, as the page is now. */
async function inBothThemes(page: Page, where: string): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    found.push(...(await seriousViolations(page, `${where}, ${scheme}`)));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

function doneBox(meetings: MeetingsPage, entry: Locator, text: string): Locator {
  return meetings.action(entry, text).getByRole('checkbox');
}

test.describe('1:1 notes', () => {
  test('an action is one action in every 1:1: ticked done in a later one, it is done in the first; a private entry gets none until asked', async ({
    waymark,
    page,
  }) => {
    test.slow();
    await page.clock.install({ time: new Date('2026-02-24T15:00:00') });
    const person = new PersonPage(page);
    const meetings = new MeetingsPage(page);
    const axe: string[] = [];
    await waymark.open();
    // 1:1 notes need no framework: the tab works before the person is mapped.
    await person.openTab('1:1s');
    await expect(meetings.main.getByText('No 1:1 notes yet')).toBeVisible();

    expect(await meetings.newMeeting('2026-01-13')).toBe('No action of an earlier 1:1 is open on this date.');
    const first = meetings.entry('13 Jan 2026');
    await expect(first.getByLabel('Talking points')).toBeFocused();
    await meetings.write(first, 'Talking points', 'How the on-call rotation is going.');
    await meetings.addAction(first, 'Write up the incident review', { due: '2026-01-20' });
    await meetings.addAction(first, 'Ask the platform lead about shadowing', { owner: 'Manager' });
    await expect(meetings.action(first, 'incident review')).toContainText('Overdue');

    expect(await meetings.newMeeting('2026-01-27')).toBe(
      '2 open actions of earlier 1:1s will show in it, and stay one action wherever they are ticked done.',
    );
    await expect(meetings.main.getByRole('status').filter({ hasText: '1:1 added with 2 open actions from earlier 1:1s.' })).toBeVisible();
    const second = meetings.entry('27 Jan 2026');
    const carried = meetings.action(second, 'Write up the incident review');
    await expect(carried).toContainText('From the 1:1 of 13 Jan 2026');
    await expect(carried).toContainText('Overdue');
    await meetings.newMeeting('2026-02-10');
    const third = meetings.entry('10 Feb 2026');
    await expect(meetings.action(third, 'incident review')).toContainText('From the 1:1 of 13 Jan 2026');
    // It is removed only where it was agreed: removing it here would erase it from the earlier 1:1s too.
    await expect(meetings.action(third, 'incident review').getByRole('button', { name: /^Remove action/ })).toHaveCount(0);
    await expect(meetings.action(first, 'incident review').getByRole('button', { name: /^Remove action/ })).toHaveCount(1);

    // Ticked done in the third 1:1: done in the first and the second too, with the day, and no longer overdue.
    await doneBox(meetings, third, 'incident review').check();
    for (const entry of [third, second, first]) {
      await expect(doneBox(meetings, entry, 'incident review')).toBeChecked();
      await expect(meetings.action(entry, 'incident review')).toContainText(/done on 24 Feb 2026/i);
      await expect(meetings.action(entry, 'incident review')).not.toContainText('Overdue');
    }
    await expect(doneBox(meetings, third, 'shadowing')).not.toBeChecked();
    await meetings.addAction(second, 'Book the review room', { owner: 'Coach' });
    await expect(meetings.action(third, 'Book the review room')).toContainText('From the 1:1 of 27 Jan 2026');
    await expect(meetings.action(first, 'Book the review room')).toHaveCount(0);
    axe.push(...(await inBothThemes(page, '1:1s with carried actions')));

    await page.reload();
    await expect(doneBox(meetings, first, 'incident review')).toBeChecked();
    await expect(meetings.action(first, 'incident review')).toContainText(/done on 24 Feb 2026/i);
    await expect(meetings.action(third, 'Book the review room').getByLabel('Owner')).toHaveValue('coach');

    // A private entry receives nothing by itself; asked, it shows the open actions.
    await meetings.newMeeting();
    const privateEntry = meetings.entry('24 Feb 2026');
    await expect(meetings.action(privateEntry, 'Book the review room')).toBeVisible();
    await privateEntry.getByLabel('Private').check();
    await expect(privateEntry.getByRole('list', { name: /^Actions for/ }).getByRole('listitem')).toHaveCount(0);
    await expect(privateEntry).toContainText('2 open actions of earlier 1:1s are not shown in this private entry.');
    axe.push(...(await inBothThemes(page, '1:1s with a private entry')));
    await privateEntry.getByRole('button', { name: 'Bring open actions into this entry' }).click();
    await expect(meetings.action(privateEntry, 'Book the review room')).toContainText('From the 1:1 of 27 Jan 2026');
    await expect(meetings.action(privateEntry, 'shadowing')).toBeVisible();
    await expect(privateEntry.getByRole('button', { name: 'Bring open actions into this entry' })).toHaveCount(0);

    // An action agreed in the private entry stays out of shared ones.
    await meetings.addAction(privateEntry, 'Talk about the salary band');
    await meetings.newMeeting('2026-03-10');
    const march = meetings.entry('10 Mar 2026');
    await expect(meetings.action(march, 'Book the review room')).toBeVisible();
    await expect(meetings.action(march, 'salary band')).toHaveCount(0);
    await expect(march).toContainText('1 open action of earlier private 1:1s is not shown in this entry.');

    // Deleting the 1:1 an open action was agreed in asks what becomes of it.
    await second.getByRole('button', { name: 'Delete this 1:1…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete the 1:1 of 27 Jan 2026?' });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expect(confirm).toContainText(
      '1 action is still open and shows in later 1:1s. Keep it, and it moves to the 1:1 of 10 Feb 2026, still saying it was agreed on 27 Jan 2026.',
    );
    axe.push(...(await inBothThemes(page, 'delete 1:1 dialog')));
    await confirm.getByRole('button', { name: 'Delete 1:1, keep open actions' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(meetings.entries).toHaveCount(4);
    await expect(meetings.main.getByRole('status').filter({ hasText: 'The 1:1 of 27 Jan 2026 was deleted.' })).toBeVisible();
    await expect(meetings.action(third, 'Book the review room')).toContainText('From the 1:1 of 27 Jan 2026 (deleted)');
    await expect(meetings.action(march, 'Book the review room')).toContainText('From the 1:1 of 27 Jan 2026 (deleted)');

    await third.getByRole('button', { name: 'Delete this 1:1…' }).click();
    await page
      .getByRole('dialog', { name: 'Delete the 1:1 of 10 Feb 2026?' })
      .getByRole('button', { name: 'Delete 1:1 and its actions' })
      .click();
    await expect(meetings.entries).toHaveCount(3);
    await expect(meetings.action(march, 'Book the review room')).toHaveCount(0);
    await expect(meetings.action(march, 'shadowing')).toBeVisible();
    expect(axe).toEqual([]);
  });

  test('the 1:1 preparation lists each open action once, as it stands, and private ones only when private notes are included', async ({
    waymark,
    page,
  }, testInfo) => {
    test.slow();
    await page.clock.install({ time: new Date('2026-11-23T10:00:00') });
    const person = new PersonPage(page);
    const meetings = new MeetingsPage(page);
    await waymark.open();
    await person.setUp({ framework: 'Career map: Infrastructure and Frontend — Frontend', current: 'L4' });
    await person.openTab('1:1s');
    await meetings.newMeeting('2026-11-02');
    const november = meetings.entry('2 Nov 2026');
    await meetings.addAction(november, 'Book the security review room', { owner: 'Manager', due: '2026-11-09' });
    await meetings.addAction(november, 'Share the threat-model checklist');
    await meetings.newMeeting('2026-11-09');
    const privateEntry = meetings.entry('9 Nov 2026');
    await privateEntry.getByLabel('Private').check();
    await meetings.addAction(privateEntry, 'Ask HR about the salary band');
    await meetings.newMeeting('2026-11-16');
    await doneBox(meetings, meetings.entry('16 Nov 2026'), 'checklist').check();
    await expect(doneBox(meetings, november, 'checklist')).toBeChecked();

    await person.openTab('Documents');
    const prep = await exportAndRead(page, 'Export 1:1 preparation', testInfo.outputPath('1-1 preparation.pdf'));
    expect(prep.text).toContain('Book the security review room');
    expect(prep.text.split('Book the security review room')).toHaveLength(2);
    expect(prep.text).toContain('1:1 of 2 Nov 2026');
    expect(prep.text).not.toContain('checklist');
    expect(prep.text).not.toContain('salary band');
    expect(prep.text).not.toContain('Confidential');

    await page.getByLabel('Include private notes').check();
    const withPrivate = await exportAndRead(page, 'Export 1:1 preparation', testInfo.outputPath('1-1 preparation (confidential).pdf'));
    expect(withPrivate.text).toContain('Ask HR about the salary band');
    expect(withPrivate.text).toContain('Confidential — includes private notes');
    expect(withPrivate.text).not.toContain('checklist');
  });
});
