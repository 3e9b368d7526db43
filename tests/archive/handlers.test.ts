// The archive's background handlers on a real (in-memory) IndexedDB: the signing key, export marks,
// the chain check, and what sync status says after a break.
import { describe, expect, it } from 'vitest';
import { createArchiveHandlers } from '../../lib/background/archive-handlers';
import { createSyncHandlers } from '../../lib/background/sync-handlers';
import { countNewRecord } from '../../lib/export/handover';
import { installationSigner } from '../../lib/export/keys';
import { hexToBytes, verifySignature } from '../../lib/export/signing';
import type { RecordsStatus } from '../../lib/messaging/protocol';
import { openLogDb, type Db } from '../../lib/store/db';
import { ActionLog } from '../../lib/store/log';
import { SyncEngine } from '../../lib/sync/engine';
import { unsealed } from '../helpers/records';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

async function setup(count: number) {
  const db = await openLogDb(`archive-${Math.random()}`);
  const log = new ActionLog(db);
  for (let i = 1; i <= count; i++) await log.append({ ...unsealed(uuid(i), `anteckning ${i}`), occurredAt: `2026-11-${String(i).padStart(2, '0')}T10:00:00+01:00` });
  let exported = 0;
  const handlers = createArchiveHandlers({ db, mode: async () => 'local', reminderDays: async () => 30, onExported: () => exported++, now: () => new Date('2026-12-03T09:00:00Z') });
  return { db, log, handlers, exported: () => exported };
}

const value = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

async function editByHand(db: Db, recordId: string, note: string) {
  const tx = db.transaction('log', 'readwrite');
  const entry = (await tx.store.index('byRecordId').get(recordId))!;
  await tx.store.put({ ...entry, record: { ...entry.record, note } });
  await tx.done;
}

describe('archive handlers', () => {
  it('makes the signing key once, keeps it in IndexedDB, and signs digests the public key verifies', async () => {
    const { db, handlers } = await setup(1);
    const [a, b] = await Promise.all([installationSigner(db), installationSigner(db)]);
    expect(a.fingerprint).toBe(b.fingerprint);
    const status: RecordsStatus = value(await handlers.getRecordsStatus(undefined));
    expect(status.key.fingerprint).toBe(a.fingerprint);
    const digest = 'ab'.repeat(32);
    const signed = value(await handlers.signExport({ manifestSha256: digest }));
    expect(signed.fingerprint).toBe(a.fingerprint);
    expect(await verifySignature(signed.publicKey, hexToBytes(digest), signed.signature)).toBe(true);
    expect(await verifySignature(signed.publicKey, hexToBytes('cd'.repeat(32)), signed.signature)).toBe(false);
    // The private half cannot be read out, not even by the extension.
    const stored = (await db.get('meta', 'signing-key')) as { privateKey: CryptoKey };
    expect(stored.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', stored.privateKey)).rejects.toThrow();
  });

  it('counts records neither registered nor exported, since the oldest, until they are exported', async () => {
    const { db, handlers, exported } = await setup(4);
    let status = value(await handlers.getRecordsStatus(undefined));
    expect(status.handover).toMatchObject({ count: 4, since: '2026-11-01T10:00:00+01:00' });
    const after = value(await handlers.markExported({ packageId: 'p1', createdAt: '2026-12-03T09:00:00.000Z', recordIds: [uuid(1), uuid(2)] }));
    expect(after).toMatchObject({ count: 2, since: '2026-11-03T10:00:00+01:00', lastExport: { packageId: 'p1', count: 2 } });
    expect(exported()).toBe(1);
    status = value(await handlers.getRecordsStatus(undefined));
    expect(status.handover.count).toBe(2);
    // A new record counts at once (the popup opened right after archiving), without walking the outbox.
    await countNewRecord(db, '2026-12-03T10:00:00+01:00');
    expect(value(await handlers.getRecordsStatus(undefined)).handover).toMatchObject({ count: 3, since: '2026-11-03T10:00:00+01:00' });
  });

  it('finds a record edited by hand, says where, and sync status shows the break and what it holds', async () => {
    const { db, log, handlers } = await setup(5);
    expect(value(await handlers.checkChain({}))).toMatchObject({ count: 5, checkedAt: '2026-12-03T09:00:00.000Z' });
    expect(value(await handlers.checkChain({})).break).toBeUndefined();
    await editByHand(db, uuid(3), 'ändrad');
    // Within a day of the last whole check, opening the view checks only what is new; asked, it checks all.
    expect(value(await handlers.checkChain({})).break).toBeUndefined();
    const chain = value(await handlers.checkChain({ whole: true }));
    expect(chain.break).toMatchObject({ seq: 3, recordId: uuid(3), problem: 'hash-mismatch' });
    expect(chain.count).toBe(2);
    const engine = new SyncEngine({ db, log, connection: async () => null, schedule: () => {} });
    const sync = createSyncHandlers({ db, log, engine, policyEndpoint: async () => undefined, hasAccess: async () => true });
    const status = value(await sync.getSyncStatus(undefined));
    expect(status.chainBreak).toMatchObject({ seq: 3, recordId: uuid(3) });
    expect(status.held).toBe(3);
  });

  it('hashes every record again when the last whole check is a day old', async () => {
    const db = await openLogDb(`archive-${Math.random()}`);
    const log = new ActionLog(db);
    for (let i = 1; i <= 3; i++) await log.append(unsealed(uuid(i)));
    let clock = Date.parse('2026-12-03T09:00:00Z');
    const handlers = createArchiveHandlers({ db, mode: async () => 'local', reminderDays: async () => 30, now: () => new Date(clock) });
    expect(value(await handlers.checkChain({})).wholeCheckedAt).toBe('2026-12-03T09:00:00.000Z');
    await editByHand(db, uuid(2), 'ändrad');
    clock += 3_600_000;
    expect(value(await handlers.checkChain({}))).toMatchObject({ wholeCheckedAt: '2026-12-03T09:00:00.000Z', checkedAt: '2026-12-03T10:00:00.000Z' });
    clock += 24 * 3_600_000;
    expect(value(await handlers.checkChain({})).break).toMatchObject({ seq: 2, problem: 'hash-mismatch' });
  });
});
