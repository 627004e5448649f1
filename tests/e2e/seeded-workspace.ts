/**
 * A manager's or coach's workspace made in one step: people with a year of use each, mapped against a
 * generated framework, written as the bench writes them (scripts/bench).
 */
import type { Page } from '@playwright/test';
import { peopleOnGeneratedFramework } from '../../scripts/bench/people-seed';
import { seedImportedFramework } from '../../scripts/bench/seed-imported-framework';
import { seedPeople } from '../../scripts/bench/seed-people';

/** Fills the workspace with `count` people (me among them) with a year of use each, and starts again. */
export async function fillWorkspace(page: Page, count: number): Promise<void> {
  const { framework, seedFor } = peopleOnGeneratedFramework();
  await page.evaluate(seedImportedFramework, { id: framework.id, fileName: 'generated.json', framework });
  await page.evaluate(seedPeople, seedFor(count));
  await page.reload();
}
