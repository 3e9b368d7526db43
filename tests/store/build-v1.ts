/**
 * Builds a database exactly as version 1 of the extension left it, from a stored example, so each
 * migration is tested against real old data. This copies v1's schema code on purpose: it must not
 * follow later changes to lib/store/db.ts.
 */
import { openDB } from 'idb';

export async function buildV1(name: string, entries: unknown[]): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(db) {
      const log = db.createObjectStore('log', { keyPath: 'seq', autoIncrement: true });
      log.createIndex('byRecordId', 'record.id', { unique: true });
      log.createIndex('bySubject', 'subjectKey');
      log.createIndex('byDay', 'day');
    },
  });
  const tx = db.transaction('log', 'readwrite');
  for (const entry of entries) await tx.store.add(entry);
  await tx.done;
  db.close();
}
