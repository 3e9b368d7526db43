/**
 * Checks the log's integrity chain where it lives, in IndexedDB, and remembers what it found: when the
 * whole chain was last checked, how far, and the first break. Sync holds every record from a break on
 * (lib/sync/engine.ts): a record edited in the store must not reach the registry as if it were whole.
 * The records view and the popup show the break. Nothing here changes the log.
 */
import { z } from 'zod';
import type { ModerationRecord } from '../model';
import type { Db } from './db';
import { chainStart, culledHeadOf, verifyRecord, type ChainProblem } from './integrity';
import { defineMetaKey } from './meta';
import type { LogEntry } from './schema';

const BreakSchema = z.object({
  seq: z.number().int(),
  recordId: z.string(),
  problem: z.enum(['hash-mismatch', 'broken-link']),
  foundAt: z.string(),
});
export type ChainBreak = z.infer<typeof BreakSchema>;

const ChainCheckSchema = z.object({
  checkedAt: z.string().optional(),
  /** Entries found whole, and the last of them (where the next check of new entries goes on from). */
  count: z.number().int().nonnegative().catch(0),
  head: z.object({ seq: z.number().int(), sha256: z.string() }).nullable().catch(null),
  break: BreakSchema.optional().catch(undefined),
  /** When the whole log was last checked from its first entry. */
  wholeAt: z.string().optional().catch(undefined),
  /** Log positions of `culled` records (where a culled log's first record may link to). */
  culls: z.array(z.number().int()).catch([]).default([]),
});
export type ChainCheck = z.infer<typeof ChainCheckSchema>;

export const chainCheckKey = defineMetaKey<ChainCheck>('chain-check', ChainCheckSchema, () => ({ count: 0, head: null, culls: [] }));

/** Remembers a `culled` record's position, so a check of the whole log knows where its first record may link. */
export async function noteCull(db: Db, seq: number): Promise<void> {
  await chainCheckKey.update(db, (c) => ({ ...c, culls: [...c.culls, seq].slice(-100) }));
}

async function culledHeads(db: Db): Promise<Set<string>> {
  const heads = new Set<string>();
  for (const seq of (await chainCheckKey.get(db)).culls) {
    const entry = await db.get('log', seq);
    const head = entry ? culledHeadOf(entry.record) : null;
    if (head) heads.add(head);
  }
  return heads;
}

/** Walks records in log order: the same rules as verifyChain, one record at a time. */
export class ChainWalker {
  private prev: string | null | undefined;
  private index = 0;

  /**
   * `prev`: the hash the next record must link to (undefined: this is the log's first record, which may
   * link to a head named by a `log-reset` record or by one of `culledHeads`).
   */
  constructor(
    prev?: string | null,
    private readonly culledHeads: ReadonlySet<string> = new Set(),
  ) {
    this.prev = prev;
  }

  async next(record: ModerationRecord): Promise<ChainProblem | null> {
    return this.step(record, await verifyRecord(record));
  }

  /** The same with the record's own hash already checked (`whole`), so many can be hashed at once. */
  step(record: ModerationRecord, whole: boolean): ChainProblem | null {
    const index = this.index++;
    // A log that begins with a `log-reset` record continues from the head that record names.
    if (this.prev === undefined) this.prev = chainStart(record, this.culledHeads);
    if (record.integrity.prev !== this.prev) return { index, id: record.id, problem: 'broken-link' };
    if (!whole) return { index, id: record.id, problem: 'hash-mismatch' };
    this.prev = record.integrity.sha256;
    return null;
  }
}

async function readEntries(db: Db, afterSeq: number, limit: number): Promise<LogEntry[]> {
  return db.getAll('log', IDBKeyRange.lowerBound(afterSeq, true), limit);
}

/**
 * Checks entries after `from` (or the whole log) in pages, and stores the result. A break found stays
 * the break (the earliest one); without one, the head moves on.
 */
async function walk(db: Db, from: { seq: number; sha256: string } | null, base: number, now: Date): Promise<ChainCheck> {
  const walker = new ChainWalker(from ? from.sha256 : undefined, from ? undefined : await culledHeads(db));
  let head = from;
  let count = base;
  let seq = from?.seq ?? 0;
  for (;;) {
    const page = await readEntries(db, seq, 500);
    if (page.length === 0) break;
    // The page's hashes at once (WebCrypto works them in parallel), then the links in order.
    const whole = await Promise.all(page.map((e) => verifyRecord(e.record)));
    for (const [i, entry] of page.entries()) {
      const problem = walker.step(entry.record, whole[i]!);
      if (problem) {
        const found: ChainBreak = { seq: entry.seq!, recordId: entry.record.id, problem: problem.problem, foundAt: now.toISOString() };
        return chainCheckKey.update(db, (current) => ({
          ...current,
          checkedAt: now.toISOString(),
          count,
          head,
          break: current.break && current.break.seq <= found.seq ? current.break : found,
        }));
      }
      head = { seq: entry.seq!, sha256: entry.record.integrity.sha256 };
      count++;
    }
    seq = page.at(-1)!.seq!;
  }
  return chainCheckKey.update(db, (current) => ({
    ...current,
    checkedAt: now.toISOString(),
    ...(from ? {} : { wholeAt: now.toISOString() }),
    count,
    head,
    break: current.break && from ? current.break : undefined,
  }));
}

/** The whole chain from the first entry (the records view on open). Forgets an earlier break only if the chain is whole now. */
export function checkWholeLog(db: Db, now = new Date()): Promise<ChainCheck> {
  return walk(db, null, 0, now);
}

/** Only the entries logged since the last check (after each sync); the whole log when there was none. */
export async function checkNewEntries(db: Db, now = new Date()): Promise<ChainCheck> {
  const last = await chainCheckKey.get(db);
  if (last.break) return last;
  return walk(db, last.head, last.head ? last.count : 0, now);
}

/**
 * Checks entries about to be sent: each one's own hash, and its link to the entry before it in the log.
 * Records the first problem as the break and returns the seq from which records are held.
 */
export async function checkBeforeSending(db: Db, entries: readonly LogEntry[], now = new Date()): Promise<number | null> {
  for (const entry of entries) {
    const before = entry.seq! > 1 ? await db.get('log', entry.seq! - 1) : undefined;
    const walker = new ChainWalker(before ? before.record.integrity.sha256 : undefined, before ? undefined : await culledHeads(db));
    // The first entry of a log that was reset links to the lost head; it is checked by its own hash only.
    const problem = before || entry.seq === 1 ? await walker.next(entry.record) : (await verifyRecord(entry.record)) ? null : { problem: 'hash-mismatch' as const };
    if (problem) {
      const found: ChainBreak = { seq: entry.seq!, recordId: entry.record.id, problem: problem.problem, foundAt: now.toISOString() };
      await chainCheckKey.update(db, (current) => ({ ...current, break: current.break && current.break.seq <= found.seq ? current.break : found }));
      return found.seq;
    }
  }
  return null;
}

/** The seq from which sync holds records, or null. */
export async function heldFrom(db: Db): Promise<number | null> {
  return (await chainCheckKey.get(db)).break?.seq ?? null;
}
