/**
 * Texts for the personal-data differential test: the corpora plus generated comments dense in the
 * shapes each finder looks at (identity, phone, postal, street, bank, giro, IBAN, e-mail, art. 9
 * vocabulary with its endings, compounds and phrases, minors), recased and glued in the ways that
 * test case mapping (Kelvin sign, long s, Ångström sign, dotted İ, Greek final sigma) and word edges.
 */
import enVocab from '../../lib/checks/data/sensitive-en.json';
import svVocab from '../../lib/checks/data/sensitive-sv.json';
import { corpusTexts, prng } from './match-samples';

type Category = { stems: string[]; tails: string[]; phrases: string[]; exclude: string[]; lists?: Record<string, string[]> };
type Vocabulary = { suffixes: string[]; categories: Record<string, Category> };

/** A random instance of a phrase source: `(?:a|b)` picks one, `(?:x)?` may drop, `{list}` picks an item. */
function instantiate(source: string, lists: Record<string, string[]>, random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  let s = source.replace(/\{(\w+)\}/g, (_, name: string) => pick(lists[name] ?? ['x']));
  for (let guard = 0; guard < 20 && /\(\?:[^()]*\)\??/.test(s); guard++) {
    s = s.replace(/\(\?:([^()]*)\)(\?)?/, (_, body: string, optional?: string) => (optional && random() < 0.4 ? '' : pick(body.split('|'))));
  }
  return s.replace(/\[([^\]]+)\]/g, (_, cls: string) => pick([...cls.replace(/-/g, '')])).replace(/\\s\+/g, ' ');
}

export function personalDataTexts(count: number, seed: number): string[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const chance = (p: number) => random() < p;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  const corpus = corpusTexts();
  const vocabularies = [svVocab, enVocab] as Vocabulary[];
  const recase = (s: string) => {
    const r = random();
    if (r < 0.15) return s.toUpperCase();
    if (r < 0.3) return s.charAt(0).toUpperCase() + s.slice(1);
    if (r < 0.38) return s.replace(/k/g, '\u212a').replace(/s/g, 'ſ').replace(/å/g, '\u212b').replace(/i/g, 'İ');
    return s;
  };
  const sensitive = () => {
    const v = pick(vocabularies);
    const cat = pick(Object.values(v.categories));
    const r = random();
    if (r < 0.35 && cat.stems.length) return recase(pick(cat.stems) + pick(v.suffixes));
    if (r < 0.55 && cat.tails.length) return recase(pick(['lung', 'bröst', 'x', 'ab', '']) + pick(cat.tails) + pick(['', 'en', 'n', 'er', 'arna', 'ns']));
    if (r < 0.8 && cat.phrases.length) return recase(instantiate(pick(cat.phrases), cat.lists ?? {}, random));
    if (cat.exclude.length) return recase(pick(cat.exclude));
    return `${pick(['Kristen', 'Muslim', 'Gay'])} ${pick(['Andersson', 'Aid', 'pride'])}`;
  };
  const sep = () => pick([' ', '-', '', '\u00a0', ' - ', '/', '–', '+']);
  const shapes: (() => string)[] = [
    sensitive,
    sensitive,
    () => recase(`${pick(['min son', 'min dotter', 'vårt barn', 'jag', 'my daughter', "I'm", 'sonen'])} ${pick(['är', 'fyller', 'is', 'går i', 'blir'])} ${pick([String(Math.floor(random() * 40)), 'trean', 'åk 4', 'förskolan', '3rd grade'])}${pick(['', ' år', ' years old', ' minuter'])}`),
    () => `${pick(['19', '20', ''])}${digits(6)}${pick(['-', '+', ' ', ''])}${digits(4)}`,
    () => `${pick(['070', '08', '+46 70', '0046 8', '031'])}${sep()}${digits(3)} ${digits(2)} ${digits(2)}`,
    () => `${pick(['SE-', 'se ', 'Postnummer: ', ''])}${1 + Math.floor(random() * 9)}${digits(2)}${pick([' ', ''])}${digits(2)}${pick([' Sagoby', ' Jag', '', ' kr'])}`,
    () => `${recase(pick(['Storgatan', 'Lingonstigen', 'drottninggatan', 'Kyrkbacken', 'Riksväg', 'Stora torget']))}${pick([' ', '\u00a0', '  '])}${1 + Math.floor(random() * 120)}${pick(['', ' B', ', lgh 1101', ' min'])}`,
    () => `${recase(pick(['kontonummer', 'konto', 'Kontot', 'clearing', 'swish', 'bankkonto', 'account number', 'e-konto', 'konto1']))}${pick([': ', ' ', ' är ', ' till mitt ', ''])}${1 + Math.floor(random() * 9)}${digits(3)}${pick(['-', ' ', ', '])}${digits(pick([3, 7, 10]))}`,
    () => `${recase(pick(['bankgiro', 'BG', 'plusgiro', 'pg', 'bankgirot']))}${pick([' ', ': ', ' nr '])}${digits(pick([3, 4]))}-${digits(pick([1, 4]))}`,
    () => `${pick(['SE', 'se', 'Se'])}${digits(2)}${pick([' ', ''])}${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)} ${digits(4)}`,
    () => `${pick(['anna', 'a.b', 'x'])}${pick(['@', '＠'])}${pick(['example.org', 'sub.example.com', 'x'])}`,
    () => pick(['ΟΔΟΣ ΣΟΦΙΑΣ', 'İstanbul', 'ǅemal', 'e\u0301tude', '😀', '\u200b', 'Ⅻ', '١٢٣٤٥٦-٧٨٩٠']),
  ];
  return Array.from({ length: count }, () => {
    let text = chance(0.6) ? pick(corpus) : '';
    for (let k = 0; k < 1 + Math.floor(random() * 4); k++) {
      const at = Math.floor(random() * (text.length + 1));
      const glue = () => pick(['', ' ', ' ', '\n', '(', ')', '-', "'", ',', '.', 'x', '1']);
      text = text.slice(0, at) + glue() + pick(shapes)() + glue() + text.slice(at);
    }
    return text;
  });
}
