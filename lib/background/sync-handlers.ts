/** The extension pages' view of sync: status, "sync now", and the registry connection. */
import type { Handlers, SyncStatus } from '../messaging/protocol';
import type { Db } from '../store/db';
import type { ActionLog } from '../store/log';
import { createRegistryClient } from '../sync/client';
import { readConnection, resolveConnection, saveConnection } from '../sync/connection-store';
import type { SyncEngine } from '../sync/engine';
import { outboxCounts, readSyncState, rejectedEntries } from '../sync/outbox';
import { clipText } from '../util/unicode';
import { chainCheckKey } from '../store/chain-check';

export type SyncHandlers = Pick<Handlers, 'getSyncStatus' | 'syncNow' | 'saveConnection' | 'testConnection'>;

const EXCERPT_MAX = 160;

export interface SyncHandlerDeps {
  db: Db;
  log: ActionLog;
  engine: SyncEngine;
  /** The registry address set by enterprise policy, if any. */
  policyEndpoint: () => Promise<string | undefined>;
  /** Whether the browser lets the extension reach an address (its optional host permission). */
  hasAccess: (endpoint: string) => Promise<boolean>;
  fetch?: typeof fetch;
}

export function createSyncHandlers(deps: SyncHandlerDeps): SyncHandlers {
  const { db, log, engine } = deps;

  async function status(): Promise<SyncStatus> {
    const policy = await deps.policyEndpoint();
    const connection = await readConnection(db, policy);
    const [counts, state, rejected, chain] = await Promise.all([
      // Counting walks the index (some 180 ms for 50,000 records in Chromium): only a registry's panel
      // shows the counts; without one the popup's archive panel tells what the browser holds.
      connection ? outboxCounts(db) : { pending: 0, rejected: 0, registered: 0 },
      readSyncState(db),
      rejectedEntries(db),
      chainCheckKey.get(db),
    ]);
    const held = chain.break ? await db.countFromIndex('outbox', 'bySeq', IDBKeyRange.lowerBound(chain.break.seq)) : 0;
    const entries = await log.byRecordIds(rejected.map((r) => r.recordId));
    const endpoint = connection?.endpoint ?? policy;
    return {
      mode: connection ? 'registry' : 'local',
      ...(endpoint ? { endpoint, access: await deps.hasAccess(endpoint) } : {}),
      endpointLocked: policy !== undefined,
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
        text: clipText(entries[i]?.record.subject?.text ?? '', EXCERPT_MAX),
      })),
      ...(chain.break ? { chainBreak: chain.break } : {}),
      held,
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
      const outcome = await saveConnection(db, input, await deps.policyEndpoint());
      if (outcome.saved && !outcome.localOnly) void engine.flush({ force: true });
      return { ok: true, value: outcome };
    },
    async testConnection(input) {
      const resolved = await resolveConnection(db, input, await deps.policyEndpoint());
      if (!resolved.ok) return { ok: true, value: resolved.problem };
      if (!(await deps.hasAccess(resolved.connection.endpoint))) return { ok: true, value: 'no-access' };
      const result = await createRegistryClient({ ...resolved.connection, fetch: deps.fetch, timeoutMs: 10_000 }).health();
      return { ok: true, value: result.kind === 'failed' ? result.code : result.kind };
    },
  };
}
