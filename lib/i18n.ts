/** Typed access to the extension's messages; Swedish is the default locale, English the alternative. */
import { browser } from 'wxt/browser';
import type sv from '../public/_locales/sv/messages.json';
import { stockholmParts } from './calendar/stockholm';

export type MessageKey = keyof typeof sv;

// A page with a thousand comments asks for the same few texts thousands of times; the browser's
// getMessage crosses into the extension runtime each time, so answers are kept (they never change).
const answers = new Map<string, string>();

/** Forgets the kept texts (tests that change the browser's messages between cases). */
export function forgetTexts(): void {
  answers.clear();
}

export function t(key: MessageKey, substitutions?: string | string[]): string {
  const memo = substitutions === undefined ? key : `${key}\u0000${([] as string[]).concat(substitutions).join('\u0001')}`;
  const known = answers.get(memo);
  if (known !== undefined) return known;
  let text: string;
  try {
    text = browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    // Outside an extension context (unit tests) the key itself is the most useful text.
    text = key;
  }
  if (answers.size > 5_000) answers.clear();
  answers.set(memo, text);
  return text;
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'sv';
  } catch {
    return 'sv';
  }
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

// Swedish short month names as Intl writes them for sv-SE (held to Intl by tests/i18n/format.test.ts).
const SV_MONTHS = ['jan.', 'feb.', 'mars', 'apr.', 'maj', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];

/** "25 nov. 14:03" in the UI language, Stockholm time. */
export function formatDateTime(iso: string): string {
  const lang = uiLanguage();
  // Swedish written out directly: an Intl formatter costs some 10 ms to build, which the overlay would
  // pay on Facebook's page for its first reply badge. Other languages use Intl.
  if (/^sv\b/i.test(lang)) {
    const date = new Date(iso);
    if (Number.isFinite(date.getTime())) {
      const p = stockholmParts(date);
      return `${Number(p.day)} ${SV_MONTHS[Number(p.month) - 1]} ${p.hour}:${p.minute}`;
    }
  }
  let format = timeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, {
      timeZone: 'Europe/Stockholm',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    });
    timeFormats.set(lang, format);
  }
  return format.format(new Date(iso));
}

const longFormats = new Map<string, Intl.DateTimeFormat>();

/** "3 dec. 2026 14:03" in the UI language, Stockholm time (records, exports). */
export function formatDateTimeLong(iso: string): string {
  const lang = uiLanguage();
  let format = longFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { timeZone: 'Europe/Stockholm', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
    longFormats.set(lang, format);
  }
  return format.format(new Date(iso));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "tors 3 dec." for a Stockholm calendar day ("2026-12-03") in the UI language (the round view's week). */
export function formatDay(day: string): string {
  const lang = uiLanguage();
  let format = dayFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { timeZone: 'Europe/Stockholm', weekday: 'short', day: 'numeric', month: 'short' });
    dayFormats.set(lang, format);
  }
  // Noon UTC is the same calendar day in Stockholm all year round.
  return format.format(new Date(`${day}T12:00:00Z`));
}
