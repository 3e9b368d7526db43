/**
 * The one list of everything this extension persists: the IndexedDB database with its stores and
 * version, and the storage.local keys. Bump DB_VERSION only together with a migration in migrations.ts.
 */
import type { DBSchema } from 'idb';
import type { ModerationRecord } from '../model';
import type { AccountSeen, RoundsMeta } from '../monitoring/store';

export const DB_NAME = 'modereringsstod';
/**
 * v1: `log`. v2: `outbox` (records not yet registered), `registrations` (numbers the registry gave),
 * `meta` (sync state and the registry connection, token included: extension pages only, never a page).
 */
export const DB_VERSION = 2;

/** One entry of the append-only action log. `seq` is the log order the integrity chain follows. */
export interface LogEntry {
  seq?: number;
  record: ModerationRecord;
  /** `platform:commentId` of the record's subject, for "is this comment archived?" look-ups. */
  subjectKey: string | null;
  /** Stockholm calendar day of `occurredAt`, for "today" counts. */
  day: string;
}

/** A record waiting for the registry, or refused by it (kept and shown, never dropped). */
export interface OutboxEntry {
  recordId: string;
  seq: number;
  state: 'pending' | 'rejected';
  attempts: number;
  error?: string;
}

export interface Registration {
  recordId: string;
  registrationNumber: string;
  registeredAt: string;
}

/** Sync progress, persisted so a stopped service worker resumes where it was. */
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

export type SyncErrorCode =
  | 'unauthorized'
  | 'network'
  | 'timeout'
  | 'server-error'
  | 'rate-limited'
  | 'invalid-response'
  /** The browser has not given the extension access to the registry's address (host permission). */
  | 'no-access';

export interface RegistryConnection {
  endpoint: string;
  token: string;
}

export interface MetaValues {
  'sync-state': SyncState;
  registry: RegistryConnection;
  /** Monitoring rounds (lib/monitoring/store.ts): a pruned map, 3 a day kept 60 days. */
  rounds: RoundsMeta;
  /** Office accounts as the content script last saw them: when, and their open items. */
  'accounts-seen': Record<string, AccountSeen>;
}

export interface ModerationDB extends DBSchema {
  log: {
    key: number;
    value: LogEntry;
    indexes: { byRecordId: string; bySubject: string; byDay: string };
  };
  outbox: {
    key: string;
    value: OutboxEntry;
    indexes: { bySeq: number; byState: string };
  };
  registrations: {
    key: string;
    value: Registration;
  };
  meta: {
    key: keyof MetaValues;
    value: MetaValues[keyof MetaValues];
  };
}

/** storage.local keys (settings live under one key so a partial write never mixes versions). */
export const STORAGE_KEYS = {
  settings: 'settings',
  /** The last enterprise policy read from storage.managed (see readManaged in lib/settings.ts). */
  policyCache: 'policy-cache',
} as const;

export function subjectKey(platform: string, commentId: string): string {
  return `${platform}:${commentId}`;
}
