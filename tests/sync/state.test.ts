import { describe, expect, it } from 'vitest';
import { openLogDb } from '../../lib/store/db';
import { readConnection } from '../../lib/sync/connection-store';
import { readSyncState, writeSyncState } from '../../lib/sync/outbox';
import { INITIAL_SYNC_STATE } from '../../lib/sync/state';

describe('sync meta keys', () => {
  it('start from the initial sync state and keep what was written', async () => {
    const db = await openLogDb();
    expect(await readSyncState(db)).toEqual(INITIAL_SYNC_STATE);
    const state = { failures: 2, stoppedForAuth: false, lastError: 'timeout' as const, nextAttemptAt: 1_800_000_000_000, slowLevel: 1 };
    await writeSyncState(db, state);
    expect(await readSyncState(db)).toEqual(state);
  });

  it('fall back field by field when a stored sync state is damaged', async () => {
    const db = await openLogDb();
    await db.put('meta', { failures: -1, stoppedForAuth: true, lastError: 'no-such-code', lastSuccessAt: '2026-11-25T10:00:00.000Z' }, 'sync-state');
    expect(await readSyncState(db)).toEqual({ failures: 0, stoppedForAuth: true, lastSuccessAt: '2026-11-25T10:00:00.000Z' });
  });

  it('read a damaged registry connection as none (local only)', async () => {
    const db = await openLogDb();
    await db.put('meta', { endpoint: 'https://diarium.example.org/api' }, 'registry');
    expect(await readConnection(db)).toBeNull();
  });
});
