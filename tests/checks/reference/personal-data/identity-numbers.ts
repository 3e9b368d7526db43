// PRE-CHANGE REFERENCE, not product code: lib/checks/personal-data/identity-numbers.ts as of commit 1a65512, kept only for
// tests/checks/personal-data-differential.test.ts. Do not edit.
import { finding, luhnValid, type PersonalDataFinding } from './types.ts';

// 8-digit date first so a 12-digit run is not cut into a 10-digit one plus leftovers.
const ID_RE = /(?<![\d\p{L}])(\d{8}|\d{6})([-+ ]?)(\d{4})(?![\d\p{L}])/gu;

function daysInMonth(month: number, year: number | undefined, twoDigitYear: number): number {
  if (month === 2) {
    // With only YY the century is unknown; 00 may be 2000 (leap) so only %4 is decidable.
    const leap =
      year === undefined ? twoDigitYear % 4 === 0 : (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Two ASCII digits at `i` as a number; the regex guarantees they are digits, so no slicing is needed. */
function twoDigits(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
}

/** Returns the kind for a valid number, or null for a bad date or checksum. */
export function classifyIdentityNumber(date: string, serial: string): 'personnummer' | 'samordningsnummer' | null {
  const full = date.length === 8 ? twoDigits(date, 0) * 100 + twoDigits(date, 2) : undefined;
  // Twelve-digit forms from a century nobody alive or recently dead was born in are not identity numbers.
  if (full !== undefined && (full < 1800 || full > 2099)) return null;
  const at = date.length - 6;
  const yy = twoDigits(date, at);
  const month = twoDigits(date, at + 2);
  let day = twoDigits(date, at + 4);
  if (month < 1 || month > 12) return null;
  const coordination = day > 60;
  if (coordination) day -= 60;
  if (day < 1 || day > daysInMonth(month, full, yy)) return null;
  if (!luhnValid(date.slice(at) + serial)) return null;
  return coordination ? 'samordningsnummer' : 'personnummer';
}

export function findIdentityNumbers(text: string, out: PersonalDataFinding[]): void {
  ID_RE.lastIndex = 0;
  for (let m = ID_RE.exec(text); m; m = ID_RE.exec(text)) {
    const date = m[1] as string;
    // "+" only makes sense after YYMMDD; a space separator with 12 digits is also written, so allow it.
    if (m[2] === '+' && date.length === 8) continue;
    const kind = classifyIdentityNumber(date, m[3] as string);
    if (kind) out.push(finding(kind, text, m.index, m.index + m[0].length));
  }
}
