/**
 * Lower case one UTF-16 unit at a time, so the finders can read the text itself instead of a lowered
 * copy of it: lowering 4 MB cost as much as the whole word scan, and the copy was mostly never read.
 *
 * `text.toLowerCase()` changes the length of exactly one character, the dotted İ (U+0130 → "i̇"), and
 * findPersonalData kept İ as it was so that indices stay aligned; every other character lowers to one
 * of the same length, which is what the table holds (BMP only: surrogates are never part of a word).
 * The one context-dependent mapping, Greek final sigma, is read as σ; no vocabulary has Greek letters.
 * tests/checks/personal-data-lower.test.ts checks these claims over all of Unicode.
 */
const LOWER = new Uint16Array(0x10000);
for (let c = 0; c < 0x80; c++) LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;

/** The unit `c` lowered, or `c` itself where lowering would change the length. */
export function lowerUnit(c: number): number {
  const l = LOWER[c] as number;
  if (l !== 0 || c === 0) return l;
  const s = String.fromCharCode(c).toLowerCase();
  return (LOWER[c] = s.length === 1 ? s.charCodeAt(0) : c);
}

/** text.slice(start, end) lowered as findPersonalData's lowered copy had it. */
export function loweredSlice(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  const lowered = raw.toLowerCase();
  // Only İ lowers into two units; without it the native lowering is the table's (σ aside, see above).
  if (lowered.length === raw.length) return lowered;
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(lowerUnit(text.charCodeAt(i)));
  return out;
}

const CHANGES = /(?!\u0130)\p{Changes_When_Lowercased}/u;

/** Whether lowering `text` (İ kept) changes anything: the old copy's `lower !== text`. */
export function changesWhenLowered(text: string): boolean {
  return CHANGES.test(text);
}

// The only characters besides A–Z/Ä/Ö-style capitals that lower into the letters the finders' regexes
// spell out (checked in tests/checks/personal-data-lower.test.ts): Kelvin sign → k, Ångström sign → å.
const EXTRA_UPPER: Record<string, string> = { k: '\u212a', å: '\u212b' };

/**
 * A regex source that matches in the text exactly what `source` (written in lower case) matched in the
 * lowered copy: each literal letter becomes the class of characters that lower into it. Cheaper than
 * lowering the text, and unlike the `i` flag it does not also fold "ſ" into "s".
 */
export function onLowered(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '\\') {
      const rest = source.slice(i);
      const escape = /^\\(?:p\{[^}]*\}|u[0-9a-fA-F]{4}|.)/.exec(rest)?.[0] ?? ch;
      out += escape;
      i += escape.length - 1;
    } else if (ch === '[') {
      const cls = /^\[(?:\\.|[^\]])*\]/.exec(source.slice(i))?.[0] ?? ch;
      if (/\p{L}/u.test(cls.replace(/\\p\{[^}]*\}|\\u[0-9a-fA-F]{4}|\\./g, ''))) throw new Error(`letters in a class are not supported: ${cls}`);
      out += cls;
      i += cls.length - 1;
    } else if (/\p{Ll}/u.test(ch)) {
      const upper = ch.toUpperCase();
      out += `[${ch}${upper.length === 1 && upper !== ch ? upper : ''}${EXTRA_UPPER[ch] ?? ''}]`;
    } else {
      out += ch;
    }
  }
  return out;
}
