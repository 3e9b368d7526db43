/**
 * When to run the next sync. A timer covers short waits while the worker is alive; an alarm is the
 * backstop that wakes a stopped service worker (Chrome does not fire alarms sooner than 30 s).
 */
import { browser } from 'wxt/browser';

export const SYNC_ALARM = 'sync';
const TIMER_LIMIT_MS = 5 * 60_000;
const ALARM_MIN_MS = 30_000;

export function createScheduler(run: () => void, now: () => number = Date.now): (atMs: number | null) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (atMs) => {
    clearTimeout(timer);
    if (atMs === null) {
      void browser.alarms.clear(SYNC_ALARM);
      return;
    }
    const wait = Math.max(0, atMs - now());
    if (wait <= TIMER_LIMIT_MS) timer = setTimeout(run, wait);
    void browser.alarms.create(SYNC_ALARM, { when: Math.max(atMs, now() + ALARM_MIN_MS), periodInMinutes: 1 });
  };
}
