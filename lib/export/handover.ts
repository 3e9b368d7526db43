/**
 * Which records have left the browser: registered by the registry (the `registrations` store) or put
 * into an export package (the `exports` meta key). In local-only mode the popup tells how many records
 * have not left yet and since when, and reminds until they have.
 */
import { z } from 'zod';
import type { Db } from '../store/db';
import { defineMetaKey } from '../store/meta';

const ExportSchema = z.object({
  packageId: z.string(),
  createdAt: z.string(),
  count: z.number().int().nonnegative(),
  recordIds: z.array(z.string()),
});
export type ExportMark = z.infer<typeof ExportSchema>;

const ExportsSchema = z.object({ packages: z.array(ExportSchema).catch([]) });

export const exportsKey = defineMetaKey('exports', ExportsSchema, () => ({ packages: [] }));

export async function markExported(db: Db, mark: ExportMark): Promise<void> {
  await exportsKey.update(db, (current) => ({ packages: [...current.packages.filter((p) => p.packageId !== mark.packageId), mark] }));
}

export async function exportedIds(db: Db): Promise<Set<string>> {
  return new Set((await exportsKey.get(db)).packages.flatMap((p) => p.recordIds));
}

export interface Handover {
  /** Records neither registered nor exported. */
  count: number;
  /** When the oldest of them was made. */
  since?: string;
  lastExport?: { packageId: string; createdAt: string; count: number };
}

const HandoverSchema = z.object({
  count: z.number().int().nonnegative(),
  since: z.string().optional(),
  lastExport: z.object({ packageId: z.string(), createdAt: z.string(), count: z.number() }).optional(),
});
/** The last count, kept so the popup need not walk the outbox (some 20 µs a record in Chromium). */
export const handoverKey = defineMetaKey<Handover | null>('handover', HandoverSchema.nullable(), () => null);

/** The last count, or a count now when there is none yet. */
export async function lastHandover(db: Db): Promise<Handover> {
  return (await handoverKey.get(db)) ?? recountHandover(db);
}

/** One more record not handed over (every new record is): the kept count follows at once, without a walk. */
export async function countNewRecord(db: Db, occurredAt: string): Promise<void> {
  await handoverKey.update(db, (h) => h && { ...h, count: h.count + 1, since: h.since ?? occurredAt });
}

/** Counts again and keeps the count (after a record, an export, a sync, and every few hours). */
export async function recountHandover(db: Db): Promise<Handover> {
  const counted = await handover(db);
  await handoverKey.put(db, counted);
  return counted;
}

/** Walks the outbox (it holds every record not registered), then reads one record for "since". */
export async function handover(db: Db): Promise<Handover> {
  const exported = await exportedIds(db);
  const tx = db.transaction(['outbox', 'log']);
  let count = 0;
  let oldestSeq: number | undefined;
  let cursor = await tx.objectStore('outbox').index('bySeq').openCursor();
  while (cursor) {
    if (!exported.has(cursor.value.recordId)) {
      count++;
      oldestSeq ??= cursor.value.seq;
    }
    cursor = await cursor.continue();
  }
  const oldest = oldestSeq === undefined ? undefined : await tx.objectStore('log').get(oldestSeq);
  const last = (await exportsKey.get(db)).packages.at(-1);
  return {
    count,
    ...(oldest ? { since: oldest.record.occurredAt } : {}),
    ...(last ? { lastExport: { packageId: last.packageId, createdAt: last.createdAt, count: last.count } } : {}),
  };
}
