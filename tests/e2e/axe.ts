/**
 * axe-core's critical and serious violations on the page as it is, one line each, named by where they
 * were found: what the accessibility tests expect to be empty.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'critical' || violation.impact === 'serious')
    .map(
      (violation) =>
        `${where}: ${violation.id} (${violation.impact}) ${violation.nodes.length}× ${violation.nodes[0]?.target.join(' ') ?? ''}`,
    );
}
