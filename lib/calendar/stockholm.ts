/** Europe/Stockholm wall-clock helpers: the office's legal day and ISO times with the local offset. */
export const TIME_ZONE = 'Europe/Stockholm';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function stockholmParts(date: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const p of partsFormat.formatToParts(date)) parts[p.type] = p.value;
  return parts;
}

/** `YYYY-MM-DD` of the date in Stockholm, the key for "today" counts. */
export function stockholmDay(date: Date): string {
  const p = stockholmParts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** ISO 8601 with Stockholm's offset at that instant, e.g. `2026-11-25T14:03:00+01:00`. */
export function toStockholmIso(date: Date): string {
  const p = stockholmParts(date);
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  const offsetMin = Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMin >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMin);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${hh}:${mm}`;
}

/** Minutes Stockholm is ahead of UTC at that instant (60 in winter, 120 in summer). */
export function stockholmOffsetMinutes(date: Date): number {
  const p = stockholmParts(date);
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant a Stockholm wall-clock time happens. A time skipped by the spring change (02:30) is
 * read as the clock a moderator would see an hour later, since the reminder must still fire that day;
 * a time repeated in autumn takes its first occurrence so nothing fires twice.
 */
export function stockholmWallTimeToDate(day: string, time: string): Date {
  const d = DAY_RE.exec(day);
  const t = TIME_RE.exec(time);
  if (!d || !t) throw new RangeError(`Not a Stockholm day/time: ${day} ${time}`);
  const wall = Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!, +t[1]!, +t[2]!);
  if (new Date(wall).toISOString().slice(0, 10) !== day) throw new RangeError(`No such day: ${day}`);
  // Offsets a day either side bracket any change; one of them is right unless the time is in the gap.
  const before = stockholmOffsetMinutes(new Date(wall - 86_400_000));
  const after = stockholmOffsetMinutes(new Date(wall + 86_400_000));
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * 60_000)
    .filter((instant) => stockholmOffsetMinutes(new Date(instant)) * 60_000 === wall - instant)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - before * 60_000);
}
