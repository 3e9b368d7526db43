/** Opens the log database, creating or migrating its stores (migrations are tested from stored v1 data). */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_NAME, DB_VERSION, type ModerationDB } from './schema';

export type Db = IDBPDatabase<ModerationDB>;
type UpgradeTx = IDBPTransaction<ModerationDB, StoreNames<ModerationDB>[], 'versionchange'>;

export function openLogDb(name: string = DB_NAME): Promise<Db> {
  return openDB<ModerationDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const log = db.createObjectStore('log', { keyPath: 'seq', autoIncrement: true });
        log.createIndex('byRecordId', 'record.id', { unique: true });
        log.createIndex('bySubject', 'subjectKey');
        log.createIndex('byDay', 'day');
      }
      if (oldVersion < 2) await toVersion2(db, tx);
    },
  });
}

/** Adds the outbox, registrations and meta stores; every record already logged becomes pending. */
async function toVersion2(db: Db, tx: UpgradeTx): Promise<void> {
  const outbox = db.createObjectStore('outbox', { keyPath: 'recordId' });
  outbox.createIndex('bySeq', 'seq', { unique: true });
  outbox.createIndex('byState', 'state');
  db.createObjectStore('registrations', { keyPath: 'recordId' });
  db.createObjectStore('meta');
  // Records logged before sync existed were never sent: queue them in log order.
  let cursor = await tx.objectStore('log').openCursor();
  while (cursor) {
    const { seq, record } = cursor.value;
    await tx.objectStore('outbox').put({ recordId: record.id, seq: seq!, state: 'pending', attempts: 0 });
    cursor = await cursor.continue();
  }
}
