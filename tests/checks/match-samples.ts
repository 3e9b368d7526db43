/**
 * Texts for the matcher's differential test: every labelled corpus text, and generated strings built to
 * sit on the edges the old regexes drew: vocabulary phrases with random inflections, compounds, gaps and
 * alternatives, odd casing (ſ, K, İ, ı, ß), glued letters/digits/marks/astral letters, zero-width and
 * non-breaking spaces, decomposed (NFD) letters, and user word lists with punctuation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom } from '../../lib/sites/anonymise/placeholders';
import politicalEn from '../../lib/checks/data/political-en.json';
import politicalSv from '../../lib/checks/data/political-sv.json';
import unlawfulEn from '../../lib/checks/data/unlawful-en.json';
import unlawfulSv from '../../lib/checks/data/unlawful-sv.json';

const HERE = dirname(fileURLToPath(import.meta.url));
const TEXTS = join(HERE, '../fixtures/texts');

/** Mulberry32 (the anonymiser's): the same samples on every run, so a failure can be reproduced. */
export const prng = seededRandom;

function jsonlTexts(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** Every text of every labelled corpus under tests/fixtures/texts (v1 files and the v2 corpus). */
export function corpusTexts(): string[] {
  const files = readdirSync(TEXTS).filter((f) => f.endsWith('.jsonl')).map((f) => join(TEXTS, f));
  return [...files, join(TEXTS, 'corpus/comments.jsonl')].flatMap(jsonlTexts);
}

export type NamedList = { name: string; tag: string; list: string[] };

/** Every built-in pattern list, as the checks compile them. */
export function builtInLists(): NamedList[] {
  const out: NamedList[] = [];
  for (const [lang, v] of [['sv', politicalSv], ['en', politicalEn]] as const) {
    for (const [tag, list] of Object.entries(v.terms)) out.push({ name: `political-${lang} ${tag}`, tag, list });
    out.push({ name: `political-${lang} except`, tag: 'except', list: v.except });
  }
  for (const [lang, v] of [['sv', unlawfulSv], ['en', unlawfulEn]] as const) {
    for (const [ground, spec] of Object.entries(v.grounds) as [string, { terms: string[]; pairs?: string[][] }][]) {
      out.push({ name: `unlawful-${lang} ${ground}`, tag: ground, list: spec.terms });
      (spec.pairs ?? []).forEach((list, i) => out.push({ name: `unlawful-${lang} ${ground} pair ${i}`, tag: ground, list }));
    }
    out.push({ name: `unlawful-${lang} except`, tag: 'except', list: v.except });
  }
  return out;
}

const INFL = ['arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'rnas', 'ens', 'ets', 'nas', 'ns', 'rna', 'ar', 'er', 'or', 'en', 'et', 'na', 's', 'n', 'r'];
const NOT_INFL = ['t', 'a', 'e', 'arn', 'z', '2', '_', 'é', '\u0301'];
const GLUE = ['', '', '', ' ', ' ', '(', ')', '"', '-', "'", '’', 'x', 'Å', '_', '1', '\u0301', '𝐀', '😀', '\u200b', '\u00a0', '.', ',', '!', '?', '#', '@', ':'];
const SEPARATORS = [' ', ' ', ' ', '  ', '\u00a0', '\n', '\t', '\u2009', '\u3000', '\u200b', '-', ', ', '\u00ad', ''];
const EXOTIC: Record<string, string[]> = { s: ['ſ', 'S'], k: ['\u212a', 'K'], i: ['ı', 'İ', 'I'], å: ['\u212b', 'Å', 'a\u030a'], ä: ['Ä', 'a\u0308'], ö: ['Ö', 'o\u0308'], ß: ['ẞ', 'SS'] };

/**
 * Pattern syntax the data does not use yet but the matcher supports (issue 13 will add rules): order of
 * alternatives that share a start, multi-part words, gaps in a row, compounds with endings, `*word*`.
 */
export const SYNTHETIC_PATTERNS = [
  'eu|eu-val', 'eu-val|eu', 'x|x-y|x-y-z', 'a {w?} {w?} b', 'a {w} {w?} b', '*ab+', '*ab*', 'ab*', "o'neil+",
  '*a-b', 'sko+|skola', 'ha ha', 'la {w?} la', 'val|valet av|av', 'kom|kommer {w?} att|at', '*partiet+ {w?} *partiet+',
];

export function generatedTexts(count: number, seed: number, patternList?: readonly string[]): string[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const chance = (p: number) => random() < p;
  const corpus = corpusTexts();
  const patterns = patternList ?? builtInLists().flatMap((l) => l.list);

  const recase = (s: string) =>
    [...s]
      .map((c) => {
        const r = random();
        if (r < 0.08 && EXOTIC[c.toLowerCase()]) return pick(EXOTIC[c.toLowerCase()] as string[]);
        if (r < 0.2) return c.toUpperCase();
        return c;
      })
      .join('');
  const alternative = (alt: string) => {
    let body = alt;
    let head = '';
    let tail = '';
    if (body.startsWith('*')) (body = body.slice(1)), (head = chance(0.6) ? pick(['kommun', 'stads', 'x', 'ö', '2', '']) : '');
    if (body.endsWith('*')) (body = body.slice(0, -1)), (tail = chance(0.6) ? pick(['erna', 'arnas', 'isk', '', '1', 'x\u0301']) : '');
    else if (body.endsWith('+')) (body = body.slice(0, -1)), (tail = chance(0.7) ? pick(INFL) : pick(NOT_INFL));
    return head + recase(body) + tail;
  };
  const instantiate = (pattern: string) => {
    const tokens = pattern.trim().split(/\s+/);
    return tokens
      .map((token, i) => {
        const next = tokens[i + 1];
        // A gap filled with the word that follows it is where trying the gap first or last differs.
        if (token.startsWith('{w') && next && chance(0.3)) return alternative(pick(next.split('|')));
        if (token === '{w}') return pick(['min', 'de', 'ALLA', '3', 'x_y', 'en-två']);
        if (token === '{w?}') return chance(0.5) ? pick(['min', 'de', 'ALLA', '3']) : '';
        return alternative(pick(token.split('|')));
      })
      .filter((w, i, all) => w !== '' || i === all.length - 1)
      .join(pick(SEPARATORS));
  };

  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = chance(0.7) ? pick(corpus) : '';
    const inserts = 1 + Math.floor(random() * 4);
    for (let k = 0; k < inserts; k++) {
      let phrase = chance(0.15) ? `${instantiate(pick(patterns))} ${instantiate(pick(patterns))}` : instantiate(pick(patterns));
      // A phrase right after itself is where a term's matches could overlap (matchAll never lets them).
      if (chance(0.1)) phrase = `${phrase}${pick(SEPARATORS)}${phrase}${pick(SEPARATORS)}${phrase}`;
      const at = Math.floor(random() * (text.length + 1));
      text = text.slice(0, at) + pick(GLUE) + phrase + pick(GLUE) + text.slice(at);
    }
    if (chance(0.05)) text = text.toUpperCase();
    if (chance(0.05)) text = text.normalize('NFD');
    out.push(text);
  }
  return out;
}

/**
 * Party letters in every position the political rules look at: compounds with each hyphen and genitive
 * suffix (inflected, recased, glued), youth wings, lists and size charts, context verbs before and
 * after, megapixels and memory cards, each inside a corpus text.
 */
export function partyLetterTexts(count: number, seed: number): string[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const chance = (p: number) => random() < p;
  const a = politicalSv.abbreviations;
  const corpus = corpusTexts();
  const party = () => (chance(0.9) ? pick(a.parties) : pick(['s', 'm', 'Sd', 'XS', 'ML', 'MUF', 'I']));
  const suffix = (list: readonly string[]) => {
    let alt = pick(pick(list).split('|'));
    let head = '';
    let tail = '';
    if (alt.startsWith('*')) (alt = alt.slice(1)), (head = pick(['', 'kommun', 'Stads', 'x1']));
    if (alt.endsWith('*')) (alt = alt.slice(0, -1)), (tail = pick(['', 'da', 'de', 'ning', '2']));
    else if (alt.endsWith('+')) (alt = alt.slice(0, -1)), (tail = pick([...INFL, ...NOT_INFL]));
    const word = head + alt + tail;
    return chance(0.15) ? word.toUpperCase() : chance(0.1) ? word[0]!.toUpperCase() + word.slice(1) : word;
  };
  const context = (list: readonly string[]) => pick(list).replace(/\*/g, pick(['', 'r', 'de'])).replace(/\+/g, '');
  const shapes: (() => string)[] = [
    () => `${party()}-${suffix(a.hyphenSuffixes)}`,
    () => `${party()}:${suffix(a.genitiveSuffixes)}`,
    () => pick(a.youth),
    () => `(${party()})`,
    () => `${party()}${pick([', ', ' och ', ' & ', '/', ' eller ', ' resp. ', ' samt ', ',', ' and '])}${party()}${chance(0.4) ? ` och ${party()}` : ''}`,
    () => `${context(a.contextBefore)}${pick([' ', '  ', '\n', ''])}${party()}`,
    () => `${party()}${pick([' ', '  ', ''])}${context(a.contextAfter)}`,
    () => `${pick(['12 ', 'vitamin ', 'vitaminet ', '3'])}${party()}${pick(['-kort', ' kort', ' card', ' kamera', ''])}`,
    () => `storlek ${party()}, ${party()} och ${party()}`,
  ];
  return Array.from({ length: count }, () => {
    let text = chance(0.6) ? pick(corpus) : '';
    for (let k = 0; k < 1 + Math.floor(random() * 3); k++) {
      const at = Math.floor(random() * (text.length + 1));
      text = text.slice(0, at) + pick(GLUE) + pick(shapes)() + pick(GLUE) + text.slice(at);
    }
    return text;
  });
}

/** Texts around one user term: glued to letters, symbols and itself, repeated, recased. */
export function aroundTerm(term: string, seed: number): string[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const t = term.trim();
  const out = [`x ${t} y ${t.toUpperCase()}s (${t})`, `${t} ${t} ${t}`, `${t}${t}`, `${t}-${t}`];
  for (let i = 0; i < 12; i++) out.push(`${pick(GLUE)}${pick(GLUE)}${t}${pick(GLUE)}${pick(INFL)}${pick(GLUE)} ${t}`);
  return out;
}

/** User word lists as the options page could hold them: words, phrases, punctuation, syntax look-alikes. */
export function userLists(seed: number): { add: string[]; remove: string[] }[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const words = corpusTexts()
    .flatMap((t) => t.split(/\s+/))
    .filter((w) => w.length > 2)
    .slice(0, 3000);
  const odd = ['C++', '(test)', '#sagoby', 'a.b', 'ö-x', 'e-post', "o'neil", 'x*', 'borgarråd+', '{w}', 'a|b', '100%', '😀',
    ' spaced  term ', 'İstanbul', 'ſtraße', 'STRASSE', 'mötet', 'val', 'rösta på', 'skjut', 'SD', 'dö', '\u00a0nbsp\u00a0term', '2024',
    'ha ha', 'la la la', '-x-', '...', 'a-', '-a', "'", '+46', 'x__y', 'é\u0301'];
  const patterns = builtInLists().flatMap((l) => l.list);
  return Array.from({ length: 24 }, () => {
    const add = Array.from({ length: 1 + Math.floor(random() * 5) }, () =>
      random() < 0.4 ? pick(odd) : random() < 0.5 ? pick(words) : `${pick(words)} ${pick(words)}`,
    );
    const remove = Array.from({ length: Math.floor(random() * 4) }, () =>
      random() < 0.6 ? pick(patterns) : pick(patterns).replace(/[*+]/g, '').toUpperCase(),
    );
    return { add, remove };
  });
}
