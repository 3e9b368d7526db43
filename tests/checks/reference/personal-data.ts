/**
 * PRE-CHANGE REFERENCE, not product code: lib/checks/personal-data.ts as of commit 1a65512, kept only for
 * tests/checks/personal-data-differential.test.ts. Do not edit.
 */
import { findBankAccounts } from './personal-data/bank.ts';
import { findEmails, findPhones } from './personal-data/contact.ts';
import { findIdentityNumbers } from './personal-data/identity-numbers.ts';
import { findAddresses, findPostalCodes } from './personal-data/location.ts';
import { minorWordVisitor } from './personal-data/minors.ts';
import type { PersonalDataFinding, PersonalDataKind } from './personal-data/types.ts';
import { sensitiveWordVisitor } from './personal-data/vocabulary.ts';
import { forEachWord } from './personal-data/words.ts';

export type { PersonalDataFinding, PersonalDataKind } from './personal-data/types.ts';

// When spans collide the more specific reading wins: a validated checksum beats a digit-shape guess,
// and a structured identifier beats vocabulary.
const PRIORITY: Record<PersonalDataKind, number> = {
  personnummer: 9,
  samordningsnummer: 9,
  'bank-account': 8,
  email: 7,
  phone: 6,
  'postal-code': 5,
  address: 4,
  minor: 3,
  sensitive: 2,
};

function better(a: PersonalDataFinding, b: PersonalDataFinding): boolean {
  const pa = PRIORITY[a.kind];
  const pb = PRIORITY[b.kind];
  return pa !== pb ? pa > pb : a.end - a.start > b.end - b.start;
}

/** Resolves each cluster of overlapping candidates greedily by priority; clusters are almost always size 1. */
function resolveOverlaps(candidates: PersonalDataFinding[]): PersonalDataFinding[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: PersonalDataFinding[] = [];
  let i = 0;
  while (i < candidates.length) {
    const first = candidates[i] as PersonalDataFinding;
    let clusterEnd = first.end;
    let j = i + 1;
    while (j < candidates.length && (candidates[j] as PersonalDataFinding).start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, (candidates[j] as PersonalDataFinding).end);
      j++;
    }
    if (j === i + 1) {
      result.push(first);
    } else {
      const cluster = candidates.slice(i, j).sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
      const kept: PersonalDataFinding[] = [];
      for (const c of cluster) {
        if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
      }
      result.push(...kept.sort((a, b) => a.start - b.start));
    }
    i = j;
  }
  return result;
}

function foldSameLength(c: string): string {
  const l = c.toLowerCase();
  return l.length === c.length ? l : c;
}

/** Possible personal data in a comment, sorted by start and non-overlapping. */
export function findPersonalData(text: string): PersonalDataFinding[] {
  const candidates: PersonalDataFinding[] = [];
  // Shared by the word-based finders. Characters like "İ" change length when lower-cased, which
  // would shift every index after them, so those few are folded one by one or left as they are.
  const folded = text.toLowerCase();
  const lower = folded.length === text.length ? folded : text.replace(/[^]/gu, foldSameLength);
  findIdentityNumbers(text, candidates);
  findBankAccounts(text, lower, candidates);
  if (text.includes('@')) findEmails(text, candidates);
  findPhones(text, candidates);
  findPostalCodes(text, candidates);
  findAddresses(text, candidates);
  const minors = minorWordVisitor(text, lower, candidates);
  const sensitive = sensitiveWordVisitor(text, lower, candidates);
  forEachWord(lower, (start, end, joined, hash) => {
    minors(start, end, joined, hash);
    sensitive(start, end, joined, hash);
  });
  return resolveOverlaps(candidates);
}
