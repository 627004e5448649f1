import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { onFirstUse } from '../../../shared/zod-on-first-use';
import { frameworkSchema } from '../../../shared/framework/schema';
import { personSchema } from '../../../shared/workspace/schema';

describe('a schema made on first use', () => {
  it('is not made until something parses with it, then made once', () => {
    const make = vi.fn(() => z.object({ name: z.string().min(1) }));
    const schema = onFirstUse(make);
    expect(make).not.toHaveBeenCalled();

    expect(schema.parse({ name: 'Ada' })).toEqual({ name: 'Ada' });
    expect(schema.safeParse({ name: '' }).success).toBe(false);
    expect(schema.unwrap()).toBe(schema.unwrap());
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('is not made when a schema that holds it is made, only when that one parses', () => {
    const make = vi.fn(() => z.object({ id: z.string() }));
    const inner = onFirstUse(make);
    const outer = z.object({ items: z.array(inner), note: inner.optional() });
    expect(make).not.toHaveBeenCalled();

    expect(outer.parse({ items: [{ id: 'a', extra: 1 }] })).toEqual({ items: [{ id: 'a' }] });
    expect(outer.safeParse({ items: [{ id: 3 }] }).error?.issues[0]?.path).toEqual(['items', 0, 'id']);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('answers for the schemas of the workspace and the frameworks as before: defaults, refinements, unions', () => {
    const person = personSchema.parse({
      id: 'p1',
      name: 'Żaneta 李',
      relationship: 'report',
      target: null,
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
    });
    expect(person.expectedProficiency).toBe(3);
    expect(person.notes).toBe('');

    const card = {
      kind: 'role-card',
      id: 'card',
      name: 'Card',
      version: '1',
      source: { name: 'A source' },
      code: 'C1',
      title: 'A role',
      level: { code: 'P1', name: 'One', attributes: [] },
      story: {},
      components: [
        { id: 'c1', type: 'skill', text: 'Writes tests' },
        { id: 'c1', type: 'task', text: 'Reviews' },
      ],
      status: 'draft',
      confidence: {},
    };
    const refused = frameworkSchema.safeParse(card);
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual(['component id "c1" is used twice']);
    expect(frameworkSchema.safeParse({ ...card, kind: 'poster' }).success).toBe(false);
  });
});
