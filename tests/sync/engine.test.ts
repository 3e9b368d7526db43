// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLogDb, type Db } from '../../lib/store/db';
import { chainCheckKey } from '../../lib/store/chain-check';
import { ActionLog } from '../../lib/store/log';
import { saveConnection, readConnection } from '../../lib/sync/connection-store';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, SyncEngine, backoffMs } from '../../lib/sync/engine';
import { outboxCounts, readSyncState, registrationsFor, rejectedEntries, writeSyncState } from '../../lib/sync/outbox';
import { startRegistry, type TestRegistry } from '../registry/server';
import { unsealed } from '../helpers/records';
import { keepEvidence } from '../../lib/evidence/store';
import { MAX_BATCH_BYTES } from '../../lib/sync/contract';
import { verifyRecord } from '../../lib/store/integrity';
import { randomBytes } from 'node:crypto';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

let registry: TestRegistry;
let db: Db;
let log: ActionLog;
let clock: number;
let scheduled: (number | null)[];

function engine(timeoutMs = 2_000, hasAccess?: (endpoint: string) => Promise<boolean>): SyncEngine {
  return new SyncEngine({
    db,
    log,
    connection: () => readConnection(db),
    hasAccess,
    schedule: (at) => scheduled.push(at),
    now: () => clock,
    random: () => 0.5,
    timeoutMs,
  });
}

async function logRecords(count: number, from = 1): Promise<string[]> {
  const ids: string[] = [];
  for (let i = from; i < from + count; i++) ids.push((await log.append(unsealed(uuid(i), `anteckning ${i}`))).record.id);
  return ids;
}

async function connect(token = registry.token) {
  expect(await saveConnection(db, { endpoint: registry.url, token })).toEqual({ saved: true, localOnly: false });
}

beforeEach(async () => {
  registry = await startRegistry();
  db = await openLogDb(`sync-${Math.random()}`);
  log = new ActionLog(db);
  clock = Date.parse('2026-11-25T10:00:00Z');
  scheduled = [];
});
afterEach(async () => {
  db.close();
  await registry.close();
});

describe('SyncEngine', () => {
  it('keeps everything local and sends nothing without a registry', async () => {
    await logRecords(3);
    expect(await engine().flush()).toEqual({ state: 'local-only' });
    expect(registry.requests()).toEqual([]);
    expect((await outboxCounts(db)).pending).toBe(3);
  });

  it('registers 250 records exactly once, in batches of at most 100, and writes the numbers back', async () => {
    const ids = await logRecords(250);
    await connect();
    expect(await engine().flush()).toEqual({ state: 'idle', sent: 250 });
    const posts = registry.requests().filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.records)).toEqual([100, 100, 50]);
    expect(ids.every((id) => registry.registrationsOf(id) === 1)).toBe(true);
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 0, registered: 250 });
    const numbers = await registrationsFor(db, [ids[0]!, ids[249]!]);
    expect(numbers.get(ids[0]!)?.registrationNumber).toBe('HÄ 2026/1');
    expect(numbers.get(ids[249]!)?.registrationNumber).toBe('HÄ 2026/250');
    expect((await readSyncState(db)).lastSuccessAt).toBe('2026-11-25T10:00:00.000Z');
    expect(scheduled.at(-1)).toBeNull();
  });

  it.each([
    ['down', 'network'],
    ['error-500', 'server-error'],
    ['bad-json', 'invalid-response'],
  ] as const)('backs off on %s, keeps every record, then registers each exactly once', async (mode, code) => {
    const ids = await logRecords(5);
    await connect();
    registry.setFaults({ mode });
    const first = await engine().flush();
    expect(first).toMatchObject({ state: 'waiting', until: clock + backoffMs(1, () => 0.5) });
    expect(await readSyncState(db)).toMatchObject({ lastError: code, failures: 1 });
    expect((await outboxCounts(db)).pending).toBe(5);
    // Before the backoff has passed, a plain flush sends nothing.
    const requestsBefore = registry.requests().length;
    expect((await engine().flush()).state).toBe('waiting');
    expect(registry.requests().length).toBe(requestsBefore);

    registry.setFaults({ mode: 'ok' });
    clock += BACKOFF_CAP_MS;
    expect(await engine().flush()).toEqual({ state: 'idle', sent: 5 });
    expect(ids.map((id) => registry.registrationsOf(id))).toEqual([1, 1, 1, 1, 1]);
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 0, registered: 5 });
  });

  it('treats a timeout as transient and keeps the records', async () => {
    await logRecords(2);
    await connect();
    registry.setFaults({ mode: 'timeout' });
    expect((await engine(200).flush()).state).toBe('waiting');
    expect((await readSyncState(db)).lastError).toBe('timeout');
    registry.setFaults({ mode: 'ok' });
    clock += BACKOFF_CAP_MS;
    expect(await engine(2_000).flush()).toEqual({ state: 'idle', sent: 2 });
  });

  it('drains a registry slower than the first wait: it waits longer and sends smaller batches, with a bounded number of posts', async () => {
    const ids = await logRecords(30);
    await connect();
    // Every answer takes 1.5 s; the first wait is 1 s (levels: 1 s × 100, 3 s × 25, 6 s × 10, 15 s × 1).
    registry.setFaults({ delayMs: 1_500 });
    const e = engine(1_000);
    const first = await e.flush();
    expect(first.state).toBe('waiting');
    expect(await readSyncState(db)).toMatchObject({ lastError: 'timeout', slowLevel: 1 });
    clock = (first as { until: number }).until;
    expect(await e.flush()).toEqual({ state: 'idle', sent: 30 });
    // One post timed out (its 30 records were registered all the same), then 25 + 5 answered in time.
    const posts = registry.requests().filter((r) => r.method === 'POST').map((r) => r.records);
    expect(posts).toEqual([30, 25, 5]);
    expect(ids.map((id) => registry.registrationsOf(id))).toEqual(ids.map(() => 1));
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 0, registered: 30 });
    expect((await readSyncState(db)).lastError).toBeUndefined();
  });

  it('goes back to full batches after three quick answers', async () => {
    await logRecords(80);
    await connect();
    await writeSyncState(db, { ...(await readSyncState(db)), slowLevel: 1 });
    expect(await engine().flush()).toEqual({ state: 'idle', sent: 80 });
    const posts = registry.requests().filter((r) => r.method === 'POST').map((r) => r.records);
    expect(posts).toEqual([25, 25, 25, 5]);
    expect((await readSyncState(db)).slowLevel).toBe(0);
  });

  it('sends nothing without the browser\'s access to the registry, says so, and sends all once access is granted', async () => {
    const ids = await logRecords(4);
    await connect();
    let granted = false;
    const e = engine(2_000, async (endpoint) => endpoint === registry.url && granted);
    expect(await e.flush()).toEqual({ state: 'stopped', reason: 'no-access', sent: 0 });
    expect(registry.requests()).toEqual([]);
    expect(await readSyncState(db)).toMatchObject({ lastError: 'no-access', failures: 0 });
    // No backoff and no timer: the browser's permissions.onAdded event starts the next flush.
    expect(scheduled.at(-1)).toBeNull();
    granted = true;
    expect(await e.flush()).toEqual({ state: 'idle', sent: 4 });
    expect(ids.map((id) => registry.registrationsOf(id))).toEqual([1, 1, 1, 1]);
  });

  it.each([['rate-limit-429'], ['unavailable-503']] as const)('waits exactly the Retry-After of a %s', async (mode) => {
    await logRecords(1);
    await connect();
    registry.setFaults({ mode, retryAfterSeconds: 7 });
    expect(await engine().flush()).toEqual({ state: 'waiting', until: clock + 7_000, sent: 0 });
    expect(scheduled.at(-1)).toBe(clock + 7_000);
  });

  it('stops on 401 until the connection changes, and tells why', async () => {
    await logRecords(2);
    await connect('wrong-token');
    expect(await engine().flush()).toMatchObject({ state: 'stopped', reason: 'unauthorized' });
    expect(await readSyncState(db)).toMatchObject({ stoppedForAuth: true, lastError: 'unauthorized' });
    const count = registry.requests().length;
    clock += BACKOFF_CAP_MS;
    expect((await engine().flush()).state).toBe('stopped');
    expect(registry.requests().length).toBe(count);
    await connect();
    expect(await engine().flush()).toEqual({ state: 'idle', sent: 2 });
  });

  it('splits a refused batch to find the poisoned record, keeps it as rejected, and sends the rest', async () => {
    const ids = await logRecords(20);
    await connect();
    registry.setFaults({ poisonIds: [ids[13]!] });
    expect((await engine().flush()).state).toBe('idle');
    expect(ids.filter((id) => registry.registrationsOf(id) === 1)).toHaveLength(19);
    expect(registry.registrationsOf(ids[13]!)).toBe(0);
    const rejected = await rejectedEntries(db);
    expect(rejected.map((r) => r.recordId)).toEqual([ids[13]]);
    expect(rejected[0]!.error).not.toBe('');
    expect(registry.requests().filter((r) => r.method === 'POST').length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(20)) + 1);
    // The rejected record stays in the log and is not sent again.
    const before = registry.requests().length;
    expect(await engine().flush()).toEqual({ state: 'idle', sent: 0 });
    expect(registry.requests().length).toBe(before);
    expect((await log.all()).map((r) => r.id)).toContain(ids[13]);
  });

  it('keeps a record the registry rejects in its answer, with the reason', async () => {
    const ids = await logRecords(3);
    await connect();
    registry.setFaults({ rejectIds: [ids[1]!] });
    await engine().flush();
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 1, registered: 2 });
  });

  it('never registers twice when two workers flush the same outbox at once (a restarted service worker)', async () => {
    const ids = await logRecords(120);
    await connect();
    registry.setFaults({ delayMs: 100 });
    await Promise.all([engine().flush(), engine().flush()]);
    expect(ids.every((id) => registry.registrationsOf(id) === 1)).toBe(true);
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 0, registered: 120 });
  });

  it('folds flushes requested while one runs into one more pass', async () => {
    await logRecords(3);
    await connect();
    const e = engine();
    const first = e.flush();
    // A call while a flush runs joins it rather than starting a second, parallel one.
    expect(e.flush()).toBe(first);
    await logRecords(2, 100);
    await Promise.all([first, e.flush()]);
    expect((await outboxCounts(db)).registered).toBe(5);
    expect(registry.registered().every((r) => r.times === 1)).toBe(true);
  });
});

describe('backoff', () => {
  it('doubles from the base up to the cap, with half of it random', () => {
    expect(backoffMs(1, () => 0)).toBe(BACKOFF_BASE_MS / 2);
    expect(backoffMs(1, () => 1)).toBe(BACKOFF_BASE_MS);
    expect(backoffMs(3, () => 1)).toBe(BACKOFF_BASE_MS * 4);
    expect(backoffMs(30, () => 1)).toBe(BACKOFF_CAP_MS);
    expect(backoffMs(30, () => 0)).toBe(BACKOFF_CAP_MS / 2);
  });
});

describe('what is sent', () => {
  it('keeps a record that does not match the contract as rejected instead of sending it', async () => {
    // A record logged whole but outside the contract (as an old bug might have written it): its chain is intact.
    const bad = (await log.append({ ...unsealed(uuid(1)), checks: ['x'.repeat(65)] })).record.id;
    const [good] = await logRecords(1, 2);
    await connect();
    expect(await engine().flush()).toEqual({ state: 'idle', sent: 1 });
    expect(registry.registrationsOf(bad)).toBe(0);
    expect(registry.registrationsOf(good!)).toBe(1);
    expect((await rejectedEntries(db))[0]).toMatchObject({ recordId: bad, error: 'record does not match moderation-record/1' });
  });

  it('holds a record edited in the store, and every record after it, while sending those before it', async () => {
    const ids = await logRecords(6);
    // Someone changes the text of the fourth record in the browser's store by hand.
    const tx = db.transaction('log', 'readwrite');
    const entry = (await tx.store.index('byRecordId').get(ids[3]!))!;
    await tx.store.put({ ...entry, record: { ...entry.record, note: 'ändrad i efterhand' } });
    await tx.done;
    await connect();
    expect(await engine().flush()).toEqual({ state: 'idle', sent: 3 });
    expect(ids.map((id) => registry.registrationsOf(id))).toEqual([1, 1, 1, 0, 0, 0]);
    expect((await chainCheckKey.get(db)).break).toMatchObject({ seq: 4, recordId: ids[3], problem: 'hash-mismatch' });
    // Held, not dropped and not rejected: still pending, and a later sync still holds them.
    expect(await outboxCounts(db)).toEqual({ pending: 3, rejected: 0, registered: 3 });
    await logRecords(1, 7);
    expect(await engine().flush({ force: true })).toEqual({ state: 'idle', sent: 0 });
    expect(registry.registrationsOf(uuid(7))).toBe(0);
  });
});

describe('SyncEngine with evidence (contract v1.1)', () => {
  it('sends each picture inline once, keeps every batch under 5 MiB, and registers every record once', async () => {
    const pictures: string[] = [];
    for (let i = 1; i <= 3; i++) {
      // 2 MB that do not compress: a worst-case picture of a long comment.
      const sha256 = await keepEvidence(db, 'image/png', new Uint8Array(randomBytes(2_000_000)), '2026-11-25T10:00:00Z');
      pictures.push(sha256);
      await log.append({ ...unsealed(uuid(i), `bild ${i}`), evidence: { capturedAt: '2026-11-25T11:00:00+01:00', url: 'https://www.facebook.com/norrbyexempel', screenshot: { mediaType: 'image/png', sha256, size: 2_000_000 } } });
    }
    await logRecords(5, 10);
    await connect();
    expect(await engine().flush()).toEqual({ state: 'idle', sent: 8 });
    const posts = registry.requests().filter((r) => r.method === 'POST');
    expect(posts.every((p) => p.status === 200 && p.bytes! <= MAX_BATCH_BYTES)).toBe(true);
    expect(posts.reduce((n, p) => n + p.records, 0)).toBe(8);
    // Two 2 MB pictures (2.7 MB each as base64) never share a batch.
    expect(posts.length).toBeGreaterThanOrEqual(3);
    expect(await outboxCounts(db)).toEqual({ pending: 0, rejected: 0, registered: 8 });
    const registered = registry.registered();
    expect(registered.every((r) => r.times === 1 && r.duplicates === 0)).toBe(true);
    // The registry got the bytes (its digest check passed), and the record still verifies with them inline.
    for (const [i, sha256] of pictures.entries()) {
      const got = registered.find((r) => r.id === uuid(i + 1))!.record as never as { evidence: { screenshot: { sha256: string; base64: string } } };
      expect(got.evidence.screenshot.sha256).toBe(sha256);
      expect(Buffer.from(got.evidence.screenshot.base64, 'base64').byteLength).toBe(2_000_000);
      expect(await verifyRecord(got as never)).toBe(true);
    }
    // The log itself keeps only the digest.
    expect((await log.all())[0]!.evidence!.screenshot!.base64).toBeUndefined();
  });
});
