/**
 * The one list of everything this extension persists: the IndexedDB database with its stores and
 * version, and the storage.local keys. Bump DB_VERSION only together with a migration in migrations.ts.
 */
import type { DBSchema } from 'idb';
import type { ModerationRecord } from '../model';

export const DB_NAME = 'modereringsstod';
export const DB_VERSION = 1;

/** One entry of the append-only action log. `seq` is the log order the integrity chain follows. */
export interface LogEntry {
  seq?: number;
  record: ModerationRecord;
  /** `platform:commentId` of the record's subject, for "is this comment archived?" look-ups. */
  subjectKey: string | null;
  /** Stockholm calendar day of `occurredAt`, for "today" counts. */
  day: string;
}

export interface ModerationDB extends DBSchema {
  log: {
    key: number;
    value: LogEntry;
    indexes: { byRecordId: string; bySubject: string; byDay: string };
  };
}

/** storage.local keys (settings live under one key so a partial write never mixes versions). */
export const STORAGE_KEYS = {
  settings: 'settings',
} as const;

export function subjectKey(platform: string, commentId: string): string {
  return `${platform}:${commentId}`;
}
