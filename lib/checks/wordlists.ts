/**
 * Shared whole-word matching for the vocabulary checks (political, unlawful).
 *
 * Vocabulary files use a tiny pattern syntax so linguists can edit them without writing regexes:
 *   - words are separated by spaces; any run of whitespace in the text matches a space;
 *   - `word*`   the word followed by any letters (unambiguous stems: `sverigedemokrat*`);
 *   - `*word`   any letters before the word (compounds: `*politiker` → kommunpolitiker);
 *   - `word+`   the word plus an optional Swedish noun inflection (`borgarråd+` → borgarrådet, -en, -s …);
 *   - `a|b`     alternatives for one word position;
 *   - `{w}` / `{w?}`  exactly one / at most one arbitrary word in between;
 *   - `-*word`  inside a word, after a symbol: any letters before the word (`M-*politiker`).
 * Everything else is literal. Matches are case-insensitive (unless a list is compiled case-sensitive)
 * and never start or end inside a word, so `val` does not hit `valp` and å/ä/ö count as letters (plain
 * `\b` would split "mötet" at the ö).
 *
 * User-supplied terms (options page) do NOT use this syntax: every character is literal, so a term
 * such as `C++` or `(test)` is matched as written; user text is never compiled into a regex.
 *
 * Matching is one pass per text for all lists together (./match/): the text is split into atoms once
 * and every list's terms are looked up in one compiled trie, built once. The results are, term for term,
 * those of the one-regex-per-term implementation this replaced (tests/checks/match-differential.test.ts).
 */
import { compileList, listHits, type CompiledList as List, type ListHit } from './match/lists';
import { INFLECTIONS } from './match/terms';

export { INFLECTIONS };
export { prepareBuiltIn as prepareVocabularies } from './match/lists';

export type WordLists = {
  /** Extra terms matched as whole words (case-insensitive, optional Swedish inflection suffix). */
  add?: readonly string[];
  /** Built-in terms to ignore: compared with the matched text and with the pattern it came from. */
  remove?: readonly string[];
};

export type TermMatch = { start: number; end: number; text: string; pattern: string; tag: string };
export type CompiledList = List;

export function escapeRegExp(s: string): string {
  // Only syntax characters: with the `u` flag, escaping anything else (e.g. `-`) is a SyntaxError.
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

const INFLECTION = `(?:${INFLECTIONS.join('|')})?`;

/**
 * One word position of the pattern syntax as a regex source, without word boundaries. Only for the
 * political check's few hand-written abbreviation rules; vocabularies go through compilePatterns.
 */
export function tokenSource(token: string): string {
  return token
    .split('|')
    .map((alt) => {
      let head = '';
      let tail = '';
      let body = alt;
      if (body.startsWith('*')) [head, body] = ['\\p{L}*', body.slice(1)];
      if (body.endsWith('*')) [tail, body] = ['\\p{L}*', body.slice(0, -1)];
      else if (body.endsWith('+')) [tail, body] = [INFLECTION, body.slice(0, -1)];
      return head + escapeRegExp(body) + tail;
    })
    .join('|');
}

// Keyed by the array object itself: vocabularies are module constants and the options page passes the
// same settings arrays on every call, so each list is compiled once instead of once per comment.
const caches = { pattern: new WeakMap<object, Map<string, List>>(), user: new WeakMap<object, Map<string, List>>() };

function compileWith(list: readonly string[], tag: string, kind: keyof typeof caches, caseSensitive = false, group = 'main'): List {
  const byTag = caches[kind].get(list) ?? new Map<string, List>();
  caches[kind].set(list, byTag);
  const key = `${caseSensitive ? `${tag}\u0000case-sensitive` : tag}\u0000${group}`;
  const hit = byTag.get(key);
  if (hit) return hit;
  const compiled = compileList(list, tag, kind === 'pattern', caseSensitive, group);
  byTag.set(key, compiled);
  return compiled;
}

/**
 * Compiles a built-in vocabulary list (pattern syntax above). `caseSensitive` is for abbreviations
 * such as party letters, where "S" is a party and "s" a unit.
 */
export function compilePatterns(list: readonly string[], tag: string, options: { caseSensitive?: boolean; group?: string } = {}): CompiledList {
  return compileWith(list, tag, 'pattern', options.caseSensitive, options.group);
}

/** Compiles a user list: every term is literal text. */
export function compileUserTerms(list: readonly string[], tag: string): CompiledList {
  return compileWith(list, tag, 'user');
}

function toMatches(text: string, list: List, hits: readonly ListHit[]): TermMatch[] {
  return hits.map(({ term, start, end }) => ({
    start,
    end,
    text: text.slice(start, end),
    pattern: (list.terms[term] as List['terms'][number]).pattern,
    tag: list.tag,
  }));
}

/** All hits of one list in `text` (NFC), by term as listed, then by position. */
export function scan(text: string, list: CompiledList): TermMatch[] {
  const found = listHits(text, [list]);
  return found ? toMatches(text, list, found[0] as ListHit[]) : [];
}

/** Lowercased pattern without syntax markers, so `remove: ["politiker"]` also drops `*politiker`. */
function plainPattern(pattern: string): string {
  return pattern.replace(/[*+]/g, '').toLocaleLowerCase('sv');
}

export type MatchOptions = {
  include: readonly CompiledList[];
  /** Idioms and other traps: a term overlapping one of these is not a match ("skjut upp mötet"). */
  except?: readonly CompiledList[];
  /** `add` is matched with `extraTag`; `remove` silences built-in terms only, never user terms. */
  extra?: WordLists;
  extraTag?: string;
  /** Further user lists (already compiled with compileUserTerms); like `add`, never removed. */
  user?: readonly CompiledList[];
};

const NONE: readonly CompiledList[] = [];
const JOINED = new WeakMap<readonly CompiledList[], WeakMap<readonly CompiledList[], readonly CompiledList[]>>();

/** `include` then `except`, the same array each time for the same two (listHits keeps its layout). */
function joined(include: readonly CompiledList[], except: readonly CompiledList[]): readonly CompiledList[] {
  let byExcept = JOINED.get(include);
  if (!byExcept) JOINED.set(include, (byExcept = new WeakMap()));
  let lists = byExcept.get(except);
  if (!lists) byExcept.set(except, (lists = [...include, ...except]));
  return lists;
}
let lastInput = '';
let lastNormalized = '';

/** NFC, remembered for the last text: each check asks for the same comment's hits several times. */
function nfc(input: string): string {
  if (input !== lastInput) (lastInput = input), (lastNormalized = input.normalize('NFC'));
  return lastNormalized;
}

/** All vocabulary hits in `text`, exceptions and removed terms dropped, non-overlapping, in text order. */
export function matchTerms(input: string, opts: MatchOptions): TermMatch[] {
  const text = nfc(input);
  const add = opts.extra?.add?.length ? compileUserTerms(opts.extra.add, opts.extraTag ?? 'user') : null;
  const user = add ? [...(opts.user ?? NONE), add] : (opts.user ?? NONE);
  const except = opts.except ?? NONE;
  const lists = user.length === 0 ? joined(opts.include, except) : [...opts.include, ...user, ...except];
  const found = listHits(text, lists);
  if (!found) return [];
  const matches = (from: number, to: number): TermMatch[] => {
    const out: TermMatch[] = [];
    for (let i = from; i < to; i++) out.push(...toMatches(text, lists[i] as List, found[i] as ListHit[]));
    return out;
  };
  const userFrom = opts.include.length;
  const exceptFrom = userFrom + user.length;
  let builtIn = matches(0, userFrom);
  if (opts.extra?.remove?.length) {
    const removed = new Set(opts.extra.remove.map((r) => r.trim().toLocaleLowerCase('sv')));
    builtIn = builtIn.filter((h) => !removed.has(h.text.toLocaleLowerCase('sv')) && !removed.has(plainPattern(h.pattern)));
  }
  const hits = [...builtIn, ...matches(userFrom, exceptFrom)];
  if (hits.length === 0) return [];
  const blocked = matches(exceptFrom, lists.length);
  return pickLongest(hits.filter((h) => !blocked.some((b) => b.start < h.end && h.start < b.end)));
}

/** Leftmost-longest, like a reader would: "kommunstyrelsens ordförande" wins over a part of it. */
export function pickLongest(hits: readonly TermMatch[]): TermMatch[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermMatch[] = [];
  for (const h of sorted) {
    const last = kept[kept.length - 1];
    if (!last || h.start >= last.end) kept.push(h);
  }
  return kept;
}

/** Surface strings in order of first appearance; case-insensitive duplicates collapse to the first. */
export function uniqueTexts(matches: readonly { text: string }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { text } of matches) {
    const key = text.replace(/\s+/g, ' ').toLocaleLowerCase('sv');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}
