/**
 * Swedish texts whatever the UI language, for what the office files: records are kept in Swedish.
 * Its own module so the Swedish messages are bundled only where records are written.
 */
import sv from '../public/_locales/sv/messages.json';
import type { MessageKey } from './i18n';

export function svText(key: MessageKey): string {
  return sv[key].message;
}
