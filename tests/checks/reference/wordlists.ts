/**
 * PRE-CHANGE REFERENCE, not product code: lib/checks/wordlists.ts as it was before the one-pass matcher
 * (commit 1a65512), one Unicode-lookaround regex per vocabulary term. Kept only so
 * tests/checks/match-differential.test.ts can hold the new matcher to exactly these results. Do not edit.
 */
/**
 * Shared whole-word matching for the vocabulary checks (political, unlawful).
 *
 * Vocabulary files use a tiny pattern syntax so linguists can edit them without writing regexes:
 *   - words are separated by spaces; any run of whitespace in the text matches a space;
 *   - `word*`   the word followed by any letters (unambiguous stems: `sverigedemokrat*`);
 *   - `*word`   any letters before the word (compounds: `*politiker` → kommunpolitiker);
 *   - `word+`   the word plus an optional Swedish noun inflection (`borgarråd+` → borgarrådet, -en, -s …);
 *   - `a|b`     alternatives for one word position;
 *   - `{w}` / `{w?}`  exactly one / at most one arbitrary word in between.
 * Everything else is literal. Matches are case-insensitive and never start or end inside a word, so
 * `val` does not hit `valp` and å/ä/ö count as letters (plain `\b` would split "mötet" at the ö).
 *
 * User-supplied terms (options page) do NOT use this syntax: they are escaped completely, so a term
 * such as `C++` or `(test)` is matched literally and user text is never compiled as a regex.
 */

export type WordLists = {
  /** Extra terms matched as whole words (case-insensitive, optional Swedish inflection suffix). */
  add?: readonly string[];
  /** Built-in terms to ignore: compared with the matched text and with the pattern it came from. */
  remove?: readonly string[];
};

export type TermMatch = { start: number; end: number; text: string; pattern: string; tag: string };

type Entry = { pattern: string; tag: string; re: RegExp };
export type CompiledList = readonly Entry[];

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}_]';
const BEFORE = `(?<!${WORD_CHAR})`;
const AFTER = `(?!${WORD_CHAR})`;
/** Definite/plural/genitive endings; "t", "a", "e" are left out on purpose (val → valt "chosen"). */
export const INFLECTIONS = [
  'arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'rnas', 'ens', 'ets', 'nas', 'ns',
  'rna', 'ar', 'er', 'or', 'en', 'et', 'na', 's', 'n', 'r',
] as const;
const INFLECTION = `(?:${INFLECTIONS.join('|')})?`;

export function escapeRegExp(s: string): string {
  // Only syntax characters: with the `u` flag, escaping anything else (e.g. `-`) is a SyntaxError.
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** One word position of the pattern syntax, without word boundaries. */
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

export function patternSource(pattern: string): string {
  const tokens = pattern.trim().split(/\s+/);
  let out = '';
  tokens.forEach((token, i) => {
    const sep = i < tokens.length - 1 ? '\\s+' : '';
    if (token === '{w?}') out += `(?:${WORD_CHAR}+\\s+)?`;
    else if (token === '{w}') out += `${WORD_CHAR}+${sep}`;
    else out += `(?:${tokenSource(token)})${sep}`;
  });
  return `${BEFORE}(?:${out})${AFTER}`;
}

export function userTermSource(term: string): string {
  const words = term.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  const inflect = /\p{L}$/u.test(term.trim()) ? INFLECTION : '';
  return `${BEFORE}(?:${words}${inflect})${AFTER}`;
}

// Keyed by the array object itself: vocabularies are module constants and the options page passes the
// same settings arrays on every call, so each list is compiled once instead of once per comment.
const caches = { pattern: new WeakMap<object, Map<string, CompiledList>>(), user: new WeakMap<object, Map<string, CompiledList>>() };

function compileWith(list: readonly string[], tag: string, kind: keyof typeof caches): CompiledList {
  const byTag = caches[kind].get(list) ?? new Map<string, CompiledList>();
  caches[kind].set(list, byTag);
  const hit = byTag.get(tag);
  if (hit) return hit;
  const toSource = kind === 'pattern' ? patternSource : userTermSource;
  const compiled = list
    .filter((p) => p.trim() !== '')
    .map((pattern) => ({ pattern, tag, re: new RegExp(toSource(pattern), 'giu') }));
  byTag.set(tag, compiled);
  return compiled;
}

/** Compiles a built-in vocabulary list (pattern syntax above). */
export function compilePatterns(list: readonly string[], tag: string): CompiledList {
  return compileWith(list, tag, 'pattern');
}

/** Compiles a user list: every term is literal text. */
export function compileUserTerms(list: readonly string[], tag: string): CompiledList {
  return compileWith(list, tag, 'user');
}

export function scan(text: string, list: CompiledList): TermMatch[] {
  const found: TermMatch[] = [];
  for (const { re, pattern, tag } of list) {
    for (const m of text.matchAll(re)) {
      if (m[0] === '') continue;
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], pattern, tag });
    }
  }
  return found;
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

/** All vocabulary hits in `text`, exceptions and removed terms dropped, non-overlapping, in text order. */
export function matchTerms(input: string, opts: MatchOptions): TermMatch[] {
  const text = input.normalize('NFC');
  const removed = new Set((opts.extra?.remove ?? []).map((r) => r.trim().toLocaleLowerCase('sv')));
  const builtIn = opts.include
    .flatMap((l) => scan(text, l))
    .filter((h) => !removed.has(h.text.toLocaleLowerCase('sv')) && !removed.has(plainPattern(h.pattern)));
  const userLists = [...(opts.user ?? [])];
  if (opts.extra?.add?.length) userLists.push(compileUserTerms(opts.extra.add, opts.extraTag ?? 'user'));
  const hits = [...builtIn, ...userLists.flatMap((l) => scan(text, l))];
  const blocked = (opts.except ?? []).flatMap((l) => scan(text, l));
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
