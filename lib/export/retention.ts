/**
 * Retention (gallring) of the browser's copy: with `retentionDays` set, the oldest records that are
 * registered or exported and older than that are deleted from this browser. Only a run of them from the
 * start of the log is culled: the first record that is neither (or still too new) stops the run, so
 * nothing that has not left the browser is ever deleted and the chain stays one line. The newest record
 * is never culled (the log's head must stay, or the log would look wiped).
 *
 * Each run first appends a `culled` record naming how many records, their positions and ids and the
 * hash of the last one culled, which the first record left links to; then deletes them (a crash in
 * between leaves records that a later run culls again, never a chain that cannot be explained).
 */
import { toStockholmIso } from '../calendar/stockholm';
import { noteCull } from '../store/chain-check';
import type { Db } from '../store/db';
import { culledHeadChecks, type UnsealedRecord } from '../store/integrity';
import type { ActionLog } from '../store/log';
import type { LogEntry } from '../store/schema';
import { exportedIds } from './handover';

const DAY_MS = 86_400_000;

export interface CulledRange {
  count: number;
  firstSeq: number;
  lastSeq: number;
  firstId: string;
  lastId: string;
  /** integrity.sha256 of the last record culled: what the first record kept links to. */
  head: string;
  firstOccurredAt: string;
  lastOccurredAt: string;
}

export interface RetentionDeps {
  db: Db;
  log: ActionLog;
  /** The `culled` record's moderator, office and account (as the log-reset record is made). */
  base: () => Promise<Omit<UnsealedRecord, 'id' | 'kind' | 'occurredAt' | 'checks' | 'note'>>;
  now?: () => Date;
  uuid?: () => string;
}

/** Culls what the setting allows; returns the range culled, or null when there was nothing to cull. */
export async function cullLog(deps: RetentionDeps, retentionDays: number): Promise<CulledRange | null> {
  if (retentionDays <= 0) return null;
  const { db } = deps;
  const now = (deps.now ?? (() => new Date()))();
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  const exported = await exportedIds(db);
  const run: LogEntry[] = [];
  {
    const tx = db.transaction(['log', 'registrations']);
    const last = await tx.objectStore('log').openCursor(null, 'prev');
    const lastSeq = last?.value.seq ?? 0;
    let cursor = await tx.objectStore('log').openCursor();
    while (cursor && cursor.value.seq! < lastSeq) {
      const { record } = cursor.value;
      const handedOver = exported.has(record.id) || (await tx.objectStore('registrations').getKey(record.id)) !== undefined;
      if (!handedOver || Date.parse(record.occurredAt) >= cutoff) break;
      run.push(cursor.value);
      cursor = await cursor.continue();
    }
  }
  if (run.length === 0) return null;
  const first = run[0]!;
  const last = run.at(-1)!;
  const range: CulledRange = {
    count: run.length,
    firstSeq: first.seq!,
    lastSeq: last.seq!,
    firstId: first.record.id,
    lastId: last.record.id,
    head: last.record.integrity.sha256,
    firstOccurredAt: first.record.occurredAt,
    lastOccurredAt: last.record.occurredAt,
  };
  const written = await deps.log.append({
    ...(await deps.base()),
    id: (deps.uuid ?? (() => crypto.randomUUID()))(),
    kind: 'culled',
    occurredAt: toStockholmIso(now),
    checks: [
      `culled-records:${range.count}`,
      `culled-first-seq:${range.firstSeq}`,
      `culled-last-seq:${range.lastSeq}`,
      `culled-first-id:${range.firstId}`,
      `culled-last-id:${range.lastId}`,
      ...culledHeadChecks(range.head),
      `retention-days:${retentionDays}`,
    ],
    // The record is the office's own account of the culling: in Swedish whatever the UI language.
    note:
      `Gallring i webbläsaren: ${range.count} poster (nr ${range.firstSeq}–${range.lastSeq}, ` +
      `${range.firstOccurredAt} till ${range.lastOccurredAt}) togs bort ur webbläsarens kopia efter ${retentionDays} dagar. ` +
      `Alla var registrerade i diariet eller exporterade. Den sista av dem hade SHA-256 ${range.head}; den första posten som finns kvar länkar dit.`,
  });
  await noteCull(db, written.seq!);
  const tx = db.transaction(['log', 'outbox'], 'readwrite');
  for (const entry of run) {
    await tx.objectStore('log').delete(entry.seq!);
    await tx.objectStore('outbox').delete(entry.record.id);
  }
  await tx.done;
  await cullEvidence(db, run);
  return range;
}

const digestsOf = (entry: LogEntry): string[] =>
  [entry.record.evidence?.screenshot?.sha256, entry.record.evidence?.html?.sha256].filter((d): d is string => d !== undefined);

/**
 * The culled records' evidence files go with them, except a file a kept record also names (the same
 * picture can belong to two records: an archive and the documentation of one comment).
 */
async function cullEvidence(db: RetentionDeps['db'], culled: readonly LogEntry[]): Promise<void> {
  const gone = new Set(culled.flatMap(digestsOf));
  if (gone.size === 0) return;
  const read = db.transaction('log');
  for (let cursor = await read.store.openCursor(); cursor && gone.size > 0; cursor = await cursor.continue()) {
    for (const digest of digestsOf(cursor.value)) gone.delete(digest);
  }
  const write = db.transaction('evidence', 'readwrite');
  for (const digest of gone) await write.store.delete(digest);
  await write.done;
}
