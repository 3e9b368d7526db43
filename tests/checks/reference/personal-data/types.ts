// PRE-CHANGE REFERENCE, not product code: lib/checks/personal-data/types.ts as of commit 1a65512, kept only for
// tests/checks/personal-data-differential.test.ts. Do not edit.
export type PersonalDataKind =
  | 'personnummer'
  | 'samordningsnummer'
  | 'phone'
  | 'email'
  | 'address'
  | 'postal-code'
  | 'bank-account'
  | 'sensitive'
  | 'minor';

/** `text === input.slice(start, end)`; indices are UTF-16 code units. */
export type PersonalDataFinding = { kind: PersonalDataKind; start: number; end: number; text: string };

export function finding(kind: PersonalDataKind, input: string, start: number, end: number): PersonalDataFinding {
  return { kind, start, end, text: input.slice(start, end) };
}

/** Luhn over a digit string; Swedish identity numbers, bankgiro and plusgiro all use it. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
