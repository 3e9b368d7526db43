/** The outbox and registrations stores: what is waiting, what was refused, what got a number. */
import type { Db } from '../store/db';
import type { OutboxEntry, Registration } from '../store/schema';
import type { RecordResult } from './contract';
import { syncStateKey, type SyncState } from './state';

/** The oldest pending entries, in log order; with `beforeSeq`, only those logged before it (the rest are held). */
export async function pendingBatch(db: Db, limit: number, beforeSeq: number | null = null): Promise<OutboxEntry[]> {
  const out: OutboxEntry[] = [];
  const range = beforeSeq === null ? null : IDBKeyRange.upperBound(beforeSeq, true);
  let cursor = await db.transaction('outbox').store.index('bySeq').openCursor(range);
  while (cursor && out.length < limit) {
    if (cursor.value.state === 'pending') out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

/**
 * Writes the registry's answers in one transaction: numbers into `registrations` and the entry out of
 * the outbox, or the entry marked rejected with the registry's reason. A crash before the commit
 * leaves everything pending, and the registry answers the resend with `duplicate`.
 */
export async function applyResults(db: Db, results: readonly RecordResult[], at: string): Promise<void> {
  const tx = db.transaction(['outbox', 'registrations'], 'readwrite');
  for (const result of results) {
    const entry = await tx.objectStore('outbox').get(result.id);
    if (!entry) continue;
    if (result.status === 'rejected') {
      await tx.objectStore('outbox').put({ ...entry, state: 'rejected', attempts: entry.attempts + 1, error: result.error });
    } else {
      const registration: Registration = {
        recordId: result.id,
        registrationNumber: result.registrationNumber,
        registeredAt: at,
        ...(result.status === 'duplicate-subject' ? { sameSubjectAs: result.duplicateOf ?? result.registrationNumber } : {}),
      };
      await tx.objectStore('registrations').put(registration);
      await tx.objectStore('outbox').delete(result.id);
    }
  }
  await tx.done;
}

export async function markRejected(db: Db, recordId: string, error: string): Promise<void> {
  const tx = db.transaction('outbox', 'readwrite');
  const entry = await tx.store.get(recordId);
  if (entry) await tx.store.put({ ...entry, state: 'rejected', attempts: entry.attempts + 1, error });
  await tx.done;
}

export async function readSyncState(db: Db): Promise<SyncState> {
  return syncStateKey.get(db);
}

export async function writeSyncState(db: Db, state: SyncState): Promise<void> {
  await syncStateKey.put(db, state);
}

export interface OutboxCounts {
  /** Waiting to be sent, held records included. */
  pending: number;
  rejected: number;
  registered: number;
}

export async function outboxCounts(db: Db): Promise<OutboxCounts> {
  const tx = db.transaction(['outbox', 'registrations']);
  const [pending, rejected, registered] = await Promise.all([
    tx.objectStore('outbox').index('byState').count('pending'),
    tx.objectStore('outbox').index('byState').count('rejected'),
    tx.objectStore('registrations').count(),
  ]);
  return { pending, rejected, registered };
}

export async function rejectedEntries(db: Db, limit = 20): Promise<OutboxEntry[]> {
  return (await db.getAllFromIndex('outbox', 'byState', 'rejected')).slice(0, limit);
}

export async function registrationsFor(db: Db, recordIds: readonly string[]): Promise<Map<string, Registration>> {
  const tx = db.transaction('registrations');
  const found = await Promise.all(recordIds.map((id) => tx.store.get(id)));
  return new Map(found.filter((r): r is Registration => r !== undefined).map((r) => [r.recordId, r]));
}
