/** Europe/Stockholm wall-clock helpers: the office's legal day and ISO times with the local offset. */
export const TIME_ZONE = 'Europe/Stockholm';

// Made on first use (a formatter costs milliseconds to build, not to be paid when a content script loads).
let partsFormat: Intl.DateTimeFormat | undefined;
const makePartsFormat = () => new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function partsFromIntl(date: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  partsFormat ??= makePartsFormat();
  for (const p of partsFormat.formatToParts(date)) parts[p.type] = p.value;
  return parts;
}

// formatToParts costs tens of microseconds, and every comment's deadline asks for it. Stockholm's offset
// only changes on a whole UTC hour (01:00 UTC, both ways), so it is known once per UTC hour and the wall
// clock is plain arithmetic from there.
const HOUR = 3_600_000;
const offsets = new Map<number, number>();

/** 01:00 UTC on the last Sunday of a month (0-based): when EU summer time starts (March) and ends (October). */
function lastSundayOneUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}

/**
 * The offset by the EU's summer-time rule (directive 2000/84/EC, which Sweden has followed since 1996):
 * +02:00 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October, +01:00
 * otherwise. Plain arithmetic: building a time-zone formatter costs some 40 ms, once per page, which a
 * content script must not add to Facebook's load. Outside 1996–2099 (and held to Intl by
 * tests/calendar/stockholm.test.ts) the formatter answers.
 */
// Summer time's start and end per year, worked out once: every comment's time asks (5,000 comments: 25 ms).
const summers = new Map<number, readonly [number, number]>();

function euRuleOffset(ms: number): number | null {
  const year = new Date(ms).getUTCFullYear();
  if (year < 1996 || year > 2099) return null;
  let summer = summers.get(year);
  if (!summer) summers.set(year, (summer = [lastSundayOneUtc(year, 2), lastSundayOneUtc(year, 9)]));
  return ms >= summer[0] && ms < summer[1] ? 120 : 60;
}

function offsetForHour(hour: number): number {
  let offset = offsets.get(hour) ?? euRuleOffset(hour * HOUR) ?? undefined;
  if (offset === undefined) {
    const p = partsFromIntl(new Date(hour * HOUR));
    offset = Math.round((Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!) - hour * HOUR) / 60_000);
    if (offsets.size > 5_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

const two = (n: number) => String(n).padStart(2, '0');

/** Stockholm's wall clock at an instant as two-digit strings (year four): year, month, day, hour, minute, second. */
export function stockholmParts(date: Date): Record<string, string> {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return partsFromIntl(date);
  const wall = new Date(Math.floor(ms / 1000) * 1000 + offsetForHour(Math.floor(ms / HOUR)) * 60_000);
  return {
    year: String(wall.getUTCFullYear()).padStart(4, '0'),
    month: two(wall.getUTCMonth() + 1),
    day: two(wall.getUTCDate()),
    hour: two(wall.getUTCHours()),
    minute: two(wall.getUTCMinutes()),
    second: two(wall.getUTCSeconds()),
  };
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
