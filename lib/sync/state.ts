/** Sync progress, kept in the `meta` store so a stopped service worker resumes where it was. */
import { z } from 'zod';
import { defineMetaKey } from '../store/meta';

export const SYNC_ERROR_CODES = [
  'unauthorized',
  'network',
  'timeout',
  'server-error',
  'rate-limited',
  'invalid-response',
  /** The browser has not given the extension access to the registry's address (host permission). */
  'no-access',
] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];

export interface SyncState {
  lastSuccessAt?: string;
  lastError?: SyncErrorCode;
  lastErrorAt?: string;
  /** Consecutive failed attempts, for exponential backoff. */
  failures: number;
  nextAttemptAt?: number;
  /** Set by 401/403: nothing is sent until the connection settings change. */
  stoppedForAuth: boolean;
  /** Index into the engine's sync levels: raised by a timeout, lowered after quick answers. */
  slowLevel?: number;
  /** Quick answers in a row at the current slow level. */
  fastStreak?: number;
}

export const INITIAL_SYNC_STATE: SyncState = { failures: 0, stoppedForAuth: false };

// Field by field: a damaged field falls back to its initial value, the rest of the state is kept.
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const SyncStateSchema: z.ZodType<SyncState> = z.looseObject({
  lastSuccessAt: optional(z.string()),
  lastError: optional(z.enum(SYNC_ERROR_CODES)),
  lastErrorAt: optional(z.string()),
  failures: z.number().int().nonnegative().catch(INITIAL_SYNC_STATE.failures),
  nextAttemptAt: optional(z.number()),
  stoppedForAuth: z.boolean().catch(INITIAL_SYNC_STATE.stoppedForAuth),
  slowLevel: optional(z.number().int().nonnegative()),
  fastStreak: optional(z.number().int().nonnegative()),
});

export const syncStateKey = defineMetaKey('sync-state', SyncStateSchema, () => ({ ...INITIAL_SYNC_STATE }));
