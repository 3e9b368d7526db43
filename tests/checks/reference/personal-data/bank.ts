// PRE-CHANGE REFERENCE, not product code: lib/checks/personal-data/bank.ts as of commit 1a65512, kept only for
// tests/checks/personal-data-differential.test.ts. Do not edit.
import { finding, type PersonalDataFinding } from './types.ts';
import { letterOrDigitBefore } from './words.ts';

// Run on the lower-cased text: case-insensitive literal alternations are markedly slower in V8.
const IBAN_RE = /(?<![\p{L}\d])se\d{2}(?:[ \u00a0]?\d){20}(?!\d)/gu;

/** ISO 13616 check: the rearranged IBAN read as a number is 1 mod 97. */
export function ibanValid(iban: string): boolean {
  const compact = iban.replace(/[\s\u00a0]+/g, '').toUpperCase();
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 && code <= 90 ? String(code - 55) : ch;
    for (const d of value) rest = (rest * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
}

// Numbers without "SE" are only account numbers when a context word says so: the same shapes are
// order numbers, phone numbers and invoice references everywhere else. The keyword must not follow a
// letter or digit; that is checked per match (see letterOrDigitBefore), which cut these scans by a third.
const FILLER = String.raw`(?:[:.]?\s*(?:(?:är|nr|nummer|till|på|mitt|vårt|vår|mitt|via|number|is|to|my|our)\s+){0,3})`;
const ACCOUNT_RE = new RegExp(
  String.raw`(?:kontonumm?ret|kontonummer|kontonr|bankkonto(?:t|nummer)?|konto(?:t)?|clearing(?:nummer|nr)?|clnr|swish(?:a|nummer|nr)?|account(?: number)?)` +
    FILLER +
    String.raw`([1-9]\d{3,4}(?:-\d)?(?:,\s?|\s?-\s?|\s)\d{1,4}(?:[ -]?\d{1,4}){0,4}(?:-\d)?|123[ -]?\d{3}[ -]?\d{2}[ -]?\d{2})(?![\d\p{L}])`,
  'gu',
);
const GIRO_RE = new RegExp(
  String.raw`(?:(bankgiro(?:t|nummer)?|bg)|(plusgiro(?:t|nummer)?|pg))` +
    FILLER +
    String.raw`(\d{3,4}-\d{4}|\d{1,3}(?: ?\d{2}){0,3}-\d)(?![\d\p{L}])`,
  'gu',
);

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

/** `lower` is the lower-cased text with indices aligned to `text`. */
export function findBankAccounts(text: string, lower: string, out: PersonalDataFinding[]): void {
  IBAN_RE.lastIndex = 0;
  for (let m = IBAN_RE.exec(lower); m; m = IBAN_RE.exec(lower)) {
    if (ibanValid(m[0])) out.push(finding('bank-account', text, m.index, m.index + m[0].length));
  }
  ACCOUNT_RE.lastIndex = 0;
  for (let m = ACCOUNT_RE.exec(lower); m; m = ACCOUNT_RE.exec(lower)) {
    if (letterOrDigitBefore(lower, m.index)) {
      ACCOUNT_RE.lastIndex = m.index + 1;
      continue;
    }
    const num = m[1] ?? '';
    const digits = digitCount(num);
    if (digits < 10 || digits > 17) continue;
    const end = m.index + m[0].length;
    out.push(finding('bank-account', text, end - num.length, end));
  }
  GIRO_RE.lastIndex = 0;
  for (let m = GIRO_RE.exec(lower); m; m = GIRO_RE.exec(lower)) {
    if (letterOrDigitBefore(lower, m.index)) {
      GIRO_RE.lastIndex = m.index + 1;
      continue;
    }
    const num = m[3] ?? '';
    const digits = digitCount(num);
    // Bankgiro is 7–8 digits with a dash before the last four; plusgiro 2–8 with a dash before the last.
    if (m[1] ? !/^\d{3,4}-\d{4}$/.test(num) : digits < 2 || digits > 8) continue;
    const end = m.index + m[0].length;
    out.push(finding('bank-account', text, end - num.length, end));
  }
}
