/**
 * HTTP client for registry contract v1. Every answer is classified into what the sync loop must do
 * next; nothing here retries or sleeps, so the policy lives in one place (engine.ts) and is tested
 * with a fake clock.
 */
import type { ModerationRecord } from '../model';
import type { SyncErrorCode } from './state';
import {
  CAPABILITIES, ErrorBodySchema, HealthSchema, RecordsResponseSchema, RoundsResponseSchema, SubjectsResponseSchema, type Capability, type OfficeAction,
  type OfficeRound, type RecordResult,
} from './contract';

export type PostOutcome =
  | { kind: 'results'; results: RecordResult[] }
  | { kind: 'bad-batch'; error: string }
  | { kind: 'unauthorized' }
  | { kind: 'retry-after'; ms: number; code: 'rate-limited' | 'server-error' }
  | { kind: 'transient'; code: Exclude<SyncErrorCode, 'unauthorized'> };

export type HealthOutcome =
  | { kind: 'ok'; capabilities: Capability[] }
  | { kind: 'unauthorized' }
  | { kind: 'failed'; code: 'network' | 'timeout' | 'server-error' | 'invalid-response' };

/** A v1.1 read: the value, or why there is none (the caller shows local state only). */
export type ReadOutcome<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'unauthorized' }
  | { kind: 'failed'; code: 'network' | 'timeout' | 'server-error' | 'invalid-response' };

export interface ClientOptions {
  endpoint: string;
  token: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
}

// The first wait for an answer; after a timeout the engine waits longer (see SYNC_LEVELS in engine.ts).
export const DEFAULT_TIMEOUT_MS = 20_000;

/** Retry-After is seconds or an HTTP date; anything unreadable falls back to the caller's backoff. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export function createRegistryClient(opts: ClientOptions) {
  const doFetch = opts.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = opts.now ?? Date.now;

  async function call(path: string, init: RequestInit, waitMs = timeoutMs): Promise<Response | 'network' | 'timeout'> {
    try {
      return await doFetch(`${opts.endpoint}${path}`, { ...init, signal: AbortSignal.timeout(waitMs) });
    } catch (error) {
      return (error as Error)?.name === 'TimeoutError' ? 'timeout' : 'network';
    }
  }

  async function json(response: Response): Promise<unknown> {
    try {
      return await response.json();
    } catch {
      return undefined;
    }
  }

  async function read<T>(path: string, waitMs: number, parse: (body: unknown) => T | null): Promise<ReadOutcome<T>> {
    const response = await call(path, { headers: { Authorization: `Bearer ${opts.token}` } }, waitMs);
    if (typeof response === 'string') return { kind: 'failed', code: response };
    if (response.status === 401 || response.status === 403) return { kind: 'unauthorized' };
    if (!response.ok) return { kind: 'failed', code: 'server-error' };
    const value = parse(await json(response));
    return value === null ? { kind: 'failed', code: 'invalid-response' } : { kind: 'ok', value };
  }

  return {
    async health(): Promise<HealthOutcome> {
      const response = await call('/health', { headers: { Authorization: `Bearer ${opts.token}` } });
      if (typeof response === 'string') return { kind: 'failed', code: response };
      if (response.status === 401 || response.status === 403) return { kind: 'unauthorized' };
      if (!response.ok) return { kind: 'failed', code: 'server-error' };
      const health = HealthSchema.safeParse(await json(response));
      if (!health.success) return { kind: 'failed', code: 'invalid-response' };
      const listed = new Set(health.data.capabilities ?? []);
      return { kind: 'ok', capabilities: CAPABILITIES.filter((c) => listed.has(c)) };
    },

    /** v1.1: the office's records about these comments (at most MAX_SUBJECT_IDS ids). */
    async subjects(platform: string, ids: readonly string[], waitMs = timeoutMs): Promise<ReadOutcome<Record<string, OfficeAction[]>>> {
      const query = new URLSearchParams({ platform });
      for (const id of ids) query.append('ids', id);
      return read(`/subjects?${query}`, waitMs, (body) => {
        const parsed = SubjectsResponseSchema.safeParse(body);
        return parsed.success ? parsed.data.subjects : null;
      });
    },

    /** v1.1: the office's monitoring-round records scheduled in [from, to]. */
    async rounds(from: Date, to: Date, waitMs = timeoutMs): Promise<ReadOutcome<OfficeRound[]>> {
      const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
      return read(`/rounds?${query}`, waitMs, (body) => {
        const parsed = RoundsResponseSchema.safeParse(body);
        return parsed.success ? parsed.data.rounds : null;
      });
    },

    /** `waitMs`: how long to wait for this answer (the engine waits longer after a timeout). */
    async postRecords(records: readonly ModerationRecord[], waitMs = timeoutMs): Promise<PostOutcome> {
      const response = await call(
        '/records',
        {
          method: 'POST',
          headers: { Authorization: `Bearer ${opts.token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ records }),
        },
        waitMs,
      );
      if (typeof response === 'string') return { kind: 'transient', code: response };
      const { status } = response;
      if (status === 401 || status === 403) return { kind: 'unauthorized' };
      if (status === 429 || status === 503) {
        const ms = retryAfterMs(response.headers.get('Retry-After'), now());
        const code = status === 429 ? 'rate-limited' : 'server-error';
        return ms === null ? { kind: 'transient', code } : { kind: 'retry-after', ms, code };
      }
      if (status === 400 || status === 413) {
        const body = ErrorBodySchema.safeParse(await json(response));
        return { kind: 'bad-batch', error: body.success ? body.data.error : `HTTP ${status}` };
      }
      if (status >= 500 || !response.ok) return { kind: 'transient', code: 'server-error' };
      const parsed = RecordsResponseSchema.safeParse(await json(response));
      if (!parsed.success) return { kind: 'transient', code: 'invalid-response' };
      // Every record sent must be answered; a partial answer is treated as no answer.
      const answered = new Set(parsed.data.results.map((r) => r.id));
      if (!records.every((r) => answered.has(r.id))) return { kind: 'transient', code: 'invalid-response' };
      return { kind: 'results', results: parsed.data.results };
    },
  };
}

export type RegistryClient = ReturnType<typeof createRegistryClient>;
