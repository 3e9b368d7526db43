import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openLogDb } from '../../lib/store/db';
import { defineMetaKey, mapOf } from '../../lib/store/meta';
import { META_KEYS } from '../../lib/store/schema';

const counter = defineMetaKey('sync-state', z.object({ n: z.number().catch(0), note: z.string().optional() }), () => ({ n: 0 }));

describe('meta keys', () => {
  it('read the fallback until something is stored, then what was stored', async () => {
    const db = await openLogDb();
    expect(await counter.get(db)).toEqual({ n: 0 });
    await counter.put(db, { n: 3, note: 'x' });
    expect(await counter.get(db)).toEqual({ n: 3, note: 'x' });
    await counter.delete(db);
    expect(await counter.get(db)).toEqual({ n: 0 });
  });

  it('fall back when the stored value no longer fits, field by field where the schema says so', async () => {
    const db = await openLogDb();
    await db.put('meta', 'not an object', 'sync-state');
    expect(await counter.get(db)).toEqual({ n: 0 });
    await db.put('meta', { n: 'seven', note: 'kept' }, 'sync-state');
    expect(await counter.get(db)).toEqual({ n: 0, note: 'kept' });
  });

  it('update in one transaction, so concurrent updates all land', async () => {
    const db = await openLogDb();
    await Promise.all(Array.from({ length: 10 }, () => counter.update(db, (c) => ({ ...c, n: c.n + 1 }))));
    expect((await counter.get(db)).n).toBe(10);
  });

  it('mapOf drops only the damaged entries of a stored map', () => {
    const schema = mapOf(z.object({ at: z.string() }));
    expect(schema.parse({ a: { at: '09:00' }, b: { at: 9 }, c: null })).toEqual({ a: { at: '09:00' } });
  });
});

const LIB = join(__dirname, '../../lib');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const sources = files(LIB).filter((f) => /\.tsx?$/.test(f));

describe('the store knows no feature', () => {
  it('declares every listed meta key exactly once, in the feature that owns it', () => {
    const declared = sources.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/defineMetaKey(?:<[^(]*>)?\(\s*'([^']+)'/g)].map((m) => m[1]));
    expect(declared.sort()).toEqual([...META_KEYS].sort());
  });

  it('lib/store imports only itself, the record model, the calendar and utilities', () => {
    const allowed = /^(store\/|model$|calendar\/|util\/)/;
    const outside = sources
      .filter((f) => relative(LIB, f).startsWith('store/'))
      .flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => ({ file: relative(LIB, f), target: relative(LIB, join(f, '..', m[1]!)) })),
      )
      .filter(({ target }) => !allowed.test(target));
    expect(outside).toEqual([]);
  });
});
