import { finding, type PersonalDataFinding } from './types.ts';
import { forEachWord } from './words.ts';

const SUFFIXES = 'gatan|gata|vägen|väg|gränden|gränd|torget|torg|stigen|stig|backen|backe|allén|allé|plan|leden|led|stråket|kajen|platsen|gången|slingan|ringen|esplanaden|promenaden|parken|bron'.split('|');
// Anchored on the suffix, which is rare in running text, instead of trying a name at every word:
// the name is then found by walking back. Free-standing "gata"/"väg" need capitalised words before
// them ("Drottning Kristinas väg"); lower-case one-word names are accepted only for -gatan/-vägen.
// A street name ends a word that is followed by whitespace and a digit: the word scan finds those
// ends, and only there is the suffix (case-sensitive) looked for. No suffix ends another, so at most
// one fits each end.
if (SUFFIXES.some((a) => SUFFIXES.some((b) => a !== b && a.endsWith(b)))) throw new Error('a street suffix ends another');
const SUFFIX_LAST = new Set(SUFFIXES.map((x) => x.charCodeAt(x.length - 1)));
const FREE_STANDING = new Set(['gata', 'väg', 'gränd', 'allé', 'torg', 'backe', 'plan']);
const NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s$/u;
const QUALIFIER_BEFORE = /(?:^|[^\p{L}])((?:Lilla|Stora|Norra|Södra|Östra|Västra|Gamla|Nya|Sankt|S:t)\s)$/u;
// No house number starts with 0, and one followed by ":" and digits is a time ("Bergsbrovägen 08:12", "Lärkstigen 07:45").
const NUMBER_RE =
  /\s(?!0)\d{1,3}(?!\d)(?:\s?[A-Ha-h](?![\p{L}\d]))?(?:,?\s(?:lgh|lägenhet)\.?\s?\d{4}(?!\d))?(?![\d,.:]\d)/uy;
const UPPER = /\p{Lu}/u;
const NAME_CHAR = /[\p{L}-]/u;
// Roads, plans and programmes that end like street names but are not somebody's home.
const NOT_A_STREET = new Set(
  'riks läns motor europa cykel gång huvud detalj översikts handlings budget verksamhets bostads skol parkerings vånings skid upp ned ner ut in bi lokal grund mellan bak fram trafik åtgärds projekt tids omsorgs lektions sitt bygg'.split(' '),
);
// A quantity or a date, not a house number: "torget 20 min", "Ekbacka torg 3–7 november".
// … and a building or premises in a notice: "föreningslokalen på …", "ändrad användning av …".
const PLACE_BEFORE = /(?:^|[^\p{L}])(?:(?:ligger|finns|hittar\s+(?:ni|du)\s+oss)\s+(?:på|vid)|\p{L}*lokal(?:en|erna)?\s+på|användning\s+av|fastigheten)\s+$/iu;
// Where a thing is, told by a spot beside or in front of a building, not where someone lives: "gatlampan utanför Furuplan 5",
// "soprummet på Vretgatan 22", unless the comment ties the address to a person anywhere ("där jag bor", "min port", "vår
// lägenhet", "hon bor på …", "we live at …", or a call to go "dit"). Stop 53, on dev, test2 … test84, with the time rule above:
// 16 fewer false alarms (23 → 7), 3 addresses lost, all three early sets' spots ("en död fågel utanför Bohusgatan 22")
// labelled as addresses then and as none since. An apartment number ("lgh 1203") is always a home.
const SPOT_BEFORE =
  /(?:^|[^\p{L}])(?:utanför|bakom|framför|mittemot|nedanför|bredvid|intill|vid|at|outside|near|(?:soprum(?:met)?|miljörum(?:met)?|trappuppgången|trapphuset|tvättstugan|garagelängan|garaget|gården|lekplatsen|hållplatsen|busshållplatsen|parkeringen)\s+(?:på|vid|i|bakom|från))\s+$/iu;
const HOME_WORDS =
  /(?:^|[^\p{L}])(?:bor|bodde|boende|bosatt|hemma|hem|min|mitt|mina|vår|vårt|våra|hans|hennes|deras|adress(?:en)?|dit|lives?|my|our|his|her)(?!\p{L})/iu;
/**
 * The street address at `start` … `end` names a spot beside a building, and nothing in the text ties it to a home
 * (SPOT_BEFORE); an apartment number ("lgh 1203") always does.
 */
export function spotNotHome(text: string, start: number, end: number): boolean {
  return SPOT_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !/lgh|lägenhet/u.test(text.slice(start, end)) && !HOME_WORDS.test(text);
}
const UNIT_AFTER = /^(?:[-–]\s?\d{1,2})?\s*(?:min|minuter|sekunder|timmar|gånger|kr|kronor|km|meter|m|st|procent|%|år|dagar|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|apr|jun|jul|aug|sep|sept|okt|nov|dec)(?!\p{L})/iu;

function streetStart(text: string, suffixStart: number, suffix: string): number {
  let s = suffixStart;
  while (s > 0 && NAME_CHAR.test(text[s - 1] ?? '')) s--;
  if (s === suffixStart) {
    if (!FREE_STANDING.has(suffix)) return -1;
    const name = NAME_BEFORE.exec(text.slice(Math.max(0, s - 40), s))?.[1];
    return name ? s - name.length - 1 : -1;
  }
  const first = text[s] ?? '';
  if (!UPPER.test(first) && suffix !== 'gatan' && suffix !== 'vägen') return -1;
  if (NOT_A_STREET.has(text.slice(s, suffixStart).toLowerCase())) return -1;
  return s;
}

export function findAddresses(text: string, out: PersonalDataFinding[]): void {
  forEachWord(text, () => {}, undefined, addressVisitor(text, out));
}

/** The address step for a word end followed by whitespace and a digit (see forEachWord). */
export function addressVisitor(text: string, out: PersonalDataFinding[]): (suffixEnd: number) => void {
  return (suffixEnd) => {
    const suffix = SUFFIX_LAST.has(text.charCodeAt(suffixEnd - 1)) ? SUFFIXES.find((x) => text.startsWith(x, suffixEnd - x.length)) : undefined;
    if (suffix === undefined) {
      livesAt(text, suffixEnd, out);
      return;
    }
    let start = streetStart(text, suffixEnd - suffix.length, suffix);
    if (start < 0) return;
    NUMBER_RE.lastIndex = suffixEnd;
    const num = NUMBER_RE.exec(text);
    if (!num) return;
    const end = suffixEnd + num[0].length;
    if (UNIT_AFTER.test(text.slice(end, end + 12))) return;
    // "husen på Lövåsvägen 12–38": a row of houses, not one home.
    if (/^\s?[-–]\s?\d/u.test(text.slice(end, end + 4)) && !/bor\s+på\s+$/iu.test(text.slice(Math.max(0, start - 10), start))) return;
    // "Folkets hus ligger på Kvarnstensgatan 40", "vi finns på …": where a place is, not where someone lives.
    if (PLACE_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return;
    if (spotNotHome(text, start, end)) return;
    const qualifier = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 8), start))?.[1];
    if (qualifier) start -= qualifier.length;
    out.push(finding('address', text, start, end));
  };
}

// "bor på Ekbrinken 7": a street whose name has no street suffix is still someone's home after "bor på".
const LIVES_ON = /(?:^|[^\p{L}])(?:bor|bodde|boende)\s+på\s+(\p{Lu}\p{Ll}+)$/u;
function livesAt(text: string, wordEnd: number, out: PersonalDataFinding[]): void {
  // Most words before a number are not capitalised ("kl 10", "på 3"): find the word's first letter before any regex.
  let start = wordEnd;
  while (start > 0 && start > wordEnd - 24 && NAME_CHAR.test(text.charAt(start - 1))) start--;
  if (start === wordEnd || !UPPER.test(text.charAt(start))) return;
  const m = LIVES_ON.exec(text.slice(Math.max(0, wordEnd - 40), wordEnd));
  if (!m) return;
  NUMBER_RE.lastIndex = wordEnd;
  const num = NUMBER_RE.exec(text);
  if (!num) return;
  const end = wordEnd + num[0].length;
  if (UNIT_AFTER.test(text.slice(end, end + 12))) return;
  out.push(finding('address', text, wordEnd - (m[1] as string).length, end));
}

// Five digits alone are far too common; a postal code is "SE-" prefixed, labelled, or followed by a place.
// Anchored on the digits so the engine can skip ahead; prefixes and places are checked around them.
const POSTAL_RE = /(?<!\d)[1-9]\d{2} ?\d{2}(?![\d\p{L}])/gu;
const SE_BEFORE = /(?:^|[^\p{L}\d])SE-? ?$/u;
const LABEL_BEFORE = /[Pp]ostn(?:ummer|r\.?) ?:? ?$/;
const PLACE_AFTER = /^\s{1,2}(\p{Lu}\p{Ll}+)/u;
const LETTER = /\p{L}/u;
const NOT_A_PLACE = new Set(['Jag', 'Hej', 'Det', 'Vi', 'Och', 'Tack', 'Kr', 'Sek', 'Men', 'Den', 'Du', 'Ni', 'Han', 'Hon', 'The', 'And', 'Vad', 'När', 'Var', 'Kan', 'Som', 'Om', 'Så', 'Nu', 'Mvh', 'Ha', 'Är']);
const REFERENCE_BEFORE = /(?:ärende|ärendenummer|order|ordernummer|ordernr|nr|nummer|kundnummer|id|ref|referens|faktura|fakturanummer|#|no\.?)\s*:?\s*$/i;

export function findPostalCodes(text: string, out: PersonalDataFinding[]): void {
  POSTAL_RE.lastIndex = 0;
  for (let m = POSTAL_RE.exec(text); m; m = POSTAL_RE.exec(text)) {
    const end = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    const se = SE_BEFORE.exec(before);
    if (se) {
      const prefix = se[0].replace(/^[^S]/, '');
      out.push(finding('postal-code', text, m.index - prefix.length, end));
      continue;
    }
    const prev = text.charCodeAt(m.index - 1);
    if (prev === 45 || LETTER.test(text[m.index - 1] ?? '')) continue;
    if (!LABEL_BEFORE.test(before)) {
      const place = PLACE_AFTER.exec(text.slice(end, end + 40))?.[1];
      if (place === undefined || NOT_A_PLACE.has(place) || REFERENCE_BEFORE.test(before)) continue;
    }
    out.push(finding('postal-code', text, m.index, end));
  }
}
