/**
 * When records stay in this browser only (no registry), the toolbar button carries a quiet mark while
 * some have been neither exported nor registered, and after `reminderDays` a notification says so once
 * a day, until the registrar exports them.
 */
import { stockholmDay } from '../calendar/stockholm';
import type { Handover } from './handover';

export interface HandoverReminder {
  /** '' none; '•' records not handed over yet; '!' older than the reminder days. */
  badge: '' | '•' | '!';
  /** Whole days since the oldest record not handed over was made. */
  days: number;
  overdue: boolean;
  /** Notify now (overdue, and not yet today). */
  notify: boolean;
}

const DAY_MS = 86_400_000;

export function handoverReminder(h: Handover, mode: 'local' | 'registry', reminderDays: number, now: Date, lastNotifiedDay?: string): HandoverReminder {
  if (mode !== 'local' || h.count === 0 || !h.since) return { badge: '', days: 0, overdue: false, notify: false };
  const days = Math.floor((now.getTime() - Date.parse(h.since)) / DAY_MS);
  const overdue = days >= reminderDays;
  return { badge: overdue ? '!' : '•', days, overdue, notify: overdue && lastNotifiedDay !== stockholmDay(now) };
}
