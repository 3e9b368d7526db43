/** Rounds and the office accounts' last-seen state, kept in the `meta` store (small, pruned maps). */
import { z } from 'zod';
import type { Db } from '../store/db';
import { defineMetaKey, mapOf } from '../store/meta';
import { StoredCountsSchema } from '../checks/counts';
import type { Counts } from '../checks/registry';

const ROUND_STATUSES = ['due', 'done', 'late', 'missed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export interface Round {
  /** ISO instant of the scheduled time; the round's id. */
  scheduledAt: string;
  status: RoundStatus;
  /** When the reminder was shown; later than scheduled after sleep or a restart. */
  firedAt?: string;
  firedLate?: boolean;
  completedAt?: string;
  recordId?: string;
  /** Who did (or logged as missed) the round: this moderator's name, or a colleague's from the registry. */
  by?: string;
  /** Done or logged by a colleague (reported by the office's registry): there is no record of it here. */
  byColleague?: boolean;
}

/** What was open on an account's page when it was last seen, by the checks' count keys. */
export type OpenCounts = Counts;

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

// Stored maps are read entry by entry: a damaged round or account is dropped, the others kept.
const RoundSchema: z.ZodType<Round> = z.looseObject({
  scheduledAt: z.string(),
  status: z.enum(ROUND_STATUSES),
  firedAt: z.string().optional(),
  firedLate: z.boolean().optional(),
  completedAt: z.string().optional(),
  recordId: z.string().optional(),
  by: z.string().optional(),
  byColleague: z.boolean().optional(),
});
const roundsKey = defineMetaKey<RoundsMeta>(
  'rounds',
  z.looseObject({ rounds: mapOf(RoundSchema).catch({}), checkedUntil: z.string().optional().catch(undefined) }),
  () => ({ rounds: {} }),
);

const accountsSeenKey = defineMetaKey<Record<string, AccountSeen>>(
  'accounts-seen',
  mapOf(z.looseObject({ url: z.string(), name: z.string(), lastSeenAt: z.string(), counts: StoredCountsSchema })),
  () => ({}),
);

export async function readRounds(db: Db): Promise<RoundsMeta> {
  return roundsKey.get(db);
}

export async function writeRounds(db: Db, meta: RoundsMeta, now: Date): Promise<void> {
  const cutoff = now.getTime() - KEEP_DAYS * 24 * 60 * 60_000;
  const rounds = Object.fromEntries(Object.entries(meta.rounds).filter(([at]) => Date.parse(at) >= cutoff));
  await roundsKey.put(db, { ...meta, rounds });
}

export async function readAccountsSeen(db: Db): Promise<Record<string, AccountSeen>> {
  return accountsSeenKey.get(db);
}

export async function writeAccountSeen(db: Db, seen: AccountSeen): Promise<void> {
  await accountsSeenKey.update(db, (all) => ({ ...all, [seen.url]: seen }));
}
