/** Pure round planning: which scheduled times fell between two instants, and how late a firing is. */
import { nextMonitoringTimes, type MonitoringSettings } from '../calendar';

export interface RoundSettings extends MonitoringSettings {
  /** How long after its time a round may still start (e.g. after the computer slept); later is missed. */
  lateWindowMinutes: number;
}

export const DEFAULT_ROUNDS: RoundSettings = {
  times: ['09:00', '12:00', '15:00'],
  includeNonWorkingDays: false,
  lateWindowMinutes: 60,
};

/** A reminder within this margin of its time counts as on time (alarms may be delayed a little). */
export const ON_TIME_MS = 5 * 60_000;
/** Never look further back than this for rounds nobody saw (a laptop left closed over a holiday). */
export const LOOKBACK_MS = 8 * 24 * 60 * 60_000;

export type Firing = 'on-time' | 'late' | 'missed';

export function classifyFiring(scheduledAt: Date, now: Date, settings: RoundSettings): Firing {
  const delay = now.getTime() - scheduledAt.getTime();
  if (delay <= ON_TIME_MS) return 'on-time';
  return delay <= settings.lateWindowMinutes * 60_000 ? 'late' : 'missed';
}

/** Scheduled times in (from, to], oldest first, at most LOOKBACK_MS before `to`. */
export function scheduledBetween(from: Date, to: Date, settings: MonitoringSettings): Date[] {
  const out: Date[] = [];
  let cursor = new Date(Math.max(from.getTime(), to.getTime() - LOOKBACK_MS));
  for (;;) {
    const [next] = nextMonitoringTimes(cursor, settings, 1);
    if (!next || next.getTime() > to.getTime()) return out;
    out.push(next);
    cursor = next;
  }
}
