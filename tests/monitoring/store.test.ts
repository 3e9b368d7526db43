import { describe, expect, it } from 'vitest';
import { readAccountsSeen, readRounds, writeAccountSeen } from '../../lib/monitoring/store';
import { openLogDb } from '../../lib/store/db';

const counts = { replyDue: 1, overdue: 0, notArchived: 2, flagged: 0 };

describe('monitoring meta keys', () => {
  it('drop a damaged round and keep the others', async () => {
    const db = await openLogDb();
    const done = { scheduledAt: '2026-11-25T08:00:00.000Z', status: 'done', completedAt: '2026-11-25T08:05:00.000Z' };
    await db.put('meta', { rounds: { [done.scheduledAt]: done, '2026-11-25T11:00:00.000Z': { status: 'sleeping' } }, checkedUntil: 5 }, 'rounds');
    expect(await readRounds(db)).toEqual({ rounds: { [done.scheduledAt]: done } });
  });

  it('keep every account seen when two are written at once', async () => {
    const db = await openLogDb();
    const seen = (url: string) => ({ url, name: url, lastSeenAt: '2026-11-25T08:00:00.000Z', counts });
    await Promise.all([writeAccountSeen(db, seen('https://www.facebook.com/a')), writeAccountSeen(db, seen('https://www.instagram.com/b/'))]);
    expect(Object.keys(await readAccountsSeen(db)).sort()).toEqual(['https://www.facebook.com/a', 'https://www.instagram.com/b/']);
  });
});
