/** Opens the log database, creating or migrating its stores. */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type ModerationDB } from './schema';

export type Db = IDBPDatabase<ModerationDB>;

export function openLogDb(name: string = DB_NAME): Promise<Db> {
  return openDB<ModerationDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const log = db.createObjectStore('log', { keyPath: 'seq', autoIncrement: true });
        log.createIndex('byRecordId', 'record.id', { unique: true });
        log.createIndex('bySubject', 'subjectKey');
        log.createIndex('byDay', 'day');
      }
    },
  });
}
