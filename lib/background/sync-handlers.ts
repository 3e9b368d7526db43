/** The extension pages' view of sync: status, "sync now", and the registry connection. */
import type { Handlers, SyncStatus } from '../messaging/protocol';
import type { Db } from '../store/db';
import type { ActionLog } from '../store/log';
import { createRegistryClient } from '../sync/client';
import { readConnection, resolveConnection, saveConnection } from '../sync/connection-store';
import type { SyncEngine } from '../sync/engine';
import { outboxCounts, readSyncState, rejectedEntries } from '../sync/outbox';

export type SyncHandlers = Pick<Handlers, 'getSyncStatus' | 'syncNow' | 'saveConnection' | 'testConnection'>;

const EXCERPT_MAX = 160;

export function createSyncHandlers(deps: { db: Db; log: ActionLog; engine: SyncEngine; fetch?: typeof fetch }): SyncHandlers {
  const { db, log, engine } = deps;

  async function status(): Promise<SyncStatus> {
    const [connection, counts, state, rejected] = await Promise.all([
      readConnection(db),
      outboxCounts(db),
      readSyncState(db),
      rejectedEntries(db),
    ]);
    const entries = await log.byRecordIds(rejected.map((r) => r.recordId));
    return {
      mode: connection ? 'registry' : 'local',
      ...(connection ? { endpoint: connection.endpoint } : {}),
      ...counts,
      lastSuccessAt: state.lastSuccessAt,
      lastError: state.lastError,
      nextAttemptAt: state.nextAttemptAt,
      stoppedForAuth: state.stoppedForAuth,
      rejectedItems: rejected.map((r, i) => ({
        recordId: r.recordId,
        error: r.error ?? '',
        kind: entries[i]?.record.kind ?? '',
        authorName: entries[i]?.record.subject?.authorName ?? '',
        text: (entries[i]?.record.subject?.text ?? '').slice(0, EXCERPT_MAX),
      })),
    };
  }

  return {
    async getSyncStatus() {
      return { ok: true, value: await status() };
    },
    async syncNow() {
      await engine.flush({ force: true });
      return { ok: true, value: await status() };
    },
    async saveConnection(input) {
      const outcome = await saveConnection(db, input);
      if (outcome.saved && !outcome.localOnly) void engine.flush({ force: true });
      return { ok: true, value: outcome };
    },
    async testConnection(input) {
      const resolved = await resolveConnection(db, input);
      if (!resolved.ok) return { ok: true, value: resolved.problem };
      const result = await createRegistryClient({ ...resolved.connection, fetch: deps.fetch, timeoutMs: 10_000 }).health();
      return { ok: true, value: result.kind === 'failed' ? result.code : result.kind };
    },
  };
}
