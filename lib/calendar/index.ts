/**
 * The office's calendar: which Stockholm days are working days, and when the next monitoring rounds are.
 * Everything takes the clock as an argument so schedules are testable without fake timers.
 */
import { addDays, isWorkingDayKey, swedishHolidays, type Holiday } from './holidays';
import { stockholmDay, stockholmWallTimeToDate } from './stockholm';

export { swedishHolidays, type Holiday };
export { addWorkingHours } from './working-time';

export type MonitoringSettings = {
  /** `HH:MM` on the Stockholm wall clock. */
  times: string[];
  includeNonWorkingDays: boolean;
};

/** Stockholm policy: monitor three times a day on working days. */
export const DEFAULT_MONITORING: MonitoringSettings = Object.freeze({
  times: ['09:00', '12:00', '15:00'],
  includeNonWorkingDays: false,
});

/** Judged on the Stockholm calendar day, because that is the day the office is open or closed. */
export function isWorkingDay(date: Date): boolean {
  return isWorkingDayKey(stockholmDay(date));
}

const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
// Far more than any run of days off; only reached if every time is invalid, which is caught earlier.
const MAX_DAYS = 400;

/** The next `count` round times strictly after `now`, in order. */
export function nextMonitoringTimes(now: Date, settings: MonitoringSettings, count = 3): Date[] {
  // Settings are validated where they are stored; a bad entry here must not cost the other reminders.
  const times = [...new Set(settings.times.filter((t) => TIME_RE.test(t)))].sort();
  if (times.length === 0 || count <= 0 || Number.isNaN(now.getTime())) return [];
  const out: Date[] = [];
  const seen = new Set<number>();
  let day = stockholmDay(now);
  for (let i = 0; i < MAX_DAYS && out.length < count; i++, day = addDays(day, 1)) {
    if (!settings.includeNonWorkingDays && !isWorkingDayKey(day)) continue;
    for (const time of times) {
      const at = stockholmWallTimeToDate(day, time);
      // 02:30 and 03:30 land on the same instant on the spring-forward day: one reminder, not two.
      if (at.getTime() <= now.getTime() || seen.has(at.getTime())) continue;
      seen.add(at.getTime());
      out.push(at);
      if (out.length === count) break;
    }
  }
  return out.sort((a, b) => a.getTime() - b.getTime());
}
