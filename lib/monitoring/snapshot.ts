/** What the popup and round view show: today's rounds, the open round's accounts, and the week. */
import { nextMonitoringTimes, type MonitoringSettings } from '../calendar';
import { stockholmDay } from '../calendar/stockholm';
import { checkRegistry, COUNT_KEYS, type CountKey } from '../checks/registry';
import type { MessageKey } from '../i18n';
import { siteRegistry } from '../sites/registry';
import type { OpenCounts, Round, RoundsMeta } from './store';

export interface AccountInRound {
  url: string;
  name: string;
  seen: boolean;
  counts: OpenCounts;
  lastSeenAt?: string;
}

export interface RoundsSnapshot {
  /** `by`: who did the round (or logged it missed); `byColleague`: a colleague, as the registry reports. */
  today: { scheduledAt: string; status: 'upcoming' | Round['status']; by?: string; byColleague?: boolean }[];
  open: (Round & { accounts: AccountInRound[] }) | null;
  accounts: AccountInRound[];
  week: { day: string; done: number; late: number; missed: number; rounds: { scheduledAt: string; status: Round['status']; by?: string }[] }[];
  /** The counts' keys and labels in the checks' order, so the pages need not load the checks. */
  countLabels: { key: CountKey; label: MessageKey }[];
}

/** The office account a page belongs to, in its normalised form, or null for other pages. */
export function normaliseAccountUrl(pageUrl: string, officeAccounts: readonly string[]): string | null {
  return siteRegistry.matchAccount(pageUrl, officeAccounts);
}

export function roundSnapshot(
  now: Date,
  settings: MonitoringSettings,
  meta: RoundsMeta,
  open: Round | null,
  accounts: AccountInRound[],
): RoundsSnapshot {
  const today = stockholmDay(now);
  const startOfDay = new Date(now.getTime() - 26 * 60 * 60_000);
  const todays: RoundsSnapshot['today'] = Object.values(meta.rounds)
    .filter((r) => stockholmDay(new Date(r.scheduledAt)) === today)
    .map((r) => ({ scheduledAt: r.scheduledAt, status: r.status, ...(r.by ? { by: r.by } : {}), ...(r.byColleague ? { byColleague: true } : {}) }));
  for (const at of nextMonitoringTimes(startOfDay, settings, 12)) {
    const iso = at.toISOString();
    if (stockholmDay(at) === today && !todays.some((r) => r.scheduledAt === iso) && at > now) todays.push({ scheduledAt: iso, status: 'upcoming' });
  }
  const week = new Map<string, RoundsSnapshot['week'][number]>();
  for (let i = 6; i >= 0; i--) {
    const day = stockholmDay(new Date(now.getTime() - i * 24 * 60 * 60_000));
    week.set(day, { day, done: 0, late: 0, missed: 0, rounds: [] });
  }
  for (const r of Object.values(meta.rounds).sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))) {
    const row = week.get(stockholmDay(new Date(r.scheduledAt)));
    if (!row || r.status === 'due') continue;
    row[r.status] += 1;
    row.rounds.push({ scheduledAt: r.scheduledAt, status: r.status, ...(r.by ? { by: r.by } : {}) });
  }
  return {
    today: todays.sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt)),
    open: open ? { ...open, accounts } : null,
    accounts,
    week: [...week.values()],
    countLabels: COUNT_KEYS.map((key) => ({ key, label: checkRegistry.countLabels[key] })),
  };
}
