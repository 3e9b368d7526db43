// The records view's first screen reads the newest rows in one transaction, with its own small readers
// of two meta values (so the page need not load the schema library first). They must give the same rows
// as the full read, and read damaged meta values exactly as the keys' schemas do.
import { describe, expect, it } from 'vitest';
import { exportsKey, markExported } from '../../lib/export/handover';
import { exportedFromRaw, firstRows, heldFromRaw, readRows } from '../../lib/records/source';
import { chainCheckKey } from '../../lib/store/chain-check';
import { openLogDb } from '../../lib/store/db';
import { ActionLog } from '../../lib/store/log';
import { applyResults } from '../../lib/sync/outbox';
import { unsealed } from '../helpers/records';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('the first screen of the records view', () => {
  it('gives the same newest rows as reading the whole archive', async () => {
    const db = await openLogDb(`first-${Math.random()}`);
    const log = new ActionLog(db);
    for (let i = 1; i <= 30; i++) await log.append(unsealed(uuid(i), `anteckning ${i}`));
    await applyResults(db, [{ id: uuid(28), status: 'registered', registrationNumber: 'HÄ 2026/28' }, { id: uuid(27), status: 'rejected', error: 'nej' }], '2026-11-25T10:00:00Z');
    await markExported(db, { packageId: 'p1', createdAt: '2026-11-25T10:00:00Z', count: 1, recordIds: [uuid(29)] });
    await chainCheckKey.put(db, { count: 25, head: null, culls: [], break: { seq: 26, recordId: uuid(26), problem: 'hash-mismatch', foundAt: '2026-11-25T10:00:00Z' } });
    const first = await firstRows(db, 10);
    const all = await readRows(db);
    expect(first).toHaveLength(10);
    expect(first).toEqual(all.slice(-10));
    expect(first.map((r) => r.state)).toEqual([...Array(5).fill('pending'), 'held', 'rejected', 'registered', 'held', 'held']);
    expect(first.filter((r) => r.exported).map((r) => r.record.id)).toEqual([uuid(29)]);
    db.close();
  });

  it.each([
    ['nothing', undefined],
    ['not an object', 'x'],
    ['a good list', { packages: [{ packageId: 'p', createdAt: 'c', count: 1, recordIds: ['a', 'b'] }] }],
    ['a package without its id', { packages: [{ createdAt: 'c', count: 1, recordIds: ['a'] }, { packageId: 'q', createdAt: 'c', count: 1, recordIds: ['b'] }] }],
    ['an id that is no text', { packages: [{ packageId: 'p', createdAt: 'c', count: 1, recordIds: [1] }] }],
    ['a negative count', { packages: [{ packageId: 'p', createdAt: 'c', count: -1, recordIds: ['a'] }] }],
  ])('reads the exports meta value as its schema does: %s', async (_, raw) => {
    const db = await openLogDb(`raw-${Math.random()}`);
    if (raw !== undefined) await db.put('meta', raw, 'exports');
    const schema = new Set((await exportsKey.get(db)).packages.flatMap((p) => p.recordIds));
    expect(exportedFromRaw(raw)).toEqual(schema);
    db.close();
  });

  it.each([
    ['nothing', undefined],
    ['no break', { count: 3, head: null }],
    ['a break', { count: 3, head: null, break: { seq: 4, recordId: 'r', problem: 'broken-link', foundAt: 'f' } }],
    ['a break of an unknown kind', { count: 3, head: null, break: { seq: 4, recordId: 'r', problem: 'other', foundAt: 'f' } }],
    ['a break at no position', { break: { seq: '4', recordId: 'r', problem: 'hash-mismatch', foundAt: 'f' } }],
    ['a damaged check time', { checkedAt: 5, break: { seq: 4, recordId: 'r', problem: 'hash-mismatch', foundAt: 'f' } }],
  ])('reads the chain-check meta value as its schema does: %s', async (_, raw) => {
    const db = await openLogDb(`raw-${Math.random()}`);
    if (raw !== undefined) await db.put('meta', raw, 'chain-check');
    expect(heldFromRaw(raw)).toBe((await chainCheckKey.get(db)).break?.seq ?? null);
    db.close();
  });
});
