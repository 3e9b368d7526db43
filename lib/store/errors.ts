/**
 * What can go wrong with the browser's store, named so each case gets its own plain message: the user
 * must never be told "try again" about a full disk, nor "nothing is lost" after the store was wiped.
 */

export const STORE_PROBLEMS = [
  /** The disk or the browser's quota for the extension is full (QuotaExceededError). */
  'full',
  /** The browser closed our connection (site data cleared, profile cleanup, disk error) mid-way. */
  'closed',
  /** The database on disk has a newer version than this build knows (VersionError). */
  'newer-version',
  /** Our upgrade waits for another open connection (an older page of the extension) to close. */
  'blocked',
  /** The store did not answer within its deadline; the request was given up (and its write aborted). */
  'timeout',
  /** Anything else the store threw. */
  'failed',
] as const;
export type StoreProblem = (typeof STORE_PROBLEMS)[number];

export class StoreError extends Error {
  constructor(
    readonly problem: StoreProblem,
    options?: { cause?: unknown },
  ) {
    super(`store ${problem}`, options);
    this.name = 'StoreError';
  }
}

/**
 * The problem an error stands for, from the error alone. Errors that only say "aborted" or "closing"
 * (AbortError, InvalidStateError) are `failed` here; the connection, which knows whether it was closed
 * or timed out meanwhile, refines them (StoreConnection.explain).
 */
export function problemOf(error: unknown): StoreProblem {
  if (error instanceof StoreError) return error.problem;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError') return 'full';
  if (name === 'VersionError') return 'newer-version';
  return 'failed';
}

// The DOMException names IndexedDB uses; anything else thrown in store work is a bug, not the store.
const STORE_EXCEPTIONS = new Set([
  'AbortError',
  'ConstraintError',
  'DataCloneError',
  'DataError',
  'InvalidAccessError',
  'InvalidStateError',
  'NotFoundError',
  'QuotaExceededError',
  'ReadOnlyError',
  'TransactionInactiveError',
  'UnknownError',
  'VersionError',
]);

/** Whether an error came from the store (and so has a store message), rather than from a bug. */
export function isStoreFailure(error: unknown): boolean {
  if (error instanceof StoreError) return true;
  return error instanceof Error && STORE_EXCEPTIONS.has(error.name);
}
