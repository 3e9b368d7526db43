import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { managedSchemaJson, toChromePolicySchema } from '../../lib/settings/chrome-policy-schema';
import { ManagedSchema } from '../../lib/settings';

const chrome = (schema: z.ZodType) => toChromePolicySchema(z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>);

describe('public/managed_schema.json', () => {
  it('is the one generated from ManagedSchema (if not: npm run gen:managed-schema)', () => {
    const committed = readFileSync(join(__dirname, '../../public/managed_schema.json'), 'utf8');
    expect(committed).toBe(managedSchemaJson());
  });

  it('names every policy ManagedSchema accepts, each with a title and a description', () => {
    const { properties } = JSON.parse(managedSchemaJson()) as { properties: Record<string, { title?: string; description?: string }> };
    expect(Object.keys(properties)).toEqual(Object.keys(ManagedSchema.shape));
    for (const policy of Object.values(properties)) expect(policy).toMatchObject({ title: expect.any(String), description: expect.any(String) });
  });
});

describe('Chrome policy schema converter', () => {
  it("keeps what Chrome checks and leaves out what only zod can (Chrome's attribute list per type)", () => {
    const schema = z.object({
      name: z.string().min(2).max(5),
      site: z.url(),
      count: z.number().int().min(1).max(9),
      anyInt: z.number().int(),
      ratio: z.number().min(0).max(1),
      tags: z.array(z.enum(['a', 'b'])).min(1).max(3),
      at: z.string().regex(/^\d\d:\d\d$/),
      inner: z.object({ on: z.boolean() }),
    });
    expect(chrome(schema.partial())).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string' },
        site: { type: 'string' },
        count: { type: 'integer', minimum: 1, maximum: 9 },
        anyInt: { type: 'integer' },
        ratio: { type: 'number' },
        tags: { type: 'array', items: { type: 'string', enum: ['a', 'b'] } },
        at: { type: 'string', pattern: '^\\d\\d:\\d\\d$' },
        inner: { type: 'object', properties: { on: { type: 'boolean' } }, required: ['on'] },
      },
    });
  });

  it('refuses what Chrome could not load or check instead of writing it', () => {
    expect(() => chrome(z.object({ either: z.union([z.string(), z.number()]) }))).toThrow(/either: Chrome needs one type/);
    expect(() => chrome(z.object({ maybe: z.string().nullable() }))).toThrow(/maybe/);
    expect(() => chrome(z.object({ word: z.string().regex(/^(?!x)\w+$/) }))).toThrow(/not RE2/);
    expect(() => chrome(z.object({ map: z.record(z.string(), z.string()) }))).toThrow(/propertyNames/);
    expect(() => chrome(z.string())).toThrow(/top level/);
  });
});
