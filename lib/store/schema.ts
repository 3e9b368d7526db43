/**
 * The one list of everything this extension persists: the IndexedDB database with its stores and
 * version, the names of the `meta` store's keys, and the storage.local items with their versions.
 * Payloads of `meta` keys are declared by the feature that owns them (defineMetaKey in ./meta.ts),
 * so this module imports no feature. Bump DB_VERSION only together with a step in ./migrations/.
 */
import type { DBSchema } from 'idb';
import type { ModerationRecord } from '../model';

export const DB_NAME = 'modereringsstod';
/**
 * v1: `log`. v2: `outbox` (records not yet registered), `registrations` (numbers the registry gave),
 * `meta` (sync state and the registry connection, token included: extension pages only, never a page).
 * v3: `evidence` (pictures and HTML fragments of archived comments, keyed by SHA-256).
 */
export const DB_VERSION = 3;

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

/** One evidence file, named by the SHA-256 of its bytes; records refer to it by that digest. */
export interface EvidenceFile {
  sha256: string;
  mediaType: 'image/png' | 'text/html';
  bytes: Uint8Array;
  /** When it was first kept. */
  storedAt: string;
}

export interface Registration {
  recordId: string;
  registrationNumber: string;
  registeredAt: string;
  /**
   * v1.1: the registry already held an archive of this comment (a colleague's): it kept this record with
   * the first one's number (`duplicate-subject`), and it is no new registration.
   */
  sameSubjectAs?: string;
}

/**
 * Keys of the `meta` store (v2) and the module that declares each one's payload. A key not listed here
 * cannot be declared, so this stays the whole list.
 */
export const META_KEYS = [
  /** lib/sync/state.ts: sync progress and backoff, so a stopped service worker resumes where it was. */
  'sync-state',
  /** lib/sync/connection-store.ts: the registry's address and token. */
  'registry',
  /** lib/monitoring/store.ts: monitoring rounds, a pruned map (3 a day kept 60 days). */
  'rounds',
  /** lib/monitoring/store.ts: office accounts as the content script last saw them. */
  'accounts-seen',
  /** lib/store/chain-check.ts: the last check of the whole chain, how far it got, and a break found. */
  'chain-check',
  /** lib/export/keys.ts: this installation's ECDSA P-256 signing key pair (private half non-extractable). */
  'signing-key',
  /** lib/export/handover.ts: which records went out in which export package. */
  'exports',
  /** lib/export/handover.ts: the last count of records not handed over (the popup reads it, the background recounts). */
  'handover',
  /** lib/sync/office.ts: the v1.1 capabilities the registry listed in /health, and when it was asked. */
  'registry-capabilities',
  /** lib/monitoring/account-info.ts: which base-information pieces each office account's about/intro view or bio lacked when last seen. */
  'account-info',
] as const;
export type MetaKeyName = (typeof META_KEYS)[number];

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
  evidence: {
    key: string;
    value: EvidenceFile;
  };
  meta: {
    key: MetaKeyName;
    // Unknown on purpose: a meta value is only read through its key's schema (./meta.ts).
    value: unknown;
  };
}

/**
 * storage.local items (@wxt-dev/storage keys, `area:key`), each with its version. A versioned item keeps
 * its version beside it under `key$` ({ v }); its migrations live with the item (lib/settings/items.ts).
 */
export const STORAGE_ITEMS = {
  /**
   * The user's own settings (one key, so a partial write never mixes versions). v1: unversioned, held
   * `moderatorId` too. v2: without it.
   */
  settings: { key: 'local:settings', version: 2 },
  /** This browser profile's pseudonymous moderator id, made once (moved out of `settings` in its v2). */
  moderatorId: { key: 'local:moderator-id', version: 1 },
  /** The last enterprise policy read from storage.managed (lib/settings/policy.ts). */
  policyCache: { key: 'local:policy-cache', version: 1 },
  /** The last valid value of each setting, the user's and the policy's (lib/settings/resolve.ts). */
  settingsLastGood: { key: 'local:settings-last-good', version: 1 },
  /**
   * The log's chain head (seq, record id, hash, count) and the last wipe found, kept outside IndexedDB so
   * that a cleared database is noticed (lib/store/chain-memory.ts).
   */
  chainHead: { key: 'local:chain-head', version: 1 },
  /**
   * The first-run setup: pending from installation until the setup page is finished (lib/settings/setup.ts).
   * Absent on profiles installed before it existed, which keep working as they did.
   */
  setup: { key: 'local:setup', version: 1 },
} as const;

export function subjectKey(platform: string, commentId: string): string {
  return `${platform}:${commentId}`;
}
