/**
 * Word models beside the rule-based checks: a linear model (logistic regression) over the words of a
 * comment, their first five letters (a crude Swedish stem: "skjuter", "skjutas" → "skjut") and pairs of
 * neighbouring stems, trained on the labelled corpus (tests/checks/corpus, `npm run train:models`). One
 * model per kind where rules alone miss too much on fresh text: unlawful content and minors.
 *
 * Why: rules catch the wordings they were written from; on each fresh set of comments the unlawful rules
 * found only about two in three (issue 13). A model generalises from *how* threats, hate and offers read
 * ("ska", "få se", "akta", "🔪", "sprid") rather than from exact phrases. A model only adds flags a human
 * then judges, where no rule fired: it never decides and never removes. Its "why" is the words that
 * weighed most, highlighted like the rules' spans.
 *
 * Pure and small: a table lookup per word, stem and pair; no regex per term. Runs in the background only.
 */
import type { TermMatch } from './wordlists';

/** How the model reads text: also used by the trainer, so training and use cannot drift apart. */
export const STEM_LENGTH = 5;
const WORD = /[\p{L}\p{N}]+|\p{Extended_Pictographic}/gu;

export interface Token {
  word: string;
  stem: string;
  start: number;
  end: number;
}

export function tokenize(normalized: string): Token[] {
  const lower = normalized.toLowerCase();
  const tokens: Token[] = [];
  // toLowerCase keeps the length of Swedish and English text; where it would not, positions are not trusted.
  const aligned = lower.length === normalized.length;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const word = m[0];
    const start = aligned ? m.index : 0;
    const end = aligned ? m.index + word.length : normalized.length;
    tokens.push({ word, stem: stemOf(word), start, end });
  }
  return tokens;
}

const SURROGATE = /[\uD800-\uDFFF]/;

function stemOf(word: string): string {
  if (word.length <= STEM_LENGTH) return word;
  // By code point: a letter outside the BMP must not be cut in half.
  return SURROGATE.test(word) ? Array.from(word).slice(0, STEM_LENGTH).join('') : word.slice(0, STEM_LENGTH);
}

/** One feature occurrence: its name and the span of text it covers. */
export interface Feature {
  name: string;
  start: number;
  end: number;
}

/** A word (`w:`), a stem (`s:`) or a pair of neighbouring stems (`b:first_second`). */
type FeatureKind = 'w' | 's' | 'b';

/**
 * Visits every feature of the text once (its first occurrence), in text order: the definition of what a model reads,
 * which the trainer (`features`) uses. Scoring walks the same words without making their strings (`resolved`); a test
 * holds the two together (tests/checks/word-models.test.ts, every corpus text scored both ways).
 */
function eachFeature(tokens: readonly Token[], visit: (kind: FeatureKind, key: string, second: string | undefined, start: number, end: number) => void): void {
  const words = new Set<string>();
  const stems = new Set<string>();
  const pairs = new Map<string, Set<string>>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!words.has(t.word)) {
      words.add(t.word);
      visit('w', t.word, undefined, t.start, t.end);
    }
    if (!stems.has(t.stem)) {
      stems.add(t.stem);
      visit('s', t.stem, undefined, t.start, t.end);
    }
    const prev = i > 0 ? tokens[i - 1]! : undefined;
    if (!prev) continue;
    let after = pairs.get(prev.stem);
    if (!after) pairs.set(prev.stem, (after = new Set()));
    if (!after.has(t.stem)) {
      after.add(t.stem);
      visit('b', prev.stem, t.stem, prev.start, t.end);
    }
  }
}

/** Every feature of the text, each name once (first occurrence): words `w:`, stems `s:`, stem pairs `b:`. */
export function features(tokens: readonly Token[]): Feature[] {
  const out: Feature[] = [];
  eachFeature(tokens, (kind, key, second, start, end) => {
    // Stems never contain "_" (it is not a letter or digit), so it can join a pair's name.
    out.push({ name: second === undefined ? `${kind}:${key}` : `${kind}:${key}_${second}`, start, end });
  });
  return out;
}

export interface WordModelData {
  /** What it was trained on and how, for the README and the about text. */
  about: { trainedOn: string[]; items: number; positives: number; features: number; stemLength: number };
  /** Flag at or above this probability. */
  threshold: number;
  bias: number;
  /**
   * The features' names (`w:word`, `s:stem`, `b:first_second`), one per line, and each one's weight in thousandths in the
   * same order (see packWeights). Not an object keyed by name: the background reads the models each time it starts, and
   * an object of 45,000 keys took about 90 ms to parse and 150 ms more to sort into the lookup tables; a string and an
   * array of integers parse in a few milliseconds.
   */
  names: string;
  weights: number[];
}

/** Weights by feature name (rounded to thousandths, as the trainer keeps them) in the form WordModelData stores. */
export function packWeights(weights: Readonly<Record<string, number>>): Pick<WordModelData, 'names' | 'weights'> {
  const entries = Object.entries(weights);
  return { names: entries.map(([name]) => name).join('\n'), weights: entries.map(([, w]) => Math.round(w * 1000)) };
}

/**
 * The features of every model read so far, each given a number once: a comment is read by up to three models (unlawful,
 * minor, request), nearly always in the same normalised text, and its words, stems and pairs are now looked up once for
 * all of them instead of once per model. Each model keeps its weights in an array by that number (NaN where the feature
 * is not its own). Looking up tens of thousands of names per model was a fifth of the background's time judging a page.
 */
const dictionary = { size: 0 };

// The first characters of the names: "w:word", "s:stem", "b:stem_stem".
const W = 119; /* w */
const S = 115; /* s */
const B = 98; /* b */
const COLON = 58;
const JOIN = 95; /* _ */

/** The number of the name names[at, end) ("w:…", "s:…", "b:…_…"), given it now if it has none. */
function idOf(names: string, at: number, end: number): number {
  hashStart();
  hashRange(names, at, end);
  const known = hashedId();
  if (known !== undefined) return known;
  const id = dictionary.size++;
  addHashed(hashedA(), hashB, id);
  return id;
}

/*
 * The numbers by a 64-bit hash of the names, in one typed array (open addressing, three integers a slot: the hash's
 * halves and the number + 1). A text's words, stems and pairs are hashed from its characters where they stand and looked
 * up here. Until stop 56 they were cut out as strings and looked up by name in maps (of words, of stems, and of pairs by
 * their first stem), and those maps' misses in the processor's caches made reading a comment's features 25–30 µs, an
 * eighth of judging it; reading the three models' names into them took 70–80 ms in Node.
 * Two names sharing a 64-bit hash would be read as one; with about 10^5 names, a word not among them takes another's
 * weight about once in 10^14 words.
 */
// Sized for the built-in models' 74,000 distinct names (56% full; it grows past 60%), so a cold background need not grow
// it: 1.5 MB.
let slots = new Int32Array(3 << 17);
let slotMask = (1 << 17) - 1;
let filled = 0;

function place(a: number, b: number, id: number): void {
  let i = a & slotMask;
  while (slots[i * 3 + 2] !== 0) i = (i + 1) & slotMask;
  slots[i * 3] = a;
  slots[i * 3 + 1] = b;
  slots[i * 3 + 2] = id + 1;
}

function addHashed(a: number, b: number, id: number): void {
  if ((filled + 1) * 10 > (slotMask + 1) * 6) {
    const old = slots;
    slotMask = slotMask * 2 + 1;
    slots = new Int32Array((slotMask + 1) * 3);
    for (let i = 0; i < old.length; i += 3) if (old[i + 2] !== 0) place(old[i]!, old[i + 1]!, old[i + 2]! - 1);
  }
  place(a, b, id);
  filled++;
}

/** The feature numbered for the name last hashed, or undefined. */
function hashedId(): number | undefined {
  const a = hashedA();
  const b = hashB;
  for (let i = a & slotMask; ; i = (i + 1) & slotMask) {
    const v = slots[i * 3 + 2]!;
    if (v === 0) return undefined;
    if (slots[i * 3] === a && slots[i * 3 + 1] === b) return v - 1;
  }
}

// Two independent 32-bit hashes over UTF-16 units, fed a piece at a time (FNV-1a, and a multiply-xorshift one).
let hashA = 0;
let hashB = 0;
function hashStart(): void {
  hashA = 0x811c9dc5;
  hashB = 0x9747b28c;
}
function hashUnit(c: number): void {
  hashA = Math.imul(hashA ^ c, 0x01000193);
  hashB = Math.imul(hashB ^ c, 0x5bd1e995);
  hashB ^= hashB >>> 13;
}
function hashRange(s: string, from: number, to: number): void {
  for (let i = from; i < to; i++) hashUnit(s.charCodeAt(i));
}
/** FNV's low bits, which pick the slot, mixed with its high ones. */
function hashedA(): number {
  let a = hashA ^ (hashA >>> 16);
  a = Math.imul(a, 0x85ebca6b);
  return a ^ (a >>> 13);
}

/** A model's weights by feature number, and its features of the whole text (`x:…`, see request-model.ts) by name. */
interface Tables {
  extras: Map<string, number>;
  weights: Float64Array;
}

function tables(data: Pick<WordModelData, 'names' | 'weights'>): Tables {
  const extras = new Map<string, number>();
  const all = data.names;
  if (all === '') return { extras, weights: new Float64Array(0) };
  const ids: number[] = [];
  const values: number[] = [];
  // Read straight from the one string of names ("w:…\ns:…\nb:…_…"), each hashed where it stands: no string is made per
  // name (until stop 53 two or three were, a split and the slices, and the three models' 180,000 names took 196–206 ms to
  // read in Node; 162–169 ms with one slice each). A cold background pays this before its first answer.
  for (let i = 0, at = 0; at < all.length; i++) {
    let end = all.indexOf('\n', at);
    if (end < 0) end = all.length;
    // Thousandths divided back: the same number as the decimal the weight was rounded to.
    const w = (data.weights[i] ?? 0) / 1000;
    const kind = all.charCodeAt(at);
    const colon = all.charCodeAt(at + 1) === 58; /* : */
    let id = -1;
    if (colon && (kind === W || kind === S)) id = idOf(all, at, end);
    else if (colon && kind === 120 /* x */) extras.set(all.slice(at, end), w);
    else if (colon && kind === B) {
      // A pair joins its stems with "_" (see eachFeature): a name without one is no pair.
      const cut = all.indexOf('_', at + 2);
      if (cut >= 0 && cut < end) id = idOf(all, at, end);
    }
    if (id >= 0) {
      ids.push(id);
      values.push(w);
    }
    at = end + 1;
  }
  const weights = new Float64Array(dictionary.size).fill(Number.NaN);
  for (let i = 0; i < ids.length; i++) weights[ids[i]!] = values[i]!;
  return { extras, weights };
}

const TABLES = new WeakMap<WordModelData, Tables>();

function tablesOf(data: WordModelData): Tables {
  let t = TABLES.get(data);
  if (!t) TABLES.set(data, (t = tables(data)));
  return t;
}

/**
 * A text's features that some model knows, in the order eachFeature visits them, flat: number, start, end. Kept for the
 * last few texts read (the models of one comment read the same text one after the other); made again when a model
 * read since has added features.
 */
interface Resolved {
  size: number;
  found: Int32Array;
}
const RESOLVED = new Map<string, Resolved>();
const RESOLVED_KEPT = 8;

/** When each numbered feature was last found, by reading (see `resolved`): a feature is kept at its first occurrence. */
let foundIn = new Int32Array(0);
let reading = 0;

/** Where the stem of the word at [start, end) ends: its first STEM_LENGTH code points (see stemOf). */
function stemEnd(s: string, start: number, end: number): number {
  let i = start;
  for (let n = 0; n < STEM_LENGTH && i < end; n++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < end ? 2 : 1;
  }
  return i;
}

/**
 * eachFeature's walk over tokenize's words for scoring, each word, stem and pair hashed where it stands in the
 * lower-cased text rather than cut out and looked up by name. A feature is told once by its number, which stands for
 * one name, so keeping its first occurrence keeps what eachFeature keeps.
 */
function resolved(normalized: string): Int32Array {
  const known = RESOLVED.get(normalized);
  if (known && known.size === dictionary.size) return known.found;
  if (foundIn.length < dictionary.size) foundIn = new Int32Array(dictionary.size + 1024);
  const now = ++reading;
  const out: number[] = [];
  const tell = (id: number | undefined, start: number, end: number) => {
    if (id === undefined || foundIn[id] === now) return;
    foundIn[id] = now;
    out.push(id, start, end);
  };
  const lower = normalized.toLowerCase();
  const aligned = lower.length === normalized.length;
  let prevFrom = -1;
  let prevStem = 0;
  let prevStart = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const from = m.index;
    const to = from + m[0].length;
    const stem = stemEnd(lower, from, to);
    const start = aligned ? from : 0;
    const end = aligned ? to : normalized.length;
    hashStart();
    hashUnit(W);
    hashUnit(COLON);
    hashRange(lower, from, to);
    tell(hashedId(), start, end);
    hashStart();
    hashUnit(S);
    hashUnit(COLON);
    hashRange(lower, from, stem);
    tell(hashedId(), start, end);
    if (prevFrom >= 0) {
      hashStart();
      hashUnit(B);
      hashUnit(COLON);
      hashRange(lower, prevFrom, prevStem);
      hashUnit(JOIN);
      hashRange(lower, from, stem);
      tell(hashedId(), prevStart, end);
    }
    prevFrom = from;
    prevStem = stem;
    prevStart = start;
  }
  const found = Int32Array.from(out);
  RESOLVED.delete(normalized);
  RESOLVED.set(normalized, { size: dictionary.size, found });
  if (RESOLVED.size > RESOLVED_KEPT) RESOLVED.delete(RESOLVED.keys().next().value!);
  return found;
}

export interface ModelReading {
  /** Probability-like score in 0…1. */
  score: number;
  flagged: boolean;
  /** The spans of the features that weighed most for the flag (at most three), in text order. */
  why: { start: number; end: number }[];
}

const WHY = 3;

/**
 * Scores already normalised text (evasions undone, see normalize.ts) with `data`'s model. `extras`: the names of features
 * of the whole text that are not words (`x:…`), for a model trained with them; they weigh in but mark no span.
 */
export function readWithModel(normalized: string, data: WordModelData, extras: readonly string[] = []): ModelReading {
  const { weights, extras: byName } = tablesOf(data);
  let z = data.bias;
  if (extras.length > 0) for (const name of new Set(extras)) z += byName.get(name) ?? 0;
  // What each of the model's features added is kept (flat: start, end, weight) for the "why" of a flag.
  const found: number[] = [];
  const features = resolved(normalized);
  for (let i = 0; i < features.length; i += 3) {
    const w = weights[features[i]!];
    // Not this model's feature (NaN), or numbered after it was read (undefined).
    if (w === undefined || Number.isNaN(w)) continue;
    z += w;
    found.push(features[i + 1]!, features[i + 2]!, w);
  }
  const score = 1 / (1 + Math.exp(-z));
  const flagged = score >= data.threshold;
  return { score, flagged, why: flagged ? heaviest(spansOf(found)) : [] };
}

// What each stretch of text added: a word's own and its stem's weight count together.
function spansOf(found: readonly number[]): { w: number; start: number; end: number }[] {
  const bySpan = new Map<string, { w: number; start: number; end: number }>();
  for (let i = 0; i < found.length; i += 3) {
    const start = found[i]!, end = found[i + 1]!, w = found[i + 2]!;
    const key = `${start}:${end}`;
    const known = bySpan.get(key);
    if (known) known.w += w;
    else bySpan.set(key, { w, start, end });
  }
  return [...bySpan.values()];
}

/** The spans that weighed most for the flag, at most WHY, not overlapping each other, in text order. */
function heaviest(spans: { w: number; start: number; end: number }[]): { start: number; end: number }[] {
  const picked: { start: number; end: number }[] = [];
  for (const s of spans.filter((x) => x.w > 0).sort((a, b) => b.w - a.w || a.start - b.start)) {
    if (picked.length === WHY) break;
    if (picked.some((p) => p.start < s.end && s.start < p.end)) continue;
    picked.push({ start: s.start, end: s.end });
  }
  return picked.sort((a, b) => a.start - b.start);
}

/**
 * The spans a model flags `normalized` by, as matches tagged `tag` (none when it does not flag). A span
 * that is a word the office has taken off its word lists (`remove`) is dropped; with none left, no flag.
 */
export function modelMatches(normalized: string, data: WordModelData, tag: string, remove?: readonly string[]): TermMatch[] {
  const reading = readWithModel(normalized, data);
  if (!reading.flagged) return [];
  const removed = new Set((remove ?? []).map((r) => r.trim().toLocaleLowerCase('sv')));
  return reading.why
    .map(({ start, end }) => ({ start, end, text: normalized.slice(start, end), pattern: tag, tag }))
    .filter((h) => !removed.has(h.text.toLocaleLowerCase('sv')));
}
