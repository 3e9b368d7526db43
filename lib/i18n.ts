/** Typed access to the extension's messages; Swedish is the default locale, English the alternative. */
import { browser } from 'wxt/browser';
import type sv from '../public/_locales/sv/messages.json';

export type MessageKey = keyof typeof sv;

export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    // Outside an extension context (unit tests) the key itself is the most useful text.
    return key;
  }
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'sv';
  } catch {
    return 'sv';
  }
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** "25 nov. 14:03" in the UI language, Stockholm time. */
export function formatDateTime(iso: string): string {
  const lang = uiLanguage();
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
