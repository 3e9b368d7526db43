/**
 * Typed keys of the `meta` store. The store names the keys (META_KEYS in ./schema.ts); each feature
 * declares the payload of its own keys beside its code, so nothing in lib/store/ depends on a feature.
 * Every read goes through the key's schema: stored data that no longer fits falls back instead of
 * breaking the feature (write schemas with `.catch()` per field to fall back field by field).
 */
import { z } from 'zod';
import type { Db } from './db';
import type { MetaKeyName } from './schema';

export interface MetaKey<T> {
  readonly name: MetaKeyName;
  get(db: Db): Promise<T>;
  put(db: Db, value: T): Promise<void>;
  delete(db: Db): Promise<void>;
  /** Reads, changes and writes in one transaction, so two concurrent updates cannot lose one another. */
  update(db: Db, change: (current: T) => T): Promise<T>;
}

export function defineMetaKey<T>(name: MetaKeyName, schema: z.ZodType<T>, fallback: () => NoInfer<T>): MetaKey<T> {
  const parse = (raw: unknown): T => {
    if (raw === undefined) return fallback();
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : fallback();
  };
  return {
    name,
    get: async (db) => parse(await db.get('meta', name)),
    put: async (db, value) => {
      await db.put('meta', value, name);
    },
    delete: (db) => db.delete('meta', name),
    update: async (db, change) => {
      const tx = db.transaction('meta', 'readwrite');
      const next = change(parse(await tx.store.get(name)));
      await tx.store.put(next, name);
      await tx.done;
      return next;
    },
  };
}

/**
 * A string-keyed map whose entries are checked one by one: a damaged entry is dropped, the rest kept
 * (one bad round must not take the whole history with it).
 */
export function mapOf<T>(entry: z.ZodType<T>): z.ZodType<Record<string, T>> {
  return z.record(z.string(), z.unknown()).transform((raw) => {
    const out: Record<string, T> = {};
    for (const [key, value] of Object.entries(raw)) {
      const parsed = entry.safeParse(value);
      if (parsed.success) out[key] = parsed.data;
    }
    return out;
  });
}
