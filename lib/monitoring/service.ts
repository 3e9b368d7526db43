/**
 * Monitoring rounds in the background: fires reminders at the scheduled times (late after sleep or a
 * restart, within the window), logs completed and missed rounds as `monitoring-round` records, and
 * tracks which office accounts the moderator has looked at. Clock, ids and effects are injected.
 */
import { nextMonitoringTimes } from '../calendar';
import { stockholmDay, toStockholmIso } from '../calendar/stockholm';
import { countTag, emptyCounts, sumCounts } from '../checks/counts';
import { checkRegistry, COUNT_KEYS } from '../checks/registry';
import { svText } from '../i18n-sv';
import type { Platform } from '../model';
import { siteRegistry, SITES } from '../sites/registry';
import type { Settings } from '../settings';
import type { Db } from '../store/db';
import type { ActionLog } from '../store/log';
import { serialQueue } from '../util/serial';
import { roundLabel } from './labels';
import { classifyFiring, scheduledBetween } from './plan';
import { readAccountsSeen, readRounds, writeAccountSeen, writeRounds, type OpenCounts, type Round, type RoundsMeta } from './store';
import { normaliseAccountUrl, roundSnapshot, type RoundsSnapshot } from './snapshot';
import type { OfficeRound } from '../sync/contract';
import { sha256Hex } from '../util/hash';

export interface RoundNotice {
  scheduledAt: string;
  label: string;
  accounts: number;
  unanswered: number;
  late: boolean;
}

export interface MonitoringDeps {
  db: Db;
  log: ActionLog;
  settings: () => Promise<Settings>;
  notify: (notice: RoundNotice) => Promise<void>;
  /** Replaces the round alarms with these times. */
  setAlarms: (times: Date[]) => Promise<void>;
  now?: () => Date;
  uuid?: () => string;
  /** The office's rounds from its registry (v1.1); null when the registry cannot say. */
  office?: { rounds(from: Date, to: Date): Promise<OfficeRound[] | null> };
  /** Takes a round's reminder away (done by a colleague). */
  withdraw?: (scheduledAt: string) => Promise<void>;
}

/** How far back the office's rounds are compared with this browser's: the week view's days. */
const OFFICE_DAYS = 8;

/**
 * The id of the record of a round the whole office missed: the same in every colleague's browser, so
 * the registry registers it once and answers the others `duplicate` (its idempotency key).
 */
export async function missedRoundId(office: string, scheduledAt: string): Promise<string> {
  const hex = await sha256Hex(`monitoring-round missed\n${office.trim().toLocaleLowerCase('sv')}\n${new Date(scheduledAt).toISOString()}`);
  // An RFC 9562 version 8 (custom) UUID made of the hash.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Seen this long before its time still counts for a round: moderators often start a little early. */
const EARLY_MS = 15 * 60_000;


export class MonitoringService {
  private readonly now: () => Date;
  private readonly uuid: () => string;
  private readonly serially = serialQueue();

  constructor(private readonly deps: MonitoringDeps) {
    this.now = deps.now ?? (() => new Date());
    this.uuid = deps.uuid ?? (() => crypto.randomUUID());
  }

  /** Accounts for every scheduled time up to now (fire, late or missed) and plans the next alarms. */
  reconcile(): Promise<void> {
    return this.serially(async () => {
      const now = this.now();
      const settings = await this.deps.settings();
      const meta = await readRounds(this.deps.db);
      const from = meta.checkedUntil ? new Date(meta.checkedUntil) : now;
      let due = scheduledBetween(from, now, settings.monitoring).filter((t) => !meta.rounds[t.toISOString()]);
      if (due.length === 0) due = this.setAfterItsTime(meta, from, now, settings);
      const newest = due.at(-1)?.toISOString();
      const office = this.officeRounds(now);
      // A round still open when the next one starts was not completed: it is missed.
      for (const round of Object.values(meta.rounds)) {
        if (round.status === 'due' && newest && round.scheduledAt < newest) await this.miss(meta, round.scheduledAt, settings, await office());
      }
      for (const at of due) {
        const iso = at.toISOString();
        const firing = at.toISOString() === newest ? classifyFiring(at, now, settings.monitoring) : 'missed';
        if (firing === 'missed') await this.miss(meta, iso, settings, await office());
        else if (this.doneByColleague(meta, iso, await office())) continue;
        else {
          meta.rounds[iso] = { scheduledAt: iso, status: 'due', firedAt: now.toISOString(), firedLate: firing === 'late' };
          await this.notify(iso, firing === 'late', settings);
        }
      }
      meta.checkedUntil = now.toISOString();
      await writeRounds(this.deps.db, meta, now);
      await this.deps.setAlarms(nextMonitoringTimes(now, settings.monitoring, 3));
    });
  }

  /**
   * A time set (or the first check made) after it passed, still inside the late window, is today's open
   * round: the newest such time only, and only when no later round is known. Earlier ones were never
   * due under these settings, so none of them is logged as missed.
   */
  private setAfterItsTime(meta: RoundsMeta, from: Date, now: Date, settings: Settings): Date[] {
    const windowStart = new Date(now.getTime() - settings.monitoring.lateWindowMinutes * 60_000);
    if (windowStart >= from) return [];
    const recent = scheduledBetween(windowStart, from, settings.monitoring).at(-1);
    if (!recent || meta.rounds[recent.toISOString()]) return [];
    const newer = Object.values(meta.rounds).some((r) => r.scheduledAt > recent.toISOString());
    return newer ? [] : [recent];
  }

  /**
   * Asks the office's registry which rounds colleagues did: an open round done by one of them counts as
   * done for the office, and its reminder is taken away. Runs every minute or so while a round is open,
   * and when the round view opens. Does nothing without a registry that can tell.
   */
  refreshOffice(): Promise<void> {
    return this.serially(async () => {
      const meta = await readRounds(this.deps.db);
      if (!Object.values(meta.rounds).some((r) => r.status === 'due' || r.status === 'missed')) return;
      const now = this.now();
      const office = await this.officeRounds(now)();
      if (!office) return;
      let changed = false;
      for (const round of Object.values(meta.rounds)) {
        if (round.status === 'due' || (round.status === 'missed' && round.byColleague !== true)) {
          if (this.doneByColleague(meta, round.scheduledAt, office)) changed = true;
        }
      }
      if (changed) await writeRounds(this.deps.db, meta, now);
    });
  }

  /** The office's rounds of the last days, asked once per call of the function returned (lazily). */
  private officeRounds(now: Date): () => Promise<OfficeRound[] | null> {
    let asked: Promise<OfficeRound[] | null> | undefined;
    return () =>
      (asked ??= this.deps.office
        ? this.deps.office.rounds(new Date(now.getTime() - OFFICE_DAYS * 86_400_000), now).catch(() => null)
        : Promise.resolve(null));
  }

  /**
   * A colleague's record (not this browser's) of this round as done or late: the round is the office's,
   * so it counts as done here too, its reminder goes away, and no record is made in this browser.
   */
  private doneByColleague(meta: RoundsMeta, scheduledAt: string, office: OfficeRound[] | null): boolean {
    const at = Date.parse(scheduledAt);
    const done = office?.find((r) => Date.parse(r.scheduledAt) === at && r.status !== 'missed' && r.recordId !== meta.rounds[scheduledAt]?.recordId);
    if (!done) return false;
    meta.rounds[scheduledAt] = {
      ...meta.rounds[scheduledAt],
      scheduledAt,
      status: done.status,
      completedAt: done.occurredAt,
      by: done.moderator.name,
      byColleague: true,
    };
    void this.deps.withdraw?.(scheduledAt).catch(() => undefined);
    return true;
  }

  /** Shows a round's reminder again (snooze), if it is still open. */
  async remind(scheduledAt: string): Promise<void> {
    const round = (await readRounds(this.deps.db)).rounds[scheduledAt];
    if (round?.status === 'due') await this.notify(scheduledAt, round.firedLate === true, await this.deps.settings());
  }

  /** "Runda klar": logs the round with what the moderator saw, once. */
  complete(scheduledAt: string): Promise<Round | null> {
    return this.serially(async () => {
      const now = this.now();
      const settings = await this.deps.settings();
      const meta = await readRounds(this.deps.db);
      const round = meta.rounds[scheduledAt];
      if (!round || round.status !== 'due') return round ?? null;
      const late = round.firedLate === true || classifyFiring(new Date(scheduledAt), now, settings.monitoring) === 'missed';
      const status = late ? 'late' : 'done';
      const seen = await this.accountsSeenFor(scheduledAt, settings);
      const totals = sumCounts(seen.filter((a) => a.seen).map((a) => a.counts));
      const label = roundLabel(scheduledAt);
      // The record is the office's proof of supervision: its note is in Swedish whatever the UI language.
      const open = COUNT_KEYS.map((key) => `${svText(checkRegistry.countLabels[key]).toLocaleLowerCase('sv')}: ${totals[key]}`);
      const recordId = await this.logRound(settings, scheduledAt, status, [
        `seen:${seen.filter((a) => a.seen).length}/${seen.length}`,
        ...COUNT_KEYS.map((key) => `${countTag(key)}:${totals[key]}`),
      ], `Bevakningsrunda ${label} ${stockholmDay(new Date(scheduledAt))} ${late ? 'klar sent' : 'klar'} ${roundLabel(now.toISOString())}. ` +
        `Konton sedda: ${seen.filter((a) => a.seen).length} av ${seen.length}. ${open.join(', ')}.`);
      meta.rounds[scheduledAt] = { ...round, status, completedAt: now.toISOString(), recordId, by: settings.moderatorName };
      await writeRounds(this.deps.db, meta, now);
      return meta.rounds[scheduledAt]!;
    });
  }

  /** The content script saw a page: remember it if it is one of the office's accounts. */
  async pageSeen(pageUrl: string, name: string, counts: OpenCounts): Promise<boolean> {
    const settings = await this.deps.settings();
    const url = normaliseAccountUrl(pageUrl, settings.officeAccounts);
    if (!url) return false;
    await writeAccountSeen(this.deps.db, { url, name, lastSeenAt: this.now().toISOString(), counts });
    return true;
  }

  async snapshot(): Promise<RoundsSnapshot> {
    const settings = await this.deps.settings();
    const meta = await readRounds(this.deps.db);
    const open = Object.values(meta.rounds).filter((r) => r.status === 'due').sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt)).at(-1);
    const accounts = open ? await this.accountsSeenFor(open.scheduledAt, settings) : await this.accountsSeenFor(null, settings);
    return roundSnapshot(this.now(), settings.monitoring, meta, open ?? null, accounts);
  }

  private async accountsSeenFor(scheduledAt: string | null, settings: Settings) {
    const seen = await readAccountsSeen(this.deps.db);
    const since = scheduledAt ? Date.parse(scheduledAt) - EARLY_MS : Number.POSITIVE_INFINITY;
    return settings.officeAccounts.map((configured) => {
      const url = normaliseAccountUrl(configured, [configured])!;
      const state = seen[url];
      return {
        url,
        name: state?.name ?? '',
        seen: state ? Date.parse(state.lastSeenAt) >= since : false,
        counts: state?.counts ?? emptyCounts(),
        lastSeenAt: state?.lastSeenAt,
      };
    });
  }

  private async notify(scheduledAt: string, late: boolean, settings: Settings): Promise<void> {
    const seen = await readAccountsSeen(this.deps.db);
    const unanswered = Object.values(seen).reduce((sum, a) => sum + a.counts.replyDue, 0);
    await this.deps.notify({ scheduledAt, label: roundLabel(scheduledAt), accounts: settings.officeAccounts.length, unanswered, late });
  }

  /**
   * A round nobody did. With a registry that tells of the office's rounds: done by a colleague counts as
   * done; missed and already logged by a colleague is not logged again. Otherwise it is logged here, under
   * an id every colleague's browser makes alike, so the registry keeps one record of it.
   */
  private async miss(meta: RoundsMeta, scheduledAt: string, settings: Settings, office: OfficeRound[] | null): Promise<void> {
    if (this.doneByColleague(meta, scheduledAt, office)) return;
    const at = Date.parse(scheduledAt);
    const logged = office?.find((r) => Date.parse(r.scheduledAt) === at && r.status === 'missed');
    if (logged) {
      meta.rounds[scheduledAt] = { ...meta.rounds[scheduledAt], scheduledAt, status: 'missed', by: logged.moderator.name, byColleague: true };
      return;
    }
    const recordId = await this.logRound(settings, scheduledAt, 'missed', [],
      `Bevakningsrunda ${roundLabel(scheduledAt)} ${stockholmDay(new Date(scheduledAt))} missades.`, await missedRoundId(settings.office, scheduledAt));
    meta.rounds[scheduledAt] = { ...meta.rounds[scheduledAt], scheduledAt, status: 'missed', recordId };
  }

  private async logRound(settings: Settings, scheduledAt: string, status: string, tags: string[], note: string, id = this.uuid()): Promise<string> {
    // A round is the office's, not one account's: it is filed under the first configured account, or
    // under the first supported site's home when none is set yet.
    const first = settings.officeAccounts[0];
    const site = (first ? siteRegistry.siteForAccountUrl(first) : null) ?? SITES[0];
    const platform: Platform = site.platform;
    const entry = await this.deps.log.append({
      schema: 'moderation-record/1',
      id,
      kind: 'monitoring-round',
      occurredAt: toStockholmIso(this.now()),
      moderator: { id: settings.moderatorId, name: settings.moderatorName },
      office: settings.office,
      account: { platform, name: settings.office, url: first ?? `https://${site.hosts[0]}/` },
      checks: [`round:${status}`, `scheduled:${toStockholmIso(new Date(scheduledAt))}`, ...tags],
      note,
    });
    return entry.record.id;
  }
}
