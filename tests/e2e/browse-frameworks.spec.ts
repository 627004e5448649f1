import { expect, test } from './fixtures';

test.describe('browsing the bundled frameworks', () => {
  test('shows the Infrastructure map up to its top level', async ({ waymark }) => {
    await waymark.open();
    await waymark.openTrack('Infrastructure');
    expect(await waymark.levelColumns()).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L9', 'L10']);
    await expect(waymark.levelHeader('L9')).toContainText('No L8 in the source');
    await expect(waymark.levelHeader('L10')).toContainText('Management');
    await expect(waymark.levelHeader('L7')).toContainText('Individual contributor');
    expect(await waymark.cell('Scope of impact', 'L10')).toBe('Operates at the company level with full accountability for IT function.');
    expect(await waymark.cell('Experience', 'L1')).toContain('No prior experience required.');
  });

  test('shows Frontend’s ten levels with named skills grouped into areas', async ({ waymark }) => {
    await waymark.open();
    await waymark.openTrack('Frontend');
    expect(await waymark.levelColumns()).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9', 'L10']);
    expect(await waymark.cell('JavaScript & frameworks', 'L4')).toContain('Advanced JavaScript: Mastery of core concepts');
    expect(await waymark.cell('Soft skills & communication', 'L10')).toContain('Executive Communication: Reporting to top management');
    expect(await waymark.cell('HTML/CSS', 'L5')).toBe('—');
    await expect(waymark.levelHeader('L9')).toContainText('Management');
  });

  test('opens what changes from L4 to L5 and moves along the ladder', async ({ waymark, page }) => {
    await waymark.open();
    await waymark.openTrack('Frontend');
    await waymark.openLevelChangesFromHeader('L5');
    await expect(waymark.heading).toHaveText('Frontend: what changes from L4 to L5');
    await expect(page.getByRole('status').filter({ hasText: 'statements at' })).toContainText(
      '6 of the 6 statements at L5 change from L4: 3 new, 3 reworded, 3 statements of L4 not carried on.',
    );
    await expect(waymark.newStatements.filter({ hasText: 'Security: Awareness of common vulnerabilities' })).toHaveCount(1);
    // Soft skills are reworded, not new: the words L5 adds are marked, the ones it drops struck through.
    const softSkills = waymark.main.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Soft skills/ }) });
    await expect(softSkills.locator('.statement-reworded')).toHaveCount(1);
    await expect(softSkills.locator('ins').first()).toContainText('added:');
    await expect(softSkills.locator('del').first()).toContainText('removed:');

    await page.getByRole('link', { name: 'L5 to L6 →' }).click();
    await expect(waymark.heading).toHaveText('Frontend: what changes from L5 to L6');

    await waymark.chooseLevels('L8', 'L10');
    await expect(waymark.main.getByRole('columnheader', { name: /L10/ })).toContainText('Management');

    await page.goBack();
    await expect(waymark.heading).toContainText('from L8 to L9');
  });

  test('Back returns through the screens opened and then leaves Waymark: the start leaves no step of its own', async ({
    waymark,
    page,
  }) => {
    await page.goto('about:blank');
    await waymark.open();
    const first = page.url();
    expect(first).toMatch(/#\/people\/[^/]+\/rate$/);
    await waymark.openTrack('Frontend');
    await page.goBack();
    await expect(waymark.heading).toHaveText('Me');
    expect(page.url()).toBe(first);
    // Home would lead straight back here; the page before Waymark comes instead.
    await page.goBack();
    await expect(page).toHaveURL('about:blank');
  });

  test('shows only what changes, or every statement of both levels', async ({ waymark, page }) => {
    await waymark.open('#/frameworks/career-map-infrastructure-frontend/tracks/infrastructure/changes/L7/L9');
    await expect(waymark.heading).toHaveText('Infrastructure: what changes from L7 to L9');
    await expect(waymark.main.locator('.word-elided').first()).toBeVisible();
    await page.getByLabel('Show only what changes').uncheck();
    await expect(waymark.main.getByRole('rowheader')).toHaveCount(6);
    await expect(waymark.main.locator('.word-elided')).toHaveCount(0);
    await expect(page.getByText('Showing every statement of both levels.')).toBeVisible();
  });

  test('shows the role card with its attributes, story, components, aliases, mapping and draft status', async ({ waymark }) => {
    await waymark.open();
    await waymark.openRoleCard();
    const main = waymark.main;
    await expect(main.getByText('P5 — Expert Professional').first()).toBeVisible();
    await expect(main.getByRole('list', { name: 'Card status' })).toContainText('Status: Draft');
    await expect(main.getByRole('list', { name: 'Card status' })).toContainText('Confidence: Medium (0.70)');
    await expect(main.getByText('The source marks this card as a draft')).toBeVisible();
    await expect(main.locator('.attributes > div')).toHaveCount(7);
    await expect(main.locator('.attributes')).toContainText('Typical experience8–12 yrs');
    for (const [title, count] of [
      ['Responsibilities', 8],
      ['Tasks', 3],
      ['Skills', 8],
      ['Knowledge', 8],
      ['Competencies', 7],
      ['Qualifications', 4],
    ] as const) {
      const group = main.getByRole('region', { name: new RegExp(`^${title}`) });
      await expect(group.getByRole('listitem')).toHaveCount(count);
    }
    await expect(main.getByRole('heading', { name: 'The story of this role' })).toBeVisible();
    await expect(main.getByRole('table').first()).toContainText('P5–P6');
    // The source's coded values read as words.
    const mapping = main.getByRole('table').nth(1);
    await expect(mapping).toContainText('Inferred from superfunction');
    await expect(mapping).toContainText('Needs review');
    await expect(mapping).not.toContainText('_');
  });

  test('keeps the place on reload', async ({ waymark, page }) => {
    await waymark.open();
    await waymark.openRoleCard();
    await page.reload();
    await expect(waymark.heading).toHaveText('DevOps Engineering and Infrastructure Senior');
  });

  test('says so when an address leads nowhere', async ({ waymark }) => {
    await waymark.open('#/frameworks/career-map-infrastructure-frontend/tracks/design');
    await expect(waymark.heading).toHaveText('Not found');
  });
});
