/**
 * Case-sensitive whole-word lookup on the shared atoms, for hand-written rules that can only match
 * where one of a few words stands (the political check's party letters): most comments contain none of
 * them, and a look at the atoms already split for the vocabularies is cheaper than running the rules.
 */
import * as tokens from './tokens';

const { tokenize, WORD } = tokens;
const ONE_WORD = /^[\p{L}\p{M}\p{N}_]+$/u;

export class WordSet {
  private readonly words: ReadonlySet<string>;
  private readonly firstUnits = new Set<number>();
  private readonly maxLength: number;

  /** Every word must be one word atom (letters, marks, digits, "_"), or the lookup could miss it. */
  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      if (!ONE_WORD.test(w)) throw new Error(`not a single word: "${w}"`);
      this.firstUnits.add(w.charCodeAt(0));
    }
    this.maxLength = Math.max(0, ...[...this.words].map((w) => w.length));
  }

  /** True when a word atom of `text` is exactly one of the words. */
  inText(text: string): boolean {
    return this.scan(text, true).length > 0;
  }

  /** Every word atom of `text` that is exactly one of the words, as [start, end], in text order. */
  find(text: string): [number, number][] {
    return this.scan(text, false);
  }

  private scan(text: string, firstOnly: boolean): [number, number][] {
    const found: [number, number][] = [];
    const t = tokenize(text);
    for (let a = 0; a < t.count; a++) {
      if (t.kind[a] !== WORD) continue;
      const s = t.start[a] as number;
      const e = t.end[a] as number;
      if (e - s > this.maxLength || !this.firstUnits.has(text.charCodeAt(s))) continue;
      if (!this.words.has(text.slice(s, e))) continue;
      found.push([s, e]);
      if (firstOnly) break;
    }
    return found;
  }
}
