import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvColumnOrder, csvColumns } from '../../../shared/import/csv-columns';

const doc = readFileSync(resolve(import.meta.dirname, '../../../docs/framework-format.md'), 'utf8');

describe('docs/framework-format.md', () => {
  it.each(csvColumnOrder)('documents the %s column with every name it is accepted under', (column) => {
    const { header, aliases } = csvColumns[column];
    const row = doc.split('\n').find((line) => line.startsWith(`| \`${header}\``));
    expect(row, `a table row for "${header}"`).toBeDefined();
    for (const alias of aliases) expect(row).toContain(`\`${alias}\``);
  });

  it('gives no accepted name to two columns', () => {
    const names = csvColumnOrder.flatMap((column) => [csvColumns[column].header, ...csvColumns[column].aliases]);
    expect(new Set(names).size).toBe(names.length);
  });
});
