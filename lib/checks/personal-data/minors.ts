import { loweredSlice } from './lower.ts';
import { finding, type PersonalDataFinding } from './types.ts';
import { forEachWord, KeyFilter, wordHash, type WordVisitor } from './words.ts';

const S = String.raw`\s+`;
const AGE = String.raw`(\d{1,2})(?!\d|[.,]\d|:\p{L})`;
const YEARS_SV = String.raw`(?:\s*år(?:\s+gammal|\s+gamla)?)?`;
const YEARS_EN = String.raw`(?:\s*(?:years?\s+old|y\.?o\.?|yrs?\s+old))?`;
// "jag är 15 minuter sen" and "I'm 5 minutes away" are not ages.
const NOT_UNIT = String.raw`(?!\s*(?:min|minuter|sek|timmar|tim|h|kr|kronor|%|procent|st|km|m|meter|dagar|veckor|månader|cm|kg|minutes?|hours?|days?|weeks?|months?|percent|dollars?|euros?|pounds?|mins?|am|pm|kilos?|miles?)(?![\p{L}]))`;
const CHILD_SV = String.raw`(?:(?:min|mitt|vår|vårt|hans|hennes|deras)\s+(?:(?:lilla|äldsta|yngsta|mellersta|stora)\s+)?(?:son|dotter|barn|pojke|flicka|tjej|kille|grabb|unge|barnbarn|bonusson|bonusdotter|dotterdotter|sonson|lillebror|lillasyster|lillkille|lilltjej|minsting)|(?:sonen|dottern|barnet|pojken|flickan|tjejen|killen|grabben|ungen|barnbarnet|lillkillen|lilltjejen|minstingen))`;
const SCHOOL_SV = String.raw`(?:(?:årskurs|åk|klass)\s?[1-9](?!\d)|förskoleklass|ettan|tvåan|trean|fyran|femman|sexan|sjuan|åttan|nian|lågstadiet|mellanstadiet|högstadiet|gymnasiet|förskolan|dagis|fritids)`;
const CHILD_EN = String.raw`(?:my|our|his|her)\s+(?:(?:little|eldest|youngest)\s+)?(?:son|daughter|kid|child|boy|girl)`;
const SCHOOL_EN = String.raw`(?:(?:[1-8](?:st|nd|rd|th)\s+grade)|[1-9][A-F](?![\p{L}\d])|grade\s+[1-8](?!\d)|year\s+(?:[1-9]|1[01])(?!\d)|reception|kindergarten|preschool|primary\s+school|middle\s+school|elementary\s+school)`;

const AGE_PATTERNS = [
  String.raw`jag\s+(?:är|e|fyller|blir|är\s+bara)${S}${AGE}${YEARS_SV}${NOT_UNIT}`,
  String.raw`${CHILD_SV}(?:\s*,\s*|\s+(?:som\s+)?(?:är|blir|fyller|fyllde|blev|på)\s+(?:också\s+|bara\s+|nästan\s+|snart\s+|redan\s+|nu\s+|alltså\s+)?|\s+\(|\s+(?=\d{1,2}\s*år(?![\p{L}])))${AGE}${YEARS_SV}\)?${NOT_UNIT}`,
  String.raw`(?:min|mitt|vår|vårt|hans|hennes|deras)\s+${AGE}-åri(?:ng|ga|ge)(?:\s+(?:son|dotter|barn|pojke|flicka|syster|bror|lillasyster|lillebror|kusin))?`,
  String.raw`(?:i['’]?m|i\s+am)\s+(?:only\s+)?${AGE}${YEARS_EN}${NOT_UNIT}`,
  // "my daughter's preschool place? She is 3": a pronoun with a child's age (adults are left out below).
  String.raw`(?:she|he|the\s+(?:youngest|eldest|oldest|little\s+one))(?:\s+is|['’]s)\s+(?:only\s+|just\s+)?${AGE}${YEARS_EN}${NOT_UNIT}(?![\p{L}\d])`,
  String.raw`(?:my|our)\s+${AGE}[- ](?:year|yr)[- ]old(?:\s+(?:son|daughter|kid|child|boy|girl))?`,
  // "Can my kids use the card? They're 9 and 12." (from test68): children's ages said together.
  String.raw`they(?:\s+are|['’]re)\s+(?:only\s+|just\s+)?${AGE}\s+(?:and|&)\s+\d{1,2}${YEARS_EN}${NOT_UNIT}(?![\p{L}\d])`,
  String.raw`${CHILD_EN}(?:\s*,\s*|\s+is\s+|\s+\()${AGE}${YEARS_EN}\)?${NOT_UNIT}`,
  // A young writer's own age said of a group they belong to: "finns det nåt för oss som är 13", "om man är 15?".
  // Ages from 6 only, so that "vi som är 2 i hushållet" is not read as one.
  String.raw`(?:man|(?:oss|vi)\s+som)\s+(?:är|e|har\s+fyllt)\s+(?:bara\s+|typ\s+)?([6-9]|1\d)(?!\d|[.,]\d)${YEARS_SV}${NOT_UNIT}(?!\s*(?:personer|pers|stycken|familjer|vuxna|i\s+(?:hushållet|familjen|laget|gruppen))(?![\p{L}]))`,
];
const SCHOOL_PATTERNS = [
  String.raw`${CHILD_SV}(?:\s+som)?(?:\s+går)?\s+(?:(?:i|på)\s+${SCHOOL_SV}|(?:första|andra)\s+året\s+på\s+gymnasiet)`,
  // "vår son börjar förskoleklass", "dottern ska börja i ettan"
  String.raw`${CHILD_SV}\s+(?:börjar|ska\s+börja|har\s+börjat|började)\s+(?:(?:i|på)\s+)?${SCHOOL_SV}`,
  String.raw`jag\s+går\s+(?:(?:i|på)\s+${SCHOOL_SV}|(?:första|andra)\s+året\s+på\s+(?:gymnasiet|natur|samhäll|teknik|ekonomi|estet|\p{L}+programmet|\p{L}+linjen))`,
  String.raw`${CHILD_EN}(?:\s+who)?(?:\s+(?:is|starts|started|will\s+start|goes|attends))?\s+(?:(?:in|at)\s+)?${SCHOOL_EN}`,
];

// Sticky and grouped by first word: "i", "jag" and "min" are among the commonest Swedish words, so
// each is tried only against the few patterns that can start with it.
const [SELF_SV, CHILD_AGE_SV, AGED_SV, SELF_EN, PRONOUN_EN, AGED_EN, THEY_EN, CHILD_AGE_EN, GROUP_SELF_SV] = AGE_PATTERNS.map((p) => new RegExp(p, 'iuy'));
const [CHILD_SCHOOL_SV, CHILD_STARTS_SV, SELF_SCHOOL_SV, CHILD_SCHOOL_EN] = SCHOOL_PATTERNS.map(
  (p) => new RegExp(`${p}(?![\\p{L}\\d])`, 'iuy'),
);
// "så länge hon går i gymnasiet": a pronoun for a child named before.
const PRONOUN_SCHOOL_SV = new RegExp(String.raw`(?:hon|han|hen)\s+går\s+(?:(?:i|på)\s+(?:${SCHOOL_SV})|(?:första|andra)\s+året\s+på\s+gymnasiet)(?![\p{L}\d])`, 'iuy');
const POSSESSIVE_SV = ['min', 'mitt', 'vår', 'vårt', 'hans', 'hennes', 'deras'];
const DEFINITE_SV = ['sonen', 'dottern', 'barnet', 'pojken', 'flickan', 'tjejen', 'killen', 'grabben', 'ungen', 'barnbarnet', 'lillkillen', 'lilltjejen', 'minstingen'];
const AGE_RES = new Map<string, RegExp[]>();
const SCHOOL_RES = new Map<string, RegExp[]>();
const route = (map: Map<string, RegExp[]>, words: string[], res: (RegExp | undefined)[]) => {
  for (const w of words) map.set(w, [...(map.get(w) ?? []), ...res.filter((r): r is RegExp => r !== undefined)]);
};
route(AGE_RES, ['jag'], [SELF_SV]);
route(AGE_RES, ['man', 'oss', 'vi'], [GROUP_SELF_SV]);
route(AGE_RES, POSSESSIVE_SV, [CHILD_AGE_SV, AGED_SV]);
route(AGE_RES, DEFINITE_SV, [CHILD_AGE_SV]);
route(AGE_RES, ['i', "i'm", 'i’m', 'im'], [SELF_EN]);
route(AGE_RES, ['my', 'our'], [AGED_EN, CHILD_AGE_EN]);
route(AGE_RES, ['his', 'her'], [CHILD_AGE_EN]);
route(AGE_RES, ['she', 'he', "she's", "he's", 'she’s', 'he’s', 'the'], [PRONOUN_EN]);
route(AGE_RES, ['they', "they're", 'they’re'], [THEY_EN]);
route(SCHOOL_RES, ['jag'], [SELF_SCHOOL_SV]);
route(SCHOOL_RES, ['hon', 'han', 'hen'], [PRONOUN_SCHOOL_SV]);
route(SCHOOL_RES, [...POSSESSIVE_SV, ...DEFINITE_SV], [CHILD_SCHOOL_SV, CHILD_STARTS_SV]);
route(SCHOOL_RES, ['my', 'our', 'his', 'her'], [CHILD_SCHOOL_EN]);
/** Hashes of the words a minor's age or school can start with, for a shared screen. */
export const MINOR_TRIGGER_KEYS: readonly number[] = [...AGE_RES.keys(), ...SCHOOL_RES.keys()].map((w) => wordHash(w, 0, w.length));
const TRIGGERS = new KeyFilter(MINOR_TRIGGER_KEYS);

function firstMatch(res: RegExp[] | undefined, text: string, start: number): RegExpExecArray | null {
  for (const re of res ?? []) {
    re.lastIndex = start;
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

export function findMinors(text: string, out: PersonalDataFinding[]): void {
  forEachWord(text, minorWordVisitor(text, out));
}

/** Per-word step of findMinors, exposed so the entry point can share one word pass with vocabulary. */
export function minorWordVisitor(text: string, out: PersonalDataFinding[]): WordVisitor {
  let skipUntil = 0;
  return (start, end, _joined, hash) => {
    if (start < skipUntil || !TRIGGERS.has(hash)) return;
    const word = loweredSlice(text, start, end).toLowerCase();
    const age = firstMatch(AGE_RES.get(word), text, start);
    // 13+ may consent themselves under dataskyddslagen, but any child's age is still worth a warning.
    if (age && Number(age.slice(1).find((g) => g !== undefined)) < 18) {
      skipUntil = start + age[0].length;
      out.push(finding('minor', text, start, skipUntil));
      return;
    }
    const school = firstMatch(SCHOOL_RES.get(word), text, start);
    if (school) {
      skipUntil = start + school[0].length;
      out.push(finding('minor', text, start, skipUntil));
    }
  };
}
