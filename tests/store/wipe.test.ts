// A log whose database is emptied underneath notices it, says so, and goes on in a linked new segment.
import { deleteDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chainMemoryItem, parseChainMemory, type ChainHead } from '../../lib/store/chain-memory';
import { StoreConnection } from '../../lib/store/connection';
import { openLogDb } from '../../lib/store/db';
import { verifyChain } from '../../lib/store/integrity';
import { ActionLog, type ChainGuard } from '../../lib/store/log';
import { DB_NAME, STORAGE_ITEMS } from '../../lib/store/schema';
import { checkHead } from '../../lib/store/wipe';
import { memoryChainStore } from '../helpers/chain-memory';
import { unsealed } from '../helpers/records';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const DETECTED = new Date('2026-11-26T08:00:00Z');

function guarded(memory = memoryChainStore()) {
  let n = 900;
  const guard: ChainGuard = {
    memory,
    now: () => DETECTED,
    resetRecord: vi.fn(async ({ head, found }) => ({
      ...unsealed(uuid(++n), `reset after ${head.count}`),
      kind: 'log-reset' as const,
      checks: [`lost-records:${head.count}`, `found-records:${found}`],
    })),
  };
  return { memory, guard };
}

describe('the chain head in storage.local', () => {
  it('follows every append: sequence number, record id, hash and count', async () => {
    const { memory, guard } = guarded();
    const log = new ActionLog(await openLogDb(), guard);
    await log.append(unsealed(uuid(1)));
    const second = await log.append({ ...unsealed(uuid(2)), occurredAt: '2026-11-25T15:00:00+01:00' });
    expect(memory.value.head).toEqual({
      seq: second.seq,
      recordId: uuid(2),
      sha256: second.record.integrity.sha256,
      occurredAt: '2026-11-25T15:00:00+01:00',
      count: 2,
    });
    expect(memory.value.wipe).toBeNull();
  });

  it('is adopted from the database when storage.local was behind or empty, without calling that a wipe', async () => {
    const db = await openLogDb();
    await new ActionLog(db).append(unsealed(uuid(1)));
    const { memory, guard } = guarded();
    const log = new ActionLog(db, guard);
    expect(await log.reconcile()).toBeNull();
    expect(memory.value.head).toMatchObject({ recordId: uuid(1), count: 1 });
    // storage.local missed a write (it failed): the database is ahead, which is no loss either.
    await new ActionLog(db).append(unsealed(uuid(2)));
    await log.append(unsealed(uuid(3)));
    expect(memory.value).toMatchObject({ head: { recordId: uuid(3), count: 3 }, wipe: null });
    expect(guard.resetRecord).not.toHaveBeenCalled();
  });

  it('never stops recording when storage.local fails: there is only nothing to compare then', async () => {
    const broken = { read: () => Promise.reject(new Error('storage.local unavailable')), write: () => Promise.reject(new Error('no')) };
    const { guard } = guarded();
    const log = new ActionLog(await openLogDb(), { ...guard, memory: broken });
    await log.append(unsealed(uuid(1)));
    await log.append(unsealed(uuid(2)));
    expect((await log.all()).map((r) => r.id)).toEqual([uuid(1), uuid(2)]);
    expect(guard.resetRecord).not.toHaveBeenCalled();
  });

  it('reads a damaged stored value as "nothing remembered", never as a wipe', () => {
    expect(parseChainMemory('garbage')).toEqual({ head: null, wipe: null });
    expect(parseChainMemory({ head: { recordId: 'x' }, wipe: null })).toEqual({ head: null, wipe: null });
  });

  it('is kept in its storage.local item, the one STORAGE_ITEMS names', async () => {
    const item = chainMemoryItem();
    const head: ChainHead = { seq: 3, recordId: uuid(3), sha256: 'a'.repeat(64), occurredAt: '2026-11-25T14:03:00+01:00', count: 3 };
    await item.write({ head, wipe: null });
    expect(await item.read()).toEqual({ head, wipe: null });
    const key = STORAGE_ITEMS.chainHead.key.slice('local:'.length);
    expect(await fakeBrowser.storage.local.get(key)).toEqual({ [key]: { head, wipe: null } });
  });
});

describe('a wiped log', () => {
  it('is told apart from the usual cases', async () => {
    const head: ChainHead = { seq: 7, recordId: 'r7', sha256: 'b'.repeat(64), occurredAt: 'x', count: 7 };
    const entry = (id: string, sha256: string) => ({ seq: 1, record: { id, integrity: { sha256, prev: null } } }) as never;
    const holds = (ids: string[]) => async (id: string) => ids.includes(id);
    expect(await checkHead(null, undefined, holds([]))).toEqual({ kind: 'same' });
    expect(await checkHead(null, entry('r1', 'c'.repeat(64)), holds([]))).toEqual({ kind: 'adopt' });
    expect(await checkHead(head, entry('r7', 'b'.repeat(64)), holds([]))).toEqual({ kind: 'same' });
    expect(await checkHead(head, entry('r8', 'c'.repeat(64)), holds(['r7', 'r8']))).toEqual({ kind: 'adopt' });
    expect(await checkHead(head, undefined, holds([]))).toEqual({ kind: 'lost', head });
    expect(await checkHead(head, entry('r2', 'c'.repeat(64)), holds(['r2']))).toEqual({ kind: 'lost', head });
  });

  it('starts a new segment with a log-reset record linked to the remembered head, and says what was lost', async () => {
    const { memory, guard } = guarded();
    const before = new ActionLog(await openLogDb('before'), guard);
    await before.append(unsealed(uuid(1)));
    const last = await before.append({ ...unsealed(uuid(2)), occurredAt: '2026-11-25T16:45:00+01:00' });

    // The same profile, its database emptied (a fresh one), storage.local still remembering.
    const log = new ActionLog(await openLogDb('after'), guard);
    const wipe = await log.reconcile();
    expect(wipe).toEqual({
      detectedAt: DETECTED.toISOString(),
      lostCount: 2,
      lastRecordId: uuid(2),
      lastOccurredAt: '2026-11-25T16:45:00+01:00',
      toldInOverlay: false,
    });
    expect(guard.resetRecord).toHaveBeenCalledWith({ head: expect.objectContaining({ recordId: uuid(2), count: 2 }), found: 0 });
    await log.append(unsealed(uuid(3)));
    const records = await log.all();
    expect(records.map((r) => r.kind)).toEqual(['log-reset', 'archived']);
    expect(records[0]!.integrity.prev).toBe(last.record.integrity.sha256);
    expect(records[1]!.integrity.prev).toBe(records[0]!.integrity.sha256);
    expect(await verifyChain(records)).toBeNull();
    // Seen from the registry, which has the earlier records: one unbroken chain through the reset.
    expect(await verifyChain([...(await before.all()), ...records])).toBeNull();
    expect(memory.value.head).toMatchObject({ recordId: uuid(3), count: 2 });
    // Noticed once: the next check finds the new head in place.
    expect(await log.reconcile()).toBeNull();
    expect(guard.resetRecord).toHaveBeenCalledOnce();
  });

  it('is noticed before the next record when nobody checked on opening', async () => {
    const { memory, guard } = guarded();
    await new ActionLog(await openLogDb('before'), guard).append(unsealed(uuid(1)));
    const log = new ActionLog(await openLogDb('after'), guard);
    await log.append(unsealed(uuid(2)));
    expect((await log.all()).map((r) => r.kind)).toEqual(['log-reset', 'archived']);
    expect(memory.value.wipe).toMatchObject({ lostCount: 1, lastRecordId: uuid(1) });
  });

  it('links to its own newest entry when the database is not empty but lacks the head (an older copy)', async () => {
    const { guard } = guarded();
    const older = await openLogDb('older');
    const first = await new ActionLog(older).append(unsealed(uuid(1)));
    await new ActionLog(await openLogDb('newer'), guard).append(unsealed(uuid(2)));
    const log = new ActionLog(older, guard);
    expect(await log.reconcile()).toMatchObject({ lostCount: 1, lastRecordId: uuid(2) });
    const records = await log.all();
    expect(records.map((r) => r.kind)).toEqual(['archived', 'log-reset']);
    expect(records[1]!.integrity.prev).toBe(first.record.integrity.sha256);
    expect(await verifyChain(records)).toBeNull();
  });

  it('is told to one overlay action, and stays readable for the popup', async () => {
    const { guard } = guarded();
    await new ActionLog(await openLogDb('before'), guard).append(unsealed(uuid(1)));
    const log = new ActionLog(await openLogDb('after'), guard);
    await log.reconcile();
    expect(await log.takeWipeForOverlay()).toMatchObject({ lostCount: 1 });
    expect(await log.takeWipeForOverlay()).toBeNull();
    expect(await log.lastWipe()).toMatchObject({ lostCount: 1, toldInOverlay: true });
  });

  it('is noticed at once when the database is deleted under a running connection, which then works on', async () => {
    const { memory, guard } = guarded();
    let log!: ActionLog;
    const store = new StoreConnection({ afterOpen: async () => void (await log.reconcile()) });
    log = new ActionLog(store.db, guard);
    await store.ready();
    await log.append(unsealed(uuid(1)));
    await log.append(unsealed(uuid(2)));
    // What "delete database" in the browser's tools does: our connection steps aside, the data goes.
    await deleteDB(DB_NAME);
    await vi.waitFor(() => expect(memory.value.wipe).toMatchObject({ lostCount: 2, lastRecordId: uuid(2) }));
    await log.append(unsealed(uuid(3)));
    expect((await log.all()).map((r) => r.kind)).toEqual(['log-reset', 'archived']);
    store.close();
  });
});
