/**
 * What the office should think twice about before (or after) publishing a post of its own: the city's
 * policy asks for the guardian's consent before a child's personal data is published (from 13 the child
 * may consent, case by case), care with art. 9 data about a person who can be identified, and no
 * personnummer. A phone number is named too: the office's switchboard is fine, a resident's is not.
 * Built on the comment detectors' findings (findPersonalData, run where the text checks run: the
 * background for the overlay), read with publishing rules instead of moderation rules.
 */
import type { PersonalDataFinding } from './personal-data/types';

export type PublishingKind = 'minor' | 'sensitive' | 'personnummer' | 'phone';
/** The order reminders are shown in: the weightiest first. */
export const PUBLISHING_KINDS: readonly PublishingKind[] = ['minor', 'sensitive', 'personnummer', 'phone'];

export interface PublishingReminder {
  kind: PublishingKind;
  /** The words that raised it, as they stand in the post. */
  text: string;
  start: number;
  end: number;
}

// A first and last name: two capitalised words in a row ("Karin Lund"). An art. 9 word in a sentence
// without one is about a topic ("Hälsoveckan"), not about somebody.
const FULL_NAME = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?![\p{L}\p{N}])/u;

function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n'));
  const rest = text.slice(end).search(/[.!?\n](?:\s|$)/);
  return text.slice(from < 0 ? 0 : from + 1, rest < 0 ? text.length : end + rest);
}

function kindOf(text: string, f: PersonalDataFinding): PublishingKind | null {
  switch (f.kind) {
    case 'minor':
      return 'minor';
    case 'personnummer':
    case 'samordningsnummer':
      return 'personnummer';
    case 'phone':
      return 'phone';
    case 'sensitive':
      return FULL_NAME.test(sentenceAround(text, f.start, f.end)) ? 'sensitive' : null;
    default:
      // E-mail and street addresses in an office's post are nearly always its own.
      return null;
  }
}

/** The reminders a post's text gets, in text order, from the personal-data findings in that text. */
export function publishingReminders(text: string, findings: readonly PersonalDataFinding[]): PublishingReminder[] {
  const out: PublishingReminder[] = [];
  for (const f of findings) {
    const kind = kindOf(text, f);
    if (kind) out.push({ kind, text: f.text, start: f.start, end: f.end });
  }
  return out;
}

/** The kinds found, once each, in PUBLISHING_KINDS order. */
export function publishingKinds(reminders: readonly PublishingReminder[]): PublishingKind[] {
  return PUBLISHING_KINDS.filter((k) => reminders.some((r) => r.kind === k));
}
