/**
 * When a comment's reply is due: its posted time (from the page's timestamp, or read from Facebook's label: "3 min",
 * "igår kl. 14:03", "12 maj") plus the office's working hours (FL 6 §; the municipal norm is 24 working hours, weekends and
 * holidays pause the clock). Worked out in the background with the text checks (deadline.check.ts), so the calendar,
 * its holidays and the label parser stay off Facebook's page; the reply check on the page only compares `dueAt` with the
 * clock (reply-due.ts).
 */
import type { Comment } from '../model';
import { addWorkingHours } from '../calendar/working-time';
import { stockholmDay, stockholmWallTimeToDate, toStockholmIso } from '../calendar/stockholm';
import { addDays } from '../calendar/holidays';
import { DEFAULT_REPLY, type ReplySettings } from './reply-decision';

export type DeadlineComment = Pick<Comment, 'postedAt' | 'postedLabel'>;
/** `dueAt`: when the office's reply would be due (ISO 8601), absent when the page gave no readable time. */
export type ReplyDeadline = { dueAt?: string };

const UNIT_MS: [RegExp, number][] = [
  [/^(?:s|sek|sekund(?:er)?|secs?|seconds?)$/u, 1_000],
  [/^(?:m|min|mins|minut(?:er)?|minutes?)$/u, 60_000],
  [/^(?:h|t|tim|timme|timmar|hrs?|hours?)$/u, 3_600_000],
  [/^(?:d|dag|dagar|days?)$/u, 86_400_000],
  [/^(?:v|w|vecka|veckor|wks?|weeks?)$/u, 7 * 86_400_000],
  [/^(?:mån|månad(?:er)?|mo|mos|months?)$/u, 30 * 86_400_000],
  [/^(?:år|y|yr|yrs|years?)$/u, 365 * 86_400_000],
];
const MONTHS: [RegExp, number][] = [
  /^jan(?:uari|uary)?$/u, /^feb(?:ruari|ruary)?$/u, /^mar(?:s|ch)?$/u, /^apr(?:il)?$/u, /^ma[jy]$/u, /^jun[ie]?$/u,
  /^jul[iy]?$/u, /^aug(?:usti|ust)?$/u, /^sept?(?:ember)?$/u, /^o[kc]t(?:ober)?$/u, /^nov(?:ember)?$/u,
  /^dec(?:ember)?$/u,
].map((re, i) => [re, i + 1]);

const pad = (n: number) => String(n).padStart(2, '0');

/** "kl. 14:03", "at 2:03 PM" → `HH:MM`; no time means the start of that day. */
function clockOf(rest: string): string | undefined {
  if (!rest.trim()) return '00:00';
  const m = /^(?:kl\.?|klockan|at|,)?\s*(\d{1,2})[:.](\d{2})\s*(am|pm)?$/u.exec(rest.trim());
  if (!m) return undefined;
  let h = Number(m[1]);
  if (m[3]) h = (h % 12) + (m[3] === 'pm' ? 12 : 0);
  return h < 24 && Number(m[2]) < 60 ? `${pad(h)}:${m[2]}` : undefined;
}

function dateLabel(label: string, now: Date): Date | undefined {
  const m = /^(?:(\d{1,2})\.? ([\p{L}]+)\.?|([\p{L}]+)\.? (\d{1,2})(?:st|nd|rd|th)?)(?:,? (\d{4}))?(.*)$/u.exec(label);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(.*)$/u.exec(label);
  let day: number, month: number | undefined, year: number | undefined, rest: string;
  if (iso) [day, month, year, rest] = [Number(iso[3]), Number(iso[2]), Number(iso[1]), iso[4] ?? ''];
  else if (m) {
    const name = m[2] ?? m[3] ?? '';
    day = Number(m[1] ?? m[4]);
    month = MONTHS.find(([re]) => re.test(name))?.[1];
    year = m[5] ? Number(m[5]) : undefined;
    rest = m[6] ?? '';
  } else return undefined;
  const time = clockOf(rest);
  if (month === undefined || time === undefined) return undefined;
  const thisYear = Number(stockholmDay(now).slice(0, 4));
  // Without a year, walk back to the latest such date not in the future (29 Feb may need a few years).
  for (let y = year ?? thisYear; y >= (year ?? thisYear - 8); y--) {
    const key = `${y}-${pad(month)}-${pad(day)}`;
    if (new Date(`${key}T00:00:00Z`).toISOString().slice(0, 10) !== key) continue;
    const at = stockholmWallTimeToDate(key, time);
    if (year !== undefined || at.getTime() <= now.getTime()) return at;
  }
  return undefined;
}

/**
 * Reads Facebook's "3 min", "5 tim", "2 d", "1 w", "för 3 dagar sedan", "a week ago", "igår kl. 14:03",
 * "12 maj" … Facebook rounds relative labels down, so `now − amount` is the latest the comment can be.
 */
export function postedAtFromLabel(label: string, now: Date): Date | undefined {
  const s = label.toLocaleLowerCase('sv').replace(/\s+/gu, ' ').replace(/[·•]/gu, '').trim();
  if (/^(?:just now|nyss|now|nu|alldeles nyss|a moment ago)$/u.test(s)) return new Date(now.getTime());
  const yesterday = /^(?:i ?går|yesterday)(.*)$/u.exec(s);
  if (yesterday) {
    const time = clockOf(yesterday[1] ?? '');
    return time === undefined ? undefined : stockholmWallTimeToDate(addDays(stockholmDay(now), -1), time);
  }
  const rel = /^(?:för |about |ungefär |ca |cirka )?(\d+|an?|one|en|ett) ?([\p{L}]+)\.?(?: sedan| ago)?$/u.exec(s);
  if (rel) {
    const n = /^\d+$/u.test(rel[1] ?? '') ? Number(rel[1]) : 1;
    const unit = UNIT_MS.find(([re]) => re.test(rel[2] ?? ''))?.[1];
    if (unit !== undefined) return new Date(now.getTime() - n * unit);
  }
  return dateLabel(s, now);
}

function postedTime(comment: DeadlineComment, now: Date): Date | undefined {
  if (comment.postedAt) {
    const at = new Date(comment.postedAt);
    if (!Number.isNaN(at.getTime())) return at;
  }
  return comment.postedLabel ? postedAtFromLabel(comment.postedLabel, now) : undefined;
}

/**
 * When the office's reply to `comment` is due (Stockholm time, ISO 8601 with offset), counted in working hours from when it
 * was posted; undefined when the page gave no time that can be read. Relative labels ("3 tim") are read against `now`.
 */
export function replyDeadline(comment: DeadlineComment, now: Date, settings: ReplySettings = DEFAULT_REPLY): string | undefined {
  const posted = postedTime(comment, now);
  if (!posted) return undefined;
  const hours = settings.replyWithinWorkingHours;
  return toStockholmIso(addWorkingHours(posted, Number.isFinite(hours) && hours >= 0 ? hours : DEFAULT_REPLY.replyWithinWorkingHours));
}
