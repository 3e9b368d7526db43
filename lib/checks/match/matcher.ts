/**
 * Many vocabulary terms matched in one pass over a text's atoms. Each term's first word is indexed in a
 * trie of case-folded code points (forwards for literal starts, backwards for `*word` compounds), so an
 * atom costs a couple of map lookups whatever the vocabulary's size; only the few terms whose first word
 * fits are then checked in full (./verify.ts).
 *
 * Results are those of the regexes this replaced, `matchAll` per term: for each term, left to right,
 * non-overlapping, and at each start the first alternative (in the written order, an optional gap tried
 * with a word first) that completes. tests/checks/match-differential.test.ts holds the two side by side.
 */
import * as chars from './chars';
import * as syntax from './terms';
import type { Alternative, Part, Position, Term } from './terms';
import * as tokens from './tokens';
import type { Tokens } from './tokens';
import { matchFrom } from './verify';

// Read once: test runners load modules as CommonJS with a getter per export, one call per use, and
// these run for every character of every comment.
const { ASCII_FOLDS, fold } = chars;
const { EXACT, INFLECTED, INFLECTIONS, LETTERS } = syntax;
const { codePointAt, codePointBefore, OTHER, SPACE, WORD } = tokens;

export interface Hit {
  /** Index into the matcher's terms. */
  readonly term: number;
  readonly start: number;
  readonly end: number;
}

interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Terms that may match wherever the walk reaches this node (more letters may follow). */
  terms: number[] | null;
  /** Terms whose first word must be the whole atom: only when the walk ends the atom here. */
  whole: number[] | null;
}

const trieNode = (): TrieNode => ({ next: null, terms: null, whole: null });

/**
 * The folded first code points the term's second word may start with, when its first position is one
 * atom and its second a word right after one space ("är ohyra", "i läger"); else null. A term found by
 * an everyday first word ("i", "är", "det") is then dropped without a full check when the next word
 * cannot start it: the check would fail at that word anyway.
 */
function secondWordStarts(term: Term): Set<number> | null {
  const [first, second] = term.positions;
  if (term.caseSensitive || !first || !second || first.gap !== null || second.gap !== null) return null;
  if (first.alternatives.some((alt) => alt.length !== 1)) return null;
  const starts = new Set<number>();
  for (const alt of second.alternatives) {
    const part = alt[0];
    if (!part?.word || part.anyBefore || part.lit.length === 0) return null;
    starts.add(part.lit[0] as number);
  }
  return starts;
}

function insert(root: TrieNode, path: readonly number[], term: number, whole: boolean): void {
  let node = root;
  for (const cp of path) {
    node.next ??= new Map();
    let child = node.next.get(cp);
    if (!child) node.next.set(cp, (child = trieNode()));
    node = child;
  }
  const list = whole ? (node.whole ??= []) : (node.terms ??= []);
  if (!list.includes(term)) list.push(term);
}

export class Matcher {
  private readonly forward = trieNode();
  private readonly backward = trieNode();
  private readonly bySymbol = new Map<number, number[]>();
  /** `*word*` first words: no trie can find a word in the middle, so they are tried on every word. */
  private readonly anywhere: number[] = [];
  private readonly lastEnd: Int32Array;
  private readonly lastScan: Int32Array;
  private readonly seenAt: Int32Array;
  private scans = 0;
  private atoms = 0;
  private memo: { text: string; hits: Hit[] } | null = null;
  private candidates = new Int32Array(64);
  private candidateCount = 0;
  private readonly secondStarts: (Set<number> | null)[];

  constructor(readonly terms: readonly Term[]) {
    this.lastEnd = new Int32Array(terms.length);
    this.lastScan = new Int32Array(terms.length);
    this.seenAt = new Int32Array(terms.length);
    this.secondStarts = terms.map(secondWordStarts);
    terms.forEach((term, i) => {
      const first = term.positions[0] as Position;
      if (first.gap !== null) throw new Error(`a term must start with a word: "${term.pattern}"`);
      for (const alt of first.alternatives) this.index(alt, i, term.caseSensitive);
    });
  }

  private index(alt: Alternative, term: number, cs: boolean): void {
    const part = alt[0] as Part;
    // The trie is keyed by folded code points; a case-sensitive term is found that way and then verified.
    const key = (cps: readonly number[]) => (cs ? cps.map(fold) : cps);
    if (!part.word) {
      const c = cs ? fold(part.cp) : part.cp;
      const list = this.bySymbol.get(c) ?? [];
      if (!list.includes(term)) list.push(term);
      this.bySymbol.set(c, list);
    } else if (!part.anyBefore) {
      // A first word followed by nothing more in its atom (or by a symbol) must be the whole atom.
      insert(this.forward, key(part.lit), term, alt.length > 1 || part.after === EXACT);
    } else if (alt.length === 1 && part.after === LETTERS) {
      if (!this.anywhere.includes(term)) this.anywhere.push(term);
    } else {
      const endings = alt.length === 1 && part.after === INFLECTED ? ['', ...INFLECTIONS] : [''];
      for (const ending of endings) {
        insert(this.backward, [...key(part.lit), ...[...ending].map((c) => c.codePointAt(0) as number)].reverse(), term, false);
      }
    }
  }

  private collect(terms: readonly number[] | null, stamp: number): void {
    if (terms === null) return;
    for (const term of terms) {
      if (this.seenAt[term] === stamp) continue;
      this.seenAt[term] = stamp;
      if (this.candidateCount === this.candidates.length) {
        const grown = new Int32Array(this.candidates.length * 2);
        grown.set(this.candidates);
        this.candidates = grown;
      }
      this.candidates[this.candidateCount++] = term;
    }
  }

  /** Walks a trie along the folded code points of text[start, end), forwards or backwards. */
  private walk(root: TrieNode, text: string, start: number, end: number, backwards: boolean, stamp: number): void {
    let node = root;
    let i = backwards ? end - 1 : start;
    while (node.next !== null && i >= start && i < end) {
      let cp = text.charCodeAt(i);
      let len = 1;
      if (cp >= 0xd800 && cp < 0xe000) {
        cp = backwards ? codePointBefore(text, i + 1) : codePointAt(text, i);
        if (cp > 0xffff) len = 2;
      }
      const child = node.next.get(cp < 0x80 ? (ASCII_FOLDS[cp] as number) : fold(cp));
      if (child === undefined) return;
      node = child;
      this.collect(node.terms, stamp);
      i += backwards ? -len : len;
    }
    if (!backwards && i === end) this.collect(node.whole, stamp);
  }

  /** Every term's matches in `t`, in text order. The last text's result is kept (checks ask twice). */
  scan(t: Tokens): readonly Hit[] {
    if (this.memo !== null && this.memo.text === t.text) return this.memo.hits;
    const hits: Hit[] = [];
    const scan = ++this.scans;
    const text = t.text;
    for (let a = 0; a < t.count; a++) {
      const kind = t.kind[a];
      const start = t.start[a] as number;
      const stamp = ++this.atoms;
      this.candidateCount = 0;
      if (kind === WORD) {
        const end = t.end[a] as number;
        this.walk(this.forward, text, start, end, false, stamp);
        this.walk(this.backward, text, start, end, true, stamp);
        if (this.anywhere.length > 0) this.collect(this.anywhere, stamp);
      } else if (kind === OTHER && this.bySymbol.size > 0) {
        this.collect(this.bySymbol.get(fold(codePointAt(text, start))) ?? null, stamp);
      }
      for (let c = 0; c < this.candidateCount; c++) {
        const term = this.candidates[c] as number;
        // matchAll resumes where the term's previous match ended: its matches never overlap.
        if (this.lastScan[term] === scan && start < (this.lastEnd[term] as number)) continue;
        const starts = this.secondStarts[term];
        if (starts) {
          const b = a + 2;
          if (b >= t.count || t.kind[a + 1] !== SPACE || t.kind[b] !== WORD) continue;
          const cp = codePointAt(text, t.start[b] as number);
          if (!starts.has(cp < 0x80 ? (ASCII_FOLDS[cp] as number) : fold(cp))) continue;
        }
        const end = matchFrom(t, this.terms[term] as Term, 0, a);
        if (end < 0) continue;
        hits.push({ term, start, end });
        this.lastScan[term] = scan;
        this.lastEnd[term] = end;
      }
    }
    // Atoms come in text order, but the terms found at one atom come in trie order: settle ties by term.
    if (hits.length > 1) hits.sort((x, y) => x.start - y.start || x.term - y.term);
    this.memo = { text, hits };
    return hits;
  }
}
