/**
 * Deadlines counted in working hours: the municipal norm is "within 24 h on working days", so a
 * weekend or holiday pauses the clock for its whole Stockholm calendar day.
 */
import { addDays, isWorkingDayKey } from './holidays';
import { stockholmDay, stockholmWallTimeToDate } from './stockholm';

const HOUR_MS = 3_600_000;
// A deadline years away is a settings mistake; stop instead of looping for ever.
const MAX_DAYS = 10_000;

/**
 * `start` plus `hours` of working-day time. Works on instants and Stockholm midnights, so a 23- or
 * 25-hour DST day contributes exactly the time it really has.
 */
export function addWorkingHours(start: Date, hours: number): Date {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Working hours must be ≥ 0: ${hours}`);
  if (Number.isNaN(start.getTime())) throw new RangeError('Invalid start date');
  let remaining = hours * HOUR_MS;
  let cursor = start.getTime();
  let day = stockholmDay(start);
  for (let i = 0; i < MAX_DAYS; i++) {
    if (remaining <= 0) return new Date(cursor);
    const next = addDays(day, 1);
    // Midnight always exists in Stockholm (changes happen at 02:00/03:00), so this is exact.
    const dayEnd = stockholmWallTimeToDate(next, '00:00').getTime();
    if (isWorkingDayKey(day)) {
      const available = dayEnd - cursor;
      if (remaining <= available) return new Date(cursor + remaining);
      remaining -= available;
    }
    cursor = dayEnd;
    day = next;
  }
  throw new RangeError(`Deadline more than ${MAX_DAYS} days away`);
}
