import type { MigrationStep } from './step';

/**
 * v2: sync. The outbox (records not yet registered), registrations (numbers the registry gave) and
 * meta (small per-feature state). Every record already logged becomes pending.
 */
export const outboxRegistrationsMeta: MigrationStep = {
  version: 2,
  async upgrade(db, tx) {
    const outbox = db.createObjectStore('outbox', { keyPath: 'recordId' });
    outbox.createIndex('bySeq', 'seq', { unique: true });
    outbox.createIndex('byState', 'state');
    db.createObjectStore('registrations', { keyPath: 'recordId' });
    db.createObjectStore('meta');
    // Records logged before sync existed were never sent: queue them in log order.
    let cursor = await tx.objectStore('log').openCursor();
    while (cursor) {
      const { seq, record } = cursor.value as { seq: number; record: { id: string } };
      await tx.objectStore('outbox').put({ recordId: record.id, seq, state: 'pending', attempts: 0 });
      cursor = await cursor.continue();
    }
  },
};
