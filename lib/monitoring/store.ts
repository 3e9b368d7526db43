/** Rounds and the office accounts' last-seen state, kept in the `meta` store (small, pruned maps). */
import type { Db } from '../store/db';

export type RoundStatus = 'due' | 'done' | 'late' | 'missed';

export interface Round {
  /** ISO instant of the scheduled time; the round's id. */
  scheduledAt: string;
  status: RoundStatus;
  /** When the reminder was shown; later than scheduled after sleep or a restart. */
  firedAt?: string;
  firedLate?: boolean;
  completedAt?: string;
  recordId?: string;
}

export interface OpenCounts {
  replyDue: number;
  overdue: number;
  notArchived: number;
  flagged: number;
}

export interface AccountSeen {
  url: string;
  name: string;
  lastSeenAt: string;
  counts: OpenCounts;
}

export interface RoundsMeta {
  rounds: Record<string, Round>;
  /** Up to when scheduled times have been accounted for (fired, missed or planned). */
  checkedUntil?: string;
}

const KEEP_DAYS = 60;

export async function readRounds(db: Db): Promise<RoundsMeta> {
  return ((await db.get('meta', 'rounds')) as RoundsMeta | undefined) ?? { rounds: {} };
}

export async function writeRounds(db: Db, meta: RoundsMeta, now: Date): Promise<void> {
  const cutoff = now.getTime() - KEEP_DAYS * 24 * 60 * 60_000;
  const rounds = Object.fromEntries(Object.entries(meta.rounds).filter(([at]) => Date.parse(at) >= cutoff));
  await db.put('meta', { ...meta, rounds }, 'rounds');
}

export async function readAccountsSeen(db: Db): Promise<Record<string, AccountSeen>> {
  return ((await db.get('meta', 'accounts-seen')) as Record<string, AccountSeen> | undefined) ?? {};
}

export async function writeAccountSeen(db: Db, seen: AccountSeen): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  const all = ((await tx.store.get('accounts-seen')) as Record<string, AccountSeen> | undefined) ?? {};
  await tx.store.put({ ...all, [seen.url]: seen }, 'accounts-seen');
  await tx.done;
}
