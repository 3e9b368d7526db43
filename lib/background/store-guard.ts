/**
 * Puts the message handlers that use the store behind the store's connection: each waits (briefly) for
 * it to be open, runs once more if the connection was closed underneath, and a failure of the store
 * comes back as its own error code, so the user reads what happened (disk full, store cleared, newer
 * version, blocked upgrade, no answer) instead of one "try again" for everything.
 */
import type { ErrorCode, Result } from '../messaging/protocol';
import { StoreError, type StoreProblem } from '../store/errors';

export const STORE_ERROR_CODES: Record<StoreProblem, ErrorCode> = {
  full: 'storage-full',
  closed: 'storage-wiped',
  'newer-version': 'storage-newer-version',
  blocked: 'storage-blocked',
  timeout: 'storage-timeout',
  failed: 'storage-failed',
};

export interface StoreRunner {
  run<T>(work: () => Promise<T>): Promise<T>;
}

type Handler = (request: never) => Promise<Result<unknown>>;

export function guardStore<H extends Record<string, Handler>>(handlers: H, store: StoreRunner): H {
  const guarded = Object.entries(handlers).map(([name, handler]) => [
    name,
    async (request: never) => {
      try {
        return await store.run(() => handler(request));
      } catch (error) {
        if (!(error instanceof StoreError)) throw error;
        console.error(`[modereringsstod] ${name}: store ${error.problem}`, error.cause ?? error);
        return { ok: false, error: STORE_ERROR_CODES[error.problem] };
      }
    },
  ]);
  return Object.fromEntries(guarded) as H;
}
