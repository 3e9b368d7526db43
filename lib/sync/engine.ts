/**
 * The sync loop: sends pending records in log order, at most 100 per request, and writes every answer
 * back before sending more. All its state lives in IndexedDB, so a service worker stopped at any
 * moment resumes from the outbox; the registry's idempotency (record id) makes a resend harmless.
 */
import { ModerationRecordSchema, type ModerationRecord } from '../model';
import type { Db } from '../store/db';
import type { ActionLog } from '../store/log';
import type { RegistryConnection, SyncErrorCode, SyncState } from '../store/schema';
import { createRegistryClient, type PostOutcome, type RegistryClient } from './client';
import { MAX_BATCH, MAX_BATCH_BYTES } from './contract';
import { applyResults, markRejected, pendingBatch, readSyncState, writeSyncState } from './outbox';

export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_CAP_MS = 15 * 60_000;

export interface EngineDeps {
  db: Db;
  log: ActionLog;
  connection: () => Promise<RegistryConnection | null>;
  /** Called with the next time a flush should run (null: nothing scheduled). */
  schedule: (atMs: number | null) => void;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  timeoutMs?: number;
}

export type FlushResult =
  | { state: 'local-only' }
  | { state: 'idle'; sent: number }
  | { state: 'waiting'; until: number; sent: number }
  | { state: 'stopped'; reason: 'unauthorized'; sent: number };

/** Exponential backoff with "equal jitter": half fixed, half random, so clients do not stampede. */
export function backoffMs(failures: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

type Stop = Extract<PostOutcome, { kind: 'unauthorized' | 'retry-after' | 'transient' }>;

export class SyncEngine {
  private running: Promise<FlushResult> | null = null;
  private again = false;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly deps: EngineDeps) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
  }

  /** Runs one flush; calls while it runs are folded into one more pass after it. */
  flush(options: { force?: boolean } = {}): Promise<FlushResult> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let result: FlushResult;
      do {
        this.again = false;
        result = await this.flushOnce(options.force === true);
      } while (this.again && result.state === 'idle');
      return result;
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async flushOnce(force: boolean): Promise<FlushResult> {
    const { db } = this.deps;
    const connection = await this.deps.connection();
    if (!connection) {
      this.deps.schedule(null);
      return { state: 'local-only' };
    }
    let state = await readSyncState(db);
    if (state.stoppedForAuth && !force) return { state: 'stopped', reason: 'unauthorized', sent: 0 };
    if (!force && state.nextAttemptAt && state.nextAttemptAt > this.now()) {
      this.deps.schedule(state.nextAttemptAt);
      return { state: 'waiting', until: state.nextAttemptAt, sent: 0 };
    }
    const client = createRegistryClient({ ...connection, fetch: this.deps.fetch, timeoutMs: this.deps.timeoutMs, now: this.now });
    let sent = 0;
    for (;;) {
      const batch = await pendingBatch(db, MAX_BATCH);
      if (batch.length === 0) {
        state = { ...state, failures: 0, nextAttemptAt: undefined, stoppedForAuth: false, lastSuccessAt: sent > 0 ? new Date(this.now()).toISOString() : state.lastSuccessAt };
        await writeSyncState(db, state);
        this.deps.schedule(null);
        return { state: 'idle', sent };
      }
      const records: ModerationRecord[] = [];
      for (const { record } of await this.deps.log.byRecordIds(batch.map((e) => e.recordId))) {
        // What leaves the browser must match the contract; a record that does not is kept, not sent.
        if (ModerationRecordSchema.safeParse(record).success) records.push(record);
        else await markRejected(db, record.id, 'record does not match moderation-record/1');
      }
      const stop = await this.send(client, records);
      if (stop) return this.stopped(state, stop, sent);
      sent += records.length;
      state = { ...state, failures: 0, nextAttemptAt: undefined, stoppedForAuth: false, lastSuccessAt: new Date(this.now()).toISOString() };
      await writeSyncState(db, state);
    }
  }

  /**
   * Sends records and writes the answers back. A batch the registry refuses as a whole (400/413) is
   * split in halves until the bad record stands alone; it is then kept as rejected and the rest go on.
   */
  private async send(client: RegistryClient, records: ModerationRecord[]): Promise<Stop | null> {
    if (records.length === 0) return null;
    const tooBig = records.length > 1 && JSON.stringify({ records }).length > MAX_BATCH_BYTES;
    const outcome: PostOutcome = tooBig ? { kind: 'bad-batch', error: 'batch too large' } : await client.postRecords(records);
    switch (outcome.kind) {
      case 'results':
        await applyResults(this.deps.db, outcome.results, new Date(this.now()).toISOString());
        return null;
      case 'bad-batch': {
        if (records.length === 1) {
          await markRejected(this.deps.db, records[0]!.id, outcome.error);
          return null;
        }
        const half = Math.ceil(records.length / 2);
        return (await this.send(client, records.slice(0, half))) ?? (await this.send(client, records.slice(half)));
      }
      default:
        return outcome;
    }
  }

  private async stopped(state: SyncState, stop: Stop, sent: number): Promise<FlushResult> {
    const now = this.now();
    const failures = state.failures + 1;
    const base = { ...state, lastErrorAt: new Date(now).toISOString() };
    if (stop.kind === 'unauthorized') {
      await writeSyncState(this.deps.db, { ...base, lastError: 'unauthorized', stoppedForAuth: true, nextAttemptAt: undefined });
      this.deps.schedule(null);
      return { state: 'stopped', reason: 'unauthorized', sent };
    }
    const code: SyncErrorCode = stop.code;
    const wait = stop.kind === 'retry-after' ? stop.ms : backoffMs(failures, this.random);
    const until = now + wait;
    await writeSyncState(this.deps.db, { ...base, lastError: code, failures, nextAttemptAt: until, stoppedForAuth: false });
    this.deps.schedule(until);
    return { state: 'waiting', until, sent };
  }
}
