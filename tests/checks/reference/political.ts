/**
 * PRE-CHANGE REFERENCE, not product code: lib/checks/political.ts as of commit 1a65512, on the reference
 * wordlists.ts beside it. Used only by tests/checks/match-differential.test.ts. Do not edit.
 */
/**
 * Political-content detector behind the neutrality reminder (RF 1 kap. 9 §, JO 5866-2018): officials
 * must treat every party alike and never moderate an opinion away. The check only triggers a reminder,
 * so it favours precision: a reminder on every second comment would be ignored.
 *
 * Precision/recall choices (tested in tests/checks/political.test.ts):
 *   - "val"/"valet" count as elections except in choice idioms ("valet av färg", "ett bra val", "ditt val")
 *     and "en val" (the whale); "valp", "valt", "valde" never match (whole words only).
 *   - "moderat" alone is not matched ("en moderat höjning", "moderatorn"); the party forms are.
 *   - Party letters are case-sensitive whole tokens. S, M, V, C, L need a political neighbour: a verb
 *     ("M vill"), "rösta på V", another party letter ("S och M"), parentheses "(SD)", a hyphen compound
 *     from a closed list ("M-styret", "S-ledda", "MP-politiker", "S-märkt") or a genitive ("KD:s").
 *     SD, KD and MP also count alone, except "12 MP" (megapixels) and "SD-kort"/"SD card".
 *   - A list of only S/M/L that contains L ("S, M och L") is a size chart, not a coalition.
 */
import en from '../../../lib/checks/data/political-en.json';
import sv from '../../../lib/checks/data/political-sv.json';
import { compilePatterns, matchTerms, pickLongest, tokenSource, uniqueTexts, type TermMatch, type WordLists } from './wordlists';

export type { WordLists } from './wordlists';
export type PoliticalResult = { political: boolean; terms: string[] };

type Vocabulary = { terms: Record<string, string[]>; except: string[] };
const VOCABULARIES: readonly Vocabulary[] = [sv, en];
const INCLUDE = VOCABULARIES.flatMap((v) => Object.entries(v.terms).map(([tag, list]) => compilePatterns(list, tag)));
const EXCEPT = VOCABULARIES.map((v) => compilePatterns(v.except, 'except'));

const abbr = sv.abbreviations;
const B = '(?<![\\p{L}\\p{M}\\p{N}_])';
const E = '(?![\\p{L}\\p{M}\\p{N}_])';
const alt = (list: readonly string[]) => list.map(tokenSource).join('|');
const PARTY = `(?:${alt(abbr.parties)})`;
const SEP = '(?:\\s*[,&+/]\\s*|\\s+(?:och|eller|samt|resp\\.|respektive|and|or)\\s+)';

// Case-sensitive on purpose: lowercase "i", "v", "s", "m" are ordinary Swedish words and units.
const ABBREVIATION_RULES: readonly RegExp[] = [
  new RegExp(`\\(${PARTY}\\)`, 'gu'),
  new RegExp(`${B}${PARTY}-(?:${alt(abbr.hyphenSuffixes)})${E}`, 'gu'),
  new RegExp(`${B}${PARTY}:(?:${alt(abbr.genitiveSuffixes)})${E}`, 'gu'),
  new RegExp(`${B}${PARTY}(?:${SEP}${PARTY})+${E}`, 'gu'),
  new RegExp(`${B}(?:${alt(abbr.youth)})${E}`, 'gu'),
];
const TOKEN = new RegExp(`${B}${PARTY}${E}`, 'gu');
const ALONE = new Set<string>(abbr.alone);
const CONTEXT_BEFORE = new RegExp(`${B}(?:${abbr.contextBefore.map((p) => patternBody(p)).join('|')})\\s+$`, 'iu');
const CONTEXT_AFTER = new RegExp(`^\\s+(?:${abbr.contextAfter.map((p) => patternBody(p)).join('|')})${E}`, 'iu');
const NOT_PARTY_BEFORE = /(?:\d\s*|vitamin(?:et)?\s+)$/iu;
const NOT_PARTY_AFTER = /^(?:-?kort|\s+(?:kort|card|kamera|camera))/iu;
const SIZE_LETTERS = /^[SML]$/u;

function patternBody(pattern: string): string {
  return pattern.trim().split(/\s+/).map((t) => `(?:${tokenSource(t)})`).join('\\s+');
}

function isSizeList(text: string): boolean {
  const letters = text.split(/[^A-Z]+/u).filter(Boolean);
  return letters.includes('L') && letters.every((l) => SIZE_LETTERS.test(l));
}

function abbreviationHits(text: string): TermMatch[] {
  const hits: TermMatch[] = [];
  for (const re of ABBREVIATION_RULES) {
    for (const m of text.matchAll(re)) {
      if (isSizeList(m[0]) || (m[0] === '(C)' && /^\s*\d/u.test(text.slice(m.index + 3)))) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], pattern: re.source, tag: 'abbr' });
    }
  }
  for (const m of text.matchAll(TOKEN)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    if (NOT_PARTY_BEFORE.test(before) || NOT_PARTY_AFTER.test(after)) continue;
    if (ALONE.has(m[0]) || CONTEXT_BEFORE.test(before) || CONTEXT_AFTER.test(after)) {
      hits.push({ start: m.index, end: m.index + m[0].length, text: m[0], pattern: 'token', tag: 'abbr' });
    }
  }
  return hits;
}

/**
 * Finds political vocabulary: parties (names, nicknames, abbreviations), youth wings, political roles
 * and elections. `terms` are the matched surface strings, case-insensitively deduplicated, in order of
 * first appearance. `extra.add` terms count as political; `extra.remove` silences built-in terms.
 */
export function findPoliticalContent(text: string, extra?: WordLists): PoliticalResult {
  const normalized = text.normalize('NFC');
  const words = matchTerms(normalized, { include: INCLUDE, except: EXCEPT, extra, extraTag: 'user' });
  const removed = new Set((extra?.remove ?? []).map((r) => r.trim().replace(/[()]/g, '')));
  const exceptSpans = matchTerms(normalized, { include: EXCEPT });
  const letters = abbreviationHits(normalized).filter(
    (h) => !removed.has(h.text.replace(/[()]/g, '')) && !exceptSpans.some((x) => x.start < h.end && h.start < x.end),
  );
  const terms = uniqueTexts(pickLongest([...words, ...letters]));
  return { political: terms.length > 0, terms };
}
