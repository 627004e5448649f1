/**
 * The JSON Schema shipped for editors (docs/framework.schema.json) is generated from the zod schemas;
 * this test fails when they drift apart. `npm run schema` writes it afresh.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { frameworkSchema } from '../../../shared/framework/schema';

const file = resolve(import.meta.dirname, '../../../docs/framework.schema.json');

function generated(): string {
  const schema = z.toJSONSchema(frameworkSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Waymark framework' }, null, 2)}\n`;
}

describe('the shipped JSON Schema', () => {
  it('matches the framework model', () => {
    if (process.env.WRITE_SCHEMA) writeFileSync(file, generated());
    expect(readFileSync(file, 'utf8')).toBe(generated());
  });
});
