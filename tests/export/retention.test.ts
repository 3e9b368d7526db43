// Retention (gallring) with a 1-day setting and a fake clock: registered and exported records go, pending
// ones stay, and the chain still verifies across one cull and the next.
import { describe, expect, it } from 'vitest';
import { markExported } from '../../lib/export/handover';
import { cullLog } from '../../lib/export/retention';
import { chainCheckKey, checkBeforeSending, checkWholeLog } from '../../lib/store/chain-check';
import { openLogDb, type Db } from '../../lib/store/db';
import { culledHeadOf, verifyChain } from '../../lib/store/integrity';
import { ActionLog } from '../../lib/store/log';
import { applyResults } from '../../lib/sync/outbox';
import { unsealed } from '../helpers/records';
import { keepEvidence } from '../../lib/evidence/store';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
let ids = 100;

async function setup() {
  const db = await openLogDb(`retention-${Math.random()}`);
  const log = new ActionLog(db);
  for (let i = 1; i <= 6; i++) await log.append({ ...unsealed(uuid(i), `anteckning ${i}`), occurredAt: `2026-11-0${i}T10:00:00+01:00` });
  return { db, log };
}

const register = (db: Db, ...n: number[]) =>
  applyResults(
    db,
    n.map((i) => ({ id: uuid(i), status: 'registered' as const, registrationNumber: `HÄ 2026/${i}` })),
    '2026-11-10T10:00:00+01:00',
  );

const deps = (db: Db, log: ActionLog, now: string) => ({
  db,
  log,
  now: () => new Date(now),
  uuid: () => uuid(ids++),
  base: async () => {
    const { id: _id, kind: _kind, occurredAt: _at, checks: _checks, note: _note, ...rest } = unsealed(uuid(0));
    return rest;
  },
});

const seqsOf = async (db: Db) => (await db.getAll('log')).map((e) => e.seq);

describe('retention', () => {
  it("deletes the culled records' evidence files, but not one a kept record also names", async () => {
    const db = await openLogDb(`retention-evidence-${Math.random()}`);
    const log = new ActionLog(db);
    const file = (text: string, type: 'image/png' | 'text/html' = 'text/html') => keepEvidence(db, type, new TextEncoder().encode(text), '2026-11-01T10:00:00Z');
    const [onlyOld, shared, onlyNew] = [await file('<p>bara den gamla</p>'), await file('<p>delad</p>'), await file('<p>bara den nya</p>')];
    const evidence = (html: string, screenshot?: string) => ({
      capturedAt: '2026-11-01T10:00:00+01:00',
      url: 'https://www.facebook.com/norrbyexempel',
      html: { mediaType: 'text/html' as const, sha256: html },
      ...(screenshot ? { screenshot: { mediaType: 'image/png' as const, sha256: screenshot } } : {}),
    });
    await log.append({ ...unsealed(uuid(1)), occurredAt: '2026-11-01T10:00:00+01:00', evidence: evidence(onlyOld, shared) });
    await log.append({ ...unsealed(uuid(2)), occurredAt: '2026-11-15T10:00:00+01:00', evidence: evidence(shared) });
    await log.append({ ...unsealed(uuid(3)), occurredAt: '2026-11-19T10:00:00+01:00', evidence: evidence(onlyNew) });
    await register(db, 1, 2, 3);
    // Ten days on the 21st: only record 1 is old enough; record 2 (kept) names the shared picture.
    const range = await cullLog(deps(db, log, '2026-11-21T12:00:00Z'), 10);
    expect(range).toMatchObject({ count: 1, lastId: uuid(1) });
    expect((await db.getAllKeys('evidence')).sort()).toEqual([shared, onlyNew].sort());
  });

  it('culls registered and exported records older than the setting, never a pending one, and the chain verifies', async () => {
    const { db, log } = await setup();
    await register(db, 1, 2, 4);
    await markExported(db, { packageId: 'p1', createdAt: '2026-11-10T10:00:00Z', count: 1, recordIds: [uuid(3)] });
    // Record 5 is pending: it stops the run, although 6 is old enough too.
    const range = await cullLog(deps(db, log, '2026-11-20T12:00:00Z'), 1);
    expect(range).toMatchObject({ count: 4, firstSeq: 1, lastSeq: 4, firstId: uuid(1), lastId: uuid(4) });
    expect(await seqsOf(db)).toEqual([5, 6, 7]);
    const records = await log.all();
    expect(records.map((r) => r.kind)).toEqual(['archived', 'archived', 'culled']);
    expect(culledHeadOf(records[2]!)).toBe(range!.head);
    expect(records[0]!.integrity.prev).toBe(range!.head);
    expect(records[2]!.note).toContain('4 poster');
    // The culled records left the outbox with the log; the pending one is still waiting.
    expect((await db.getAll('outbox')).map((o) => o.recordId).sort()).toEqual([uuid(5), uuid(6), records[2]!.id].sort());

    expect(await verifyChain(records)).toBeNull();
    const check = await checkWholeLog(db);
    expect(check.break).toBeUndefined();
    expect(check.count).toBe(3);
    // Sync checks what it sends the same way: the first record kept passes.
    expect(await checkBeforeSending(db, await db.getAll('log'))).toBeNull();
  });

  it('culls nothing with the default (keep for ever), nothing too new, and never the newest record', async () => {
    const { db, log } = await setup();
    await register(db, 1, 2, 3, 4, 5, 6);
    expect(await cullLog(deps(db, log, '2027-01-01T00:00:00Z'), 0)).toBeNull();
    // One day after the 3rd: records 1 and 2 are older than a day, the 3rd is not.
    expect(await cullLog(deps(db, log, '2026-11-04T09:00:00+01:00'), 1)).toMatchObject({ count: 2 });
    // Everything handed over and old: all but the newest (the new `culled` record) go.
    const second = await cullLog(deps(db, log, '2027-01-01T00:00:00Z'), 1);
    expect(second).toMatchObject({ count: 4, firstSeq: 3, lastSeq: 6 });
    expect((await log.all()).map((r) => r.kind)).toEqual(['culled', 'culled']);
    // Across two culls the chain still verifies, here and in a check of the whole log.
    expect(await verifyChain(await log.all())).toBeNull();
    expect((await checkWholeLog(db)).break).toBeUndefined();
    expect((await chainCheckKey.get(db)).culls).toEqual([7, 8]);
  });

  it('still finds a record edited by hand in what is left', async () => {
    const { db, log } = await setup();
    await register(db, 1, 2);
    await cullLog(deps(db, log, '2026-11-20T12:00:00Z'), 1);
    const tx = db.transaction('log', 'readwrite');
    const entry = (await tx.store.get(4))!;
    await tx.store.put({ ...entry, record: { ...entry.record, note: 'ändrad' } });
    await tx.done;
    expect((await checkWholeLog(db)).break).toMatchObject({ seq: 4, problem: 'hash-mismatch' });
  });
});
