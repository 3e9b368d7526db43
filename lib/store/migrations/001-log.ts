import type { MigrationStep } from './step';

/** v1: the append-only action log, in log order (`seq`), looked up by record, subject and day. */
export const log: MigrationStep = {
  version: 1,
  upgrade(db) {
    const store = db.createObjectStore('log', { keyPath: 'seq', autoIncrement: true });
    store.createIndex('byRecordId', 'record.id', { unique: true });
    store.createIndex('bySubject', 'subjectKey');
    store.createIndex('byDay', 'day');
  },
};
