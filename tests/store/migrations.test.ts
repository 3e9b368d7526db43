import { openDB, unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { openLogDb } from '../../lib/store/db';
import { verifyChain } from '../../lib/store/integrity';
import { ActionLog } from '../../lib/store/log';
import { MIGRATIONS, upgrade } from '../../lib/store/migrations';
import { DB_VERSION } from '../../lib/store/schema';
import { outboxCounts, pendingBatch } from '../../lib/sync/outbox';
import v1Log from '../fixtures/db/v1-log.json';
import { buildV1 } from './build-v1';

// Three records as version 1 stored them (an archive, a reply, another archive), chained.
const v1Entries = v1Log as { record: { id: string } }[];

/** Stores, key paths and indexes of a database, for comparing two of them. */
function describeDb(db: IDBDatabase) {
  const tx = db.transaction([...db.objectStoreNames]);
  return [...db.objectStoreNames].map((name) => {
    const store = tx.objectStore(name);
    const indexes = [...store.indexNames].map((i) => {
      const index = store.index(i);
      return { name: i, keyPath: index.keyPath, unique: index.unique };
    });
    return { name, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
  });
}

describe('migration steps', () => {
  it('are numbered 1, 2, … in order and end at DB_VERSION', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it('001 creates the log store exactly as version 1 of the extension did', async () => {
    const fresh = await openDB('step-001', 1, { upgrade: (db, old, _new, tx) => upgrade(db, tx, old, 1) });
    await buildV1('as-shipped', []);
    const shipped = await openDB('as-shipped', 1);
    expect(describeDb(unwrap(fresh))).toEqual(describeDb(unwrap(shipped)));
    expect(describeDb(unwrap(fresh)).map((s) => s.name)).toEqual(['log']);
  });
});

describe('migration v1 → v2', () => {
  it('keeps every v1 record and chain, and queues all of them for the registry in log order', async () => {
    await buildV1('migrate', v1Entries);
    const db = await openLogDb('migrate');
    expect(db.version).toBe(DB_VERSION);
    const log = new ActionLog(db);
    const records = await log.all();
    expect(records.map((r) => r.id)).toEqual(v1Entries.map((e) => e.record.id));
    expect(await verifyChain(records)).toBeNull();
    expect((await pendingBatch(db, 100)).map((e) => e.recordId)).toEqual(v1Entries.map((e) => e.record.id));
    expect(await outboxCounts(db)).toEqual({ pending: 3, rejected: 0, registered: 0 });
  });

  it('appends after migrated records on the same chain', async () => {
    await buildV1('migrate-append', v1Entries);
    const db = await openLogDb('migrate-append');
    const log = new ActionLog(db);
    const last = (await log.all()).at(-1)!;
    const { record } = await log.append({ ...last, id: '00000000-0000-4000-8000-000000000009', note: 'efter migreringen' } as never);
    expect(record.integrity.prev).toBe(last.integrity.sha256);
    expect(await verifyChain(await log.all())).toBeNull();
    expect((await outboxCounts(db)).pending).toBe(4);
  });

  it('gives a v1 database the same stores as a new one', async () => {
    await buildV1('migrate-shape', v1Entries);
    const migrated = await openLogDb('migrate-shape');
    const fresh = await openLogDb('fresh');
    expect(describeDb(unwrap(migrated))).toEqual(describeDb(unwrap(fresh)));
    expect([...fresh.objectStoreNames].sort()).toEqual(['evidence', 'log', 'meta', 'outbox', 'registrations']);
  });
});

describe('migration v2 → v3', () => {
  it('adds the evidence store and keeps the log, outbox and meta of version 2 as they were', async () => {
    // A version-2 database, made by the shipped steps 1 and 2, holding the v1 records and a meta key.
    const v2 = await openDB('migrate-v2', 2, { upgrade: (db, old, _new, tx) => upgrade(db, tx, old, 2) });
    for (const entry of v1Entries) await v2.put('log', entry);
    await v2.put('meta', { lastSuccessAt: '2026-11-30T10:00:00Z' }, 'sync-state');
    v2.close();
    const db = await openLogDb('migrate-v2');
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames]).toContain('evidence');
    expect(db.transaction('evidence').store.keyPath).toBe('sha256');
    expect((await new ActionLog(db).all()).map((r) => r.id)).toEqual(v1Entries.map((e) => e.record.id));
    expect(await db.get('meta', 'sync-state')).toEqual({ lastSuccessAt: '2026-11-30T10:00:00Z' });
  });
});
