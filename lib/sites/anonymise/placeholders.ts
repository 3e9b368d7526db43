/**
 * Placeholder characters for an anonymised page copy: every letter becomes another letter of the same
 * script and case, every digit another digit, every emoji one placeholder emoji; spaces and punctuation
 * stay, so the text keeps its length, lines and shape but none of what was written.
 */

export type Random = () => number;

/** A small deterministic generator (mulberry32): the same seed gives the same copy, for tests. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const EMOJI_PLACEHOLDER = '🔹';

const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Latin}/u, 'abcdefghijklmnopqrstuvwxyz'],
  [/\p{Script=Cyrillic}/u, 'абвгдежзиклмнопрстуфхцчшэюя'],
  [/\p{Script=Greek}/u, 'αβγδεζηθικλμνξοπρστυφχψω'],
  [/\p{Script=Arabic}/u, 'بتثجحخدذرزسشصضطظعغفقكلمنهوي'],
  [/\p{Script=Hebrew}/u, 'אבגדהוזחטיכלמנסעפצקרשת'],
  [/\p{Script=Han}/u, '字文中人大山水火木金土日月'],
  [/\p{Script=Hiragana}/u, 'あいうえおかきくけこさしすせそ'],
  [/\p{Script=Katakana}/u, 'アイウエオカキクケコサシスセソ'],
  [/\p{Script=Hangul}/u, '가나다라마바사아자차카타파하'],
  [/\p{Script=Thai}/u, 'กขคงจฉชซฌญฎฏฐ'],
  [/\p{Script=Devanagari}/u, 'कखगघचछजझटठडढणतथ'],
];
const LATIN = SCRIPTS[0]![1];

/** One character of `alphabet` other than `original` (so no letter or digit survives in place). */
function other(alphabet: string, original: string, random: Random): string {
  const chars = Array.from(alphabet);
  for (let attempt = 0; attempt < 8; attempt++) {
    const pick = chars[Math.floor(random() * chars.length)]!;
    if (pick !== original) return pick;
  }
  return chars.find((c) => c !== original) ?? chars[0]!;
}

export function placeholderLetter(char: string, random: Random): string {
  const lower = char.toLowerCase();
  const alphabet = SCRIPTS.find(([script]) => script.test(char))?.[1] ?? LATIN;
  const pick = other(alphabet, lower, random);
  return char !== lower || (char === char.toUpperCase() && char !== lower) ? pick.toUpperCase() : pick;
}

export function placeholderDigit(char: string, random: Random): string {
  return other('0123456789', char, random);
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const LETTER = /\p{L}/u;
const MARK = /\p{M}|\u200d|\ufe0f/u;
const DIGIT = /\p{Nd}/u;

function graphemes(text: string): string[] {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Segmenter) return Array.from(text);
  return Array.from(new Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
}

/** Text of the same length and shape: letters → letters (same script and case), digits → digits, emoji → one placeholder. */
export function placeholderText(text: string, random: Random): string {
  let out = '';
  for (const grapheme of graphemes(text)) {
    if (PICTOGRAPHIC.test(grapheme)) {
      out += EMOJI_PLACEHOLDER;
      continue;
    }
    for (const char of grapheme) {
      if (LETTER.test(char)) out += placeholderLetter(char, random);
      else if (DIGIT.test(char)) out += placeholderDigit(char, random);
      else if (!MARK.test(char)) out += char;
    }
  }
  return out;
}
