import { describe, expect, it } from 'vitest';
import { openLogDb } from '../../lib/store/db';
import { verifyChain } from '../../lib/store/integrity';
import { ActionLog } from '../../lib/store/log';
import { unsealed } from '../helpers/records';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('ActionLog', () => {
  it('keeps concurrent appends in one unbroken chain', async () => {
    const log = new ActionLog(await openLogDb());
    await Promise.all(Array.from({ length: 20 }, (_, i) => log.append(unsealed(uuid(i)))));
    const records = await log.all();
    expect(records).toHaveLength(20);
    expect(new Set(records.map((r) => r.id)).size).toBe(20);
    expect(await verifyChain(records)).toBeNull();
  });

  it('survives reopening the database (what a restarted service worker does)', async () => {
    const first = new ActionLog(await openLogDb('reopen'));
    await first.append(unsealed(uuid(1)));
    const second = new ActionLog(await openLogDb('reopen'));
    await second.append(unsealed(uuid(2)));
    const records = await second.all();
    expect(records.map((r) => r.id)).toEqual([uuid(1), uuid(2)]);
    expect(await verifyChain(records)).toBeNull();
  });

  it('refuses to store the same record id twice', async () => {
    const log = new ActionLog(await openLogDb());
    await log.append(unsealed(uuid(1)));
    await expect(log.append(unsealed(uuid(1)))).rejects.toThrow();
    expect(await log.all()).toHaveLength(1);
    // A failed append must not jam the queue.
    await log.append(unsealed(uuid(2)));
    expect(await log.all()).toHaveLength(2);
  });

  it('indexes entries by Stockholm day', async () => {
    const log = new ActionLog(await openLogDb());
    await log.append({ ...unsealed(uuid(1)), occurredAt: '2026-11-25T23:30:00+01:00' });
    await log.append({ ...unsealed(uuid(2)), occurredAt: '2026-11-25T23:30:00Z' }); // 00:30 on the 26th in Stockholm
    expect((await log.byDay('2026-11-25')).map((e) => e.record.id)).toEqual([uuid(1)]);
    expect((await log.byDay('2026-11-26')).map((e) => e.record.id)).toEqual([uuid(2)]);
  });
});
