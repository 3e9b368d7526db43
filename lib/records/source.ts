/**
 * Reads the archive for the records view straight from the extension's IndexedDB (extension pages share
 * the background's origin): read-only transactions, so 50,000 records need no message traffic. Anything
 * that changes state (checking the chain, signing, noting an export) goes through the background.
 */
import { exportedIds } from '../export/handover';
import { chainCheckKey } from '../store/chain-check';
import type { Db } from '../store/db';
import type { LogEntry, OutboxEntry, Registration } from '../store/schema';
import { toRows, type RecordRow } from './rows';

/** The newest `limit` entries, oldest first (the first screen, before everything is read): two requests. */
export async function latestEntries(db: Db, limit: number): Promise<LogEntry[]> {
  const store = db.transaction('log').store;
  const last = await store.openKeyCursor(null, 'prev');
  if (!last) return [];
  return store.getAll(IDBKeyRange.bound(Math.max(1, Number(last.key) - limit * 2), Number(last.key))).then((all) => all.slice(-limit));
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
  const [exported, check] = await Promise.all([exportedIds(db), chainCheckKey.get(db)]);
  return toRows({
    entries: all,
    outbox: new Map(outbox.map((o) => [o.recordId, o])),
    registrations: new Map(registrations.map((r) => [r.recordId, r])),
    exported,
    heldFrom: check.break?.seq ?? null,
  });
}
