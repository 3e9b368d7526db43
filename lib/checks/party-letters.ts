/**
 * Party letters and youth-wing abbreviations for the political check (rules described in political.ts).
 * Case-sensitive on purpose: lowercase "i", "v", "s", "m" are ordinary Swedish words and units.
 *
 * Compounds ("M-styret", "KD:s") and youth wings ("MUF") are case-sensitive lists in the shared
 * vocabulary matcher, found in the same pass as every other word; as one regex, the hyphen rule alone
 * took 60–120 ms to compile on the first comment that had a party letter. The list and parenthesis
 * rules stay small regexes, and nothing here runs unless a party or youth letter stands as a word.
 */
import sv from './data/political-sv.json';
import { WordSet } from './match/word-set';
import { compilePatterns, scan, tokenSource, type TermMatch } from './wordlists';

const abbr = sv.abbreviations;
const B = '(?<![\\p{L}\\p{M}\\p{N}_])';
const E = '(?![\\p{L}\\p{M}\\p{N}_])';
const alt = (list: readonly string[]) => list.map(tokenSource).join('|');
const PARTY = `(?:${alt(abbr.parties)})`;
const SEP = '(?:\\s*[,&+/]\\s*|\\s+(?:och|eller|samt|resp\\.|respektive|and|or)\\s+)';

const REGEX_RULES: readonly RegExp[] = [
  new RegExp(`\\(${PARTY}\\)`, 'gu'),
  new RegExp(`${B}${PARTY}(?:${SEP}${PARTY})+${E}`, 'gu'),
];
// One pattern per party, its suffixes as alternatives: "M-styr*|M-ledd|…|M-*politiker+|…".
const perParty = (join: string, suffixes: readonly string[]) =>
  abbr.parties.map((p) => suffixes.flatMap((s) => s.split('|').map((a) => `${p}${join}${a}`)).join('|'));
const LISTS = [
  compilePatterns(perParty('-', abbr.hyphenSuffixes), 'abbr', { caseSensitive: true }),
  compilePatterns(perParty(':', abbr.genitiveSuffixes), 'abbr', { caseSensitive: true }),
  compilePatterns([abbr.youth.join('|')], 'abbr', { caseSensitive: true }),
];

const ALONE = new Set<string>(abbr.alone);
const CONTEXT_BEFORE = new RegExp(`${B}(?:${abbr.contextBefore.map((p) => patternBody(p)).join('|')})\\s+$`, 'iu');
const CONTEXT_AFTER = new RegExp(`^\\s+(?:${abbr.contextAfter.map((p) => patternBody(p)).join('|')})${E}`, 'iu');
const NOT_PARTY_BEFORE = /(?:\d\s*|vitamin(?:et)?\s+)$/iu;
const NOT_PARTY_AFTER = /^(?:-?kort|\s+(?:kort|card|kamera|camera))/iu;
const SIZE_LETTERS = /^[SML]$/u;

// Only while the abbreviations are plain words: pattern syntax in them would defeat the word lookup.
const plain = (list: readonly string[]) => list.every((a) => /^[\p{L}\p{N}]+$/u.test(a));
if (!plain(abbr.parties) || !plain(abbr.youth)) throw new Error('party and youth abbreviations must be plain words');
const PARTIES = new WordSet(abbr.parties);
const ANY_LETTERS = new WordSet([...abbr.parties, ...abbr.youth]);

function patternBody(pattern: string): string {
  return pattern.trim().split(/\s+/).map((t) => `(?:${tokenSource(t)})`).join('\\s+');
}

function isSizeList(text: string): boolean {
  const letters = text.split(/[^A-Z]+/u).filter(Boolean);
  return letters.includes('L') && letters.every((l) => SIZE_LETTERS.test(l));
}

/** Whether any party or youth letter stands as a word in `text`: every rule needs one. */
export function hasPartyLetters(text: string): boolean {
  return ANY_LETTERS.inText(text);
}

/** Party-letter hits in `text` (NFC), in no particular order; callers sort and pick. */
export function partyLetterHits(text: string): TermMatch[] {
  const hits: TermMatch[] = [];
  const add = (h: TermMatch) => {
    if (isSizeList(h.text) || (h.text === '(C)' && /^\s*\d/u.test(text.slice(h.start + 3)))) return;
    hits.push(h);
  };
  for (const re of REGEX_RULES) {
    for (const m of text.matchAll(re)) add({ start: m.index, end: m.index + m[0].length, text: m[0], pattern: re.source, tag: 'abbr' });
  }
  for (const list of LISTS) for (const h of scan(text, list)) add(h);
  for (const [start, end] of PARTIES.find(text)) {
    const letters = text.slice(start, end);
    const before = text.slice(Math.max(0, start - 40), start);
    const after = text.slice(end, end + 40);
    if (NOT_PARTY_BEFORE.test(before) || NOT_PARTY_AFTER.test(after)) continue;
    if (ALONE.has(letters) || CONTEXT_BEFORE.test(before) || CONTEXT_AFTER.test(after)) {
      hits.push({ start, end, text: letters, pattern: 'token', tag: 'abbr' });
    }
  }
  return hits;
}
