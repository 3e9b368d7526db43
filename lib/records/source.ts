/**
 * Reads the archive for the records view straight from the extension's IndexedDB (extension pages share
 * the background's origin): read-only transactions, so 50,000 records need no message traffic. Anything
 * that changes state (checking the chain, signing, noting an export) goes through the background.
 */
import type { Db } from '../store/db';
import type { LogEntry, OutboxEntry, Registration } from '../store/schema';
import { toRows, type RecordRow } from './rows';

/**
 * What the rows' states need from the `meta` store, read raw. The first screen must not wait for the
 * schema library to load (it is most of the page's script): these two readers take only what they need
 * and fall back to nothing, exactly as the keys' own schemas do (lib/export/handover.ts `exports`,
 * lib/store/chain-check.ts `chain-check`; tests/records/first-screen.test.ts holds them to the same answers).
 */
const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function exportedFromRaw(raw: unknown): Set<string> {
  if (!isObject(raw) || !Array.isArray(raw.packages)) return new Set();
  // As the schema: one damaged package and the list counts as empty.
  const whole = raw.packages.every(
    (p) =>
      isObject(p) && isString(p.packageId) && isString(p.createdAt) && Number.isInteger(p.count) && (p.count as number) >= 0 &&
      Array.isArray(p.recordIds) && p.recordIds.every(isString),
  );
  return whole ? new Set(raw.packages.flatMap((p) => (p as { recordIds: string[] }).recordIds)) : new Set();
}

export function heldFromRaw(raw: unknown): number | null {
  if (!isObject(raw) || (raw.checkedAt !== undefined && !isString(raw.checkedAt))) return null;
  const found = raw.break;
  const whole =
    isObject(found) && Number.isInteger(found.seq) && isString(found.recordId) && isString(found.foundAt) &&
    (found.problem === 'hash-mismatch' || found.problem === 'broken-link');
  return whole ? (found.seq as number) : null;
}

/**
 * The first screen in one read-only transaction: the newest `limit` log entries, their outbox and
 * registration entries, and the two meta values the rows' states need, all asked at once.
 */
export async function firstRows(db: Db, limit: number): Promise<RecordRow[]> {
  const tx = db.transaction(['log', 'outbox', 'registrations', 'meta']);
  const log = tx.objectStore('log');
  const meta = tx.objectStore('meta');
  const [last, exports, check] = await Promise.all([log.openKeyCursor(null, 'prev'), meta.get('exports'), meta.get('chain-check')]);
  if (!last) return [];
  const top = Number(last.key);
  const entries = (await log.getAll(IDBKeyRange.bound(Math.max(1, top - limit + 1), top))).slice(-limit);
  const ids = entries.map((e) => e.record.id);
  const [outbox, registrations] = await Promise.all([
    Promise.all(ids.map((id) => tx.objectStore('outbox').get(id))),
    Promise.all(ids.map((id) => tx.objectStore('registrations').get(id))),
  ]);
  return toRows({
    entries,
    outbox: new Map(outbox.filter((o): o is OutboxEntry => o !== undefined).map((o) => [o.recordId, o])),
    registrations: new Map(registrations.filter((r): r is Registration => r !== undefined).map((r) => [r.recordId, r])),
    exported: exportedFromRaw(exports),
    heldFrom: heldFromRaw(check),
  });
}

/**
 * Rows for the given entries, or for the whole log. Chromium's IndexedDB costs some 20–60 µs per value
 * read, so a few entries look up their outbox and registration entries by key, and the whole log reads
 * those stores once; the first screen therefore never waits for the whole archive (see readAllRows).
 */
export async function readRows(db: Db, entries?: LogEntry[]): Promise<RecordRow[]> {
  const tx = db.transaction(['log', 'outbox', 'registrations']);
  let all: LogEntry[];
  let outbox: OutboxEntry[];
  let registrations: Registration[];
  if (entries) {
    all = entries;
    const ids = entries.map((e) => e.record.id);
    [outbox, registrations] = await Promise.all([
      Promise.all(ids.map((id) => tx.objectStore('outbox').get(id))).then((found) => found.filter((o): o is OutboxEntry => o !== undefined)),
      Promise.all(ids.map((id) => tx.objectStore('registrations').get(id))).then((found) => found.filter((r): r is Registration => r !== undefined)),
    ]);
  } else {
    [all, outbox, registrations] = await Promise.all([tx.objectStore('log').getAll(), tx.objectStore('outbox').getAll(), tx.objectStore('registrations').getAll()]);
  }
  // The schema-checked readers load with the rest of the archive, after the first screen.
  const [{ exportedIds }, { chainCheckKey }] = await Promise.all([import('../export/handover'), import('../store/chain-check')]);
  const [exported, check] = await Promise.all([exportedIds(db), chainCheckKey.get(db)]);
  return toRows({
    entries: all,
    outbox: new Map(outbox.map((o) => [o.recordId, o])),
    registrations: new Map(registrations.map((r) => [r.recordId, r])),
    exported,
    heldFrom: check.break?.seq ?? null,
  });
}
