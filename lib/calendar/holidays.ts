/**
 * Swedish public holidays (allmänna helgdagar) plus the "aftons" that offices treat as days off.
 * Dates are Stockholm calendar days as `YYYY-MM-DD`, so no time zone enters here.
 */

export type Holiday = { date: string; name: string };

const DAY_MS = 86_400_000;

function key(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function utc(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day);
}

/** Calendar arithmetic on day keys; UTC midnights never meet a DST change. */
export function addDays(day: string, days: number): string {
  return key(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, like `Date#getDay`. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return key(utc(year, month, day));
}

/** The first day from `from` (inclusive, within 7 days) falling on `weekday`. */
function firstWeekdayFrom(year: number, month: number, from: number, weekday: number): string {
  const start = key(utc(year, month, from));
  return addDays(start, (weekday - weekdayOf(start) + 7) % 7);
}

function compute(year: number): readonly Holiday[] {
  const fixed = (month: number, day: number) => key(utc(year, month, day));
  const easter = easterSunday(year);
  const midsummerEve = firstWeekdayFrom(year, 6, 19, 5);
  // Today's rules throughout: the 2005 swap of annandag pingst for nationaldagen is not back-dated.
  const list: Holiday[] = [
    { date: fixed(1, 1), name: 'Nyårsdagen' },
    { date: fixed(1, 6), name: 'Trettondedag jul' },
    { date: addDays(easter, -2), name: 'Långfredagen' },
    { date: addDays(easter, -1), name: 'Påskafton' },
    { date: easter, name: 'Påskdagen' },
    { date: addDays(easter, 1), name: 'Annandag påsk' },
    { date: fixed(5, 1), name: 'Första maj' },
    { date: addDays(easter, 39), name: 'Kristi himmelsfärdsdag' },
    { date: addDays(easter, 49), name: 'Pingstdagen' },
    { date: fixed(6, 6), name: 'Sveriges nationaldag' },
    { date: midsummerEve, name: 'Midsommarafton' },
    { date: addDays(midsummerEve, 1), name: 'Midsommardagen' },
    { date: firstWeekdayFrom(year, 10, 31, 6), name: 'Alla helgons dag' },
    { date: fixed(12, 24), name: 'Julafton' },
    { date: fixed(12, 25), name: 'Juldagen' },
    { date: fixed(12, 26), name: 'Annandag jul' },
    { date: fixed(12, 31), name: 'Nyårsafton' },
  ];
  // Early Easters can put Kristi himmelsfärd on 1 May; keep calendar order stable regardless.
  list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  return Object.freeze(list.map((h) => Object.freeze(h)));
}

const cache = new Map<number, { list: readonly Holiday[]; dates: ReadonlySet<string> }>();

function entry(year: number) {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`Year outside the Gregorian range this supports: ${year}`);
  }
  let hit = cache.get(year);
  if (!hit) {
    const list = compute(year);
    hit = { list, dates: new Set(list.map((h) => h.date)) };
    cache.set(year, hit);
  }
  return hit;
}

/** The year's days off in date order; callers get their own copies so the cache cannot be edited. */
export function swedishHolidays(year: number): Holiday[] {
  return entry(year).list.map((h) => ({ ...h }));
}

/** Working day for a Stockholm day key: Monday–Friday and not one of the days above. */
export function isWorkingDayKey(day: string): boolean {
  const weekday = weekdayOf(day);
  if (weekday === 0 || weekday === 6) return false;
  return !entry(Number(day.slice(0, 4))).dates.has(day);
}
