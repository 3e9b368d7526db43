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

/** The newest `limit` entries, newest last (the first screen, before everything is read). */
export async function latestEntries(db: Db, limit: number): Promise<LogEntry[]> {
  const out: LogEntry[] = [];
  let cursor = await db.transaction('log').store.openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out.reverse();
}

export async function readRows(db: Db, entries?: LogEntry[]): Promise<RecordRow[]> {
  const tx = db.transaction(['log', 'outbox', 'registrations']);
  const [all, outbox, registrations] = await Promise.all([
    entries ?? tx.objectStore('log').getAll(),
    tx.objectStore('outbox').getAll(),
    tx.objectStore('registrations').getAll(),
  ]);
  const [exported, check] = await Promise.all([exportedIds(db), chainCheckKey.get(db)]);
  return toRows({
    entries: all,
    outbox: new Map(outbox.map((o: OutboxEntry) => [o.recordId, o])),
    registrations: new Map(registrations.map((r: Registration) => [r.recordId, r])),
    exported,
    heldFrom: check.break?.seq ?? null,
  });
}
