/**
 * The sync loop: sends pending records in log order and writes every answer back before sending more.
 * All its state lives in IndexedDB, so a service worker stopped at any moment resumes from the outbox;
 * the registry's idempotency (record id) makes a resend harmless, and a `duplicate` answer counts as
 * registered. A registry that times out is given longer to answer and smaller batches, so a slow one
 * still drains; without the browser's permission to reach the registry nothing is sent at all.
 */
import { ModerationRecordSchema, type ModerationRecord } from '../model';
import type { Db } from '../store/db';
import type { ActionLog } from '../store/log';
import type { RegistryConnection } from './connection-store';
import { createRegistryClient, DEFAULT_TIMEOUT_MS, type PostOutcome, type RegistryClient } from './client';
import { MAX_BATCH, MAX_BATCH_BYTES } from './contract';
import { wireBatch } from './wire';
import { checkBeforeSending, heldFrom } from '../store/chain-check';
import { applyResults, markRejected, pendingBatch, readSyncState, writeSyncState } from './outbox';
import type { SyncErrorCode, SyncState } from './state';

export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_CAP_MS = 15 * 60_000;

/** How long to wait for an answer and how many records to send, by how slow the registry has been. */
export interface SyncLevel {
  timeoutMs: number;
  batch: number;
}

/** With the default 20 s first wait: 20 s × 100, 60 s × 25, 120 s × 10, 300 s × 1. */
export function syncLevels(baseTimeoutMs: number = DEFAULT_TIMEOUT_MS): readonly SyncLevel[] {
  return [
    { timeoutMs: baseTimeoutMs, batch: MAX_BATCH },
    { timeoutMs: baseTimeoutMs * 3, batch: 25 },
    { timeoutMs: baseTimeoutMs * 6, batch: 10 },
    { timeoutMs: baseTimeoutMs * 15, batch: 1 },
  ];
}

/** Answers this many times in a row, each in under half the faster level's wait, step one level back. */
export const FAST_ANSWERS_TO_STEP_DOWN = 3;

export interface EngineDeps {
  db: Db;
  log: ActionLog;
  connection: () => Promise<RegistryConnection | null>;
  /** Whether the browser lets the extension reach this registry (its optional host permission). */
  hasAccess?: (endpoint: string) => Promise<boolean>;
  /** Called with the next time a flush should run (null: nothing scheduled). */
  schedule: (atMs: number | null) => void;
  fetch?: typeof fetch;
  now?: () => number;
  random?: () => number;
  /** The first wait for an answer (default 20 s); later levels are multiples of it. */
  timeoutMs?: number;
}

export type FlushResult =
  | { state: 'local-only' }
  | { state: 'idle'; sent: number }
  | { state: 'waiting'; until: number; sent: number }
  | { state: 'stopped'; reason: 'unauthorized' | 'no-access'; sent: number };

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
  private readonly levels: readonly SyncLevel[];
  private readonly hasAccess: (endpoint: string) => Promise<boolean>;

  constructor(private readonly deps: EngineDeps) {
    this.now = deps.now ?? Date.now;
    this.random = deps.random ?? Math.random;
    this.levels = syncLevels(deps.timeoutMs);
    this.hasAccess = deps.hasAccess ?? (() => Promise.resolve(true));
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

  private level(state: SyncState): SyncLevel {
    return this.levels[Math.min(state.slowLevel ?? 0, this.levels.length - 1)]!;
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
    if (!(await this.hasAccess(connection.endpoint))) return this.noAccess(state, 0);
    if (!force && state.nextAttemptAt && state.nextAttemptAt > this.now()) {
      this.deps.schedule(state.nextAttemptAt);
      return { state: 'waiting', until: state.nextAttemptAt, sent: 0 };
    }
    const client = createRegistryClient({ ...connection, fetch: this.deps.fetch, now: this.now });
    let sent = 0;
    for (;;) {
      const level = this.level(state);
      // Records from a break in the integrity chain on are held: kept, shown, never sent as if whole.
      const held = await heldFrom(db);
      const batch = await pendingBatch(db, level.batch, held);
      if (batch.length === 0) {
        state = { ...state, failures: 0, nextAttemptAt: undefined, stoppedForAuth: false, lastError: undefined, lastSuccessAt: sent > 0 ? new Date(this.now()).toISOString() : state.lastSuccessAt };
        await writeSyncState(db, state);
        this.deps.schedule(null);
        return { state: 'idle', sent };
      }
      const records: ModerationRecord[] = [];
      const entries = await this.deps.log.byRecordIds(batch.map((e) => e.recordId));
      const breakAt = await checkBeforeSending(db, entries);
      for (const { record, seq } of entries) {
        if (breakAt !== null && seq! >= breakAt) break;
        // What leaves the browser must match the contract; a record that does not is kept, not sent.
        if (ModerationRecordSchema.safeParse(record).success) records.push(record);
        else await markRejected(db, record.id, 'record does not match moderation-record/1');
      }
      // A break found in this batch: nothing from it on is sent; what came before still goes.
      if (records.length === 0) continue;
      // Evidence bytes go inline; a batch with pictures is cut to fit, the rest wait for the next one.
      const wire = await wireBatch(db, records);
      const started = this.now();
      const stop = await this.send(client, wire, level.timeoutMs);
      if (stop) {
        // A refused connection right after the permission was revoked is not the registry's fault.
        if (stop.kind === 'transient' && stop.code === 'network' && !(await this.hasAccess(connection.endpoint))) {
          return this.noAccess(state, sent);
        }
        return this.stopped(state, stop, sent);
      }
      sent += wire.length;
      state = { ...this.afterAnswer(state, this.now() - started), failures: 0, nextAttemptAt: undefined, stoppedForAuth: false, lastError: undefined, lastSuccessAt: new Date(this.now()).toISOString() };
      await writeSyncState(db, state);
    }
  }

  /** Steps back towards the fast level only when the registry has answered quickly several times. */
  private afterAnswer(state: SyncState, tookMs: number): SyncState {
    const current = state.slowLevel ?? 0;
    if (current === 0) return { ...state, fastStreak: 0 };
    const quick = tookMs < this.levels[current - 1]!.timeoutMs / 2;
    const streak = quick ? (state.fastStreak ?? 0) + 1 : 0;
    return streak >= FAST_ANSWERS_TO_STEP_DOWN
      ? { ...state, slowLevel: current - 1, fastStreak: 0 }
      : { ...state, fastStreak: streak };
  }

  /**
   * Sends records and writes the answers back. A batch the registry refuses as a whole (400/413) is
   * split in halves until the bad record stands alone; it is then kept as rejected and the rest go on.
   */
  private async send(client: RegistryClient, records: ModerationRecord[], waitMs: number): Promise<Stop | null> {
    if (records.length === 0) return null;
    const tooBig = records.length > 1 && JSON.stringify({ records }).length > MAX_BATCH_BYTES;
    const outcome: PostOutcome = tooBig ? { kind: 'bad-batch', error: 'batch too large' } : await client.postRecords(records, waitMs);
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
        return (await this.send(client, records.slice(0, half), waitMs)) ?? (await this.send(client, records.slice(half), waitMs));
      }
      default:
        return outcome;
    }
  }

  /** Nothing is sent without the permission; a granted permission (permissions.onAdded) flushes again. */
  private async noAccess(state: SyncState, sent: number): Promise<FlushResult> {
    await writeSyncState(this.deps.db, { ...state, lastError: 'no-access', lastErrorAt: new Date(this.now()).toISOString(), nextAttemptAt: undefined });
    this.deps.schedule(null);
    return { state: 'stopped', reason: 'no-access', sent };
  }

  private async stopped(state: SyncState, stop: Stop, sent: number): Promise<FlushResult> {
    const now = this.now();
    const failures = state.failures + 1;
    const base = { ...state, lastErrorAt: new Date(now).toISOString(), fastStreak: 0 };
    if (stop.kind === 'unauthorized') {
      await writeSyncState(this.deps.db, { ...base, lastError: 'unauthorized', stoppedForAuth: true, nextAttemptAt: undefined });
      this.deps.schedule(null);
      return { state: 'stopped', reason: 'unauthorized', sent };
    }
    const code: SyncErrorCode = stop.code;
    // A timeout is most often a slow registry that did register the batch: wait longer, send less.
    const slowLevel = code === 'timeout' ? Math.min((state.slowLevel ?? 0) + 1, this.levels.length - 1) : state.slowLevel;
    const wait = stop.kind === 'retry-after' ? stop.ms : backoffMs(failures, this.random);
    const until = now + wait;
    await writeSyncState(this.deps.db, { ...base, lastError: code, failures, nextAttemptAt: until, stoppedForAuth: false, slowLevel });
    this.deps.schedule(until);
    return { state: 'waiting', until, sent };
  }
}
