import { finding, luhnValid, type PersonalDataFinding } from './types.ts';

// 8-digit date first so a 12-digit run is not cut into a 10-digit one plus leftovers.
const ID_RE = /(?<![\d\p{L}])(\d{8}|\d{6})([-+ ]?)(\d{4})(?![\d\p{L}])/gu;

function daysInMonth(month: number, year: number | undefined, twoDigitYear: number): number {
  if (month === 2) {
    // With only YY the century is unknown; 00 may be 2000 (leap) so only %4 is decidable.
    const leap =
      year === undefined ? twoDigitYear % 4 === 0 : (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Two ASCII digits at `i` as a number; the regex guarantees they are digits, so no slicing is needed. */
function twoDigits(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
}

/** Returns the kind for a valid number, or null for a bad date or checksum. */
export function classifyIdentityNumber(date: string, serial: string): 'personnummer' | 'samordningsnummer' | null {
  const full = date.length === 8 ? twoDigits(date, 0) * 100 + twoDigits(date, 2) : undefined;
  // Twelve-digit forms from a century nobody alive or recently dead was born in are not identity numbers.
  if (full !== undefined && (full < 1800 || full > 2099)) return null;
  const at = date.length - 6;
  const yy = twoDigits(date, at);
  const month = twoDigits(date, at + 2);
  let day = twoDigits(date, at + 4);
  if (month < 1 || month > 12) return null;
  const coordination = day > 60;
  if (coordination) day -= 60;
  if (day < 1 || day > daysInMonth(month, full, yy)) return null;
  // Serial 000 is never issued (Skatteverket): a number ending 000C is a reference or a typo, not a person.
  if (serial.startsWith('000')) return null;
  if (!luhnValid(date.slice(at) + serial)) return null;
  return coordination ? 'samordningsnummer' : 'personnummer';
}

/**
 * A reference number's label just before the number ("ärende 240512-9806", "dnr", "OCR-nummer", "Order",
 * "fakturanr", "bokningsnummer", "referensnummer"): about one date-shaped number in ten passes Luhn by
 * chance, so after these words a valid number is a reference, unless "personnummer" is named in between.
 */
const REFERENCE_BEFORE =
  /(?<![\p{L}])(?:\p{L}*ärende|dnr|diarienummer|diarienr|order|ocr|faktura|bokning|referens|ref|kundnummer|kundnr|avtalsn|beställning|ordernummer|ärendenummer|case|booking|invoice)[\p{L}-]*(?:[\s:.#,]+[\p{L}]+){0,3}?[\s:.#,-]*$/iu;
const REFERENCE_WORD = /ärende|dnr|diarie|order|ocr|faktura|bokning|referens|ref|kundn|avtalsn|beställning|case|booking|invoice/iu;
const PERSON_WORD = /(?:person|pnr|samordning|födelse)/iu;

// "Mitt ärende hos er om bostadstillägg har nummer 240917-…": the case named earlier in the clause, its number after.
const CASE_NUMBERED = /(?<![\p{L}])(?:\p{L}*ärende\p{L}*|dnr|diarienummer)(?:[\s,]+[\p{L}]+){1,6}?[\s,]+(?:nummer|nr|numret|dnr)[\s:.#-]*$/iu;

// "ärende 261102-9816 och 261109-…", "ordernummer 261009-… och en annan med 261118-…": the next number in a list of references.
const LISTED_REFERENCE = /(?<![\p{L}])(?:\p{L}*ärende\p{L}*|dnr|diarienummer|order\p{L}*|ocr\p{L}*|faktur\p{L}*|bokning\p{L}*|referens\p{L}*)[\s:.#]+(?:nr\s+)?(?:\d{6}|\d{8})[-+–]?\d{4}(?:\s*(?:,|och|samt|&)\s*(?:\d{6}|\d{8})[-+–]?\d{4})*\s*(?:,|och|samt|&)(?:\s+\p{L}+){0,4}?\s*$/iu;

function isReference(text: string, start: number): boolean {
  const wide = text.slice(Math.max(0, start - 70), start);
  // Most numbers have no reference word before them: a plain word test first, the anchored patterns after.
  if (!REFERENCE_WORD.test(wide)) return false;
  const m = REFERENCE_BEFORE.exec(wide.slice(-60)) ?? CASE_NUMBERED.exec(wide) ?? LISTED_REFERENCE.exec(wide);
  if (m === null || PERSON_WORD.test(m[0])) return false;
  // "Hotellet vill ha personnummer för bokningen, mitt är 781120-…": an identity number named earlier in the same
  // sentence, and the number given as someone's ("mitt är", "hans:"), is that identity number, whatever reference
  // word came between. ("Skicka personnummer och bokningsnummer 240512-…" stays a reference: the label is next to it.)
  return !(ASKED_IN_SENTENCE.test(wide) && OWNER_JUST_BEFORE.test(wide));
}

// "personnummer" (or its short forms) and no sentence end after it, up to the number.
const ASKED_IN_SENTENCE = /(?:personnummer|personnumret|personnr|pnr|samordningsnummer)[^.!?\n]*$/iu;
const OWNER_JUST_BEFORE = /(?<![\p{L}])(?:[Mm]itt|[Hh]ans|[Hh]ennes|[Hh]ens|[Dd]itt|[Dd]eras|[Ss]onens|[Dd]otterns|[Bb]arnets|\p{Lu}\p{Ll}+s)(?:\s+är)?\s*:?\s*$/u;

export function findIdentityNumbers(text: string, out: PersonalDataFinding[]): void {
  ID_RE.lastIndex = 0;
  for (let m = ID_RE.exec(text); m; m = ID_RE.exec(text)) {
    const date = m[1] as string;
    // "+" only makes sense after YYMMDD; a space separator with 12 digits is also written, so allow it.
    if (m[2] === '+' && date.length === 8) continue;
    const kind = classifyIdentityNumber(date, m[3] as string);
    if (kind && !isReference(text, m.index)) out.push(finding(kind, text, m.index, m.index + m[0].length));
  }
}

const CHILD_NOUN = /(?<![\p{L}])(?:(?:[Mm]in|[Mm]itt|[Vv]år|[Vv]årt|[Hh]ans|[Hh]ennes|[Dd]eras)\s+(?:lilla\s+|yngsta\s+|äldsta\s+)?(?:(?:foster|bonus|styv)?(?:sons?|döttrars?|dotters?|barns?)|barnets|pojkes?|flickas?|barnbarns?|brorsons?|systersons?|brorsdotters?|systerdotters?)|[Ss]onens|[Dd]otterns|[Bb]arnets|[Pp]ojkens|[Ff]lickans|[Bb]arnbarnets|[Bb]onussonens|[Bb]onusdotterns|[Bb]ebisens)(?![\p{L}])/gu;
// "mitt personnummer är 20091104-…": with no child named, the number's owner said in its label ("mitt", "hans",
// "Elsas"; a bare "personnummer" in a notice says nothing of whose).
// "Personnummer till lillebror för förskolekön: 240911-…": the child the number is for, named before it.
const FOR_CHILD = /(?<![\p{L}])(?:till|för)\s+(?:lillebror|lillasyster|sonen|dottern|barnet|bebisen|tvillingarna|minstingen)(?![\p{L}])/iu;
// "Jag vill anmäla dottern till bokklubben, hon är född 130402-…": the child named a little before a minor's number.
const CHILD_BEFORE = /(?<![\p{L}])(?:sonen|dottern|barnet|bebisen|pojken|flickan|tvillingarna|lillebror|lillasyster|bonussonen|bonusdottern|fosterbarnet|barnbarnet)(?![\p{L}])/iu;
// (Nordea's personkonto number is clearing 3300 and the holder's personnummer: "hennes personkonto i Nordea, 3300-…".)
const NUMBER_LABEL = /((?:mitt|min|hans|hennes|hens|deras|sitt|ditt|\p{L}+s)\s+(?:personnummer|personnumret|personnr|pnr|samordningsnummer|samordningsnumret|födelsenummer|nummer|numret|personkonto|personkontot))(?![\p{L}])/giu;
const ID_SHAPE = /^(\d{6}|\d{8})([-+ ]?)\d{4}$/;

/** Age in whole years on `today` of the person an identity number was issued to, or null. */
export function ageFromIdentityNumber(number: string, today: Date): number | null {
  // Fullwidth digits ("１４０７０８") are read as digits.
  const m = ID_SHAPE.exec(number.normalize('NFKC').replace(/[\u2010-\u2015\u2212]/g, '-'));
  if (!m) return null;
  const date = m[1] as string;
  const yearNow = today.getUTCFullYear();
  let year: number;
  if (date.length === 8) year = Number(date.slice(0, 4));
  else {
    // YYMMDD: the latest century not in the future; "+" marks someone 100 or older.
    const yy = Number(date.slice(0, 2));
    year = Math.floor(yearNow / 100) * 100 + yy;
    if (year > yearNow) year -= 100;
    if (m[2] === '+') year -= 100;
  }
  const at = date.length - 6;
  const month = Number(date.slice(at + 2, at + 4));
  const day = Number(date.slice(at + 4, at + 6)) % 60;
  let age = yearNow - year;
  const monthNow = today.getUTCMonth() + 1;
  if (monthNow < month || (monthNow === month && today.getUTCDate() < day)) age -= 1;
  return age;
}

/**
 * "min sons personnummer 150830-9885": a child named by a possessive, in a comment whose identity number
 * belongs to someone under 18, is a minor. The finding is the child's words, apart from the number's span.
 */
export function findMinorByIdentityNumber(text: string, found: readonly PersonalDataFinding[], out: PersonalDataFinding[], today = new Date()): void {
  const young = found.filter(
    (f) => (f.kind === 'personnummer' || f.kind === 'samordningsnummer') && (ageFromIdentityNumber(f.text, today) ?? 99) < 18,
  );
  if (young.length === 0) return;
  // "för Elsa, 20140923-9868": the child's name just before the child's number.
  for (const f of young) {
    // … also before its label: "Leo Karlsson, personnummer 140708-…".
    const name = /(\p{Lu}\p{Ll}+)[,:]?\s*(?:(?:personnummer|personnr|pnr|samordningsnummer)[:]?\s*)?\(?$/u.exec(text.slice(Math.max(0, f.start - 40), f.start));
    // "Samordningsnr:", "Personnummer" label the number; they are not a child's name.
    if (name && !/(?:nr|nummer|number|id)$/iu.test(name[1] as string)) out.push(finding('minor', text, f.start - name[0].length, f.start - name[0].length + (name[1] as string).length));
    const lead = Math.max(0, f.start - 60);
    const before = text.slice(lead, f.start);
    const child = FOR_CHILD.exec(before) ?? CHILD_BEFORE.exec(before);
    if (child) out.push(finding('minor', text, lead + child.index, lead + child.index + child[0].length));
  }
  CHILD_NOUN.lastIndex = 0;
  let named = false;
  for (let m = CHILD_NOUN.exec(text); m; m = CHILD_NOUN.exec(text)) {
    named = true;
    out.push(finding('minor', text, m.index, m.index + m[0].length));
  }
  if (named) return;
  // A number of someone under 18 with no child word near it ("jag söker sommarjobb … mitt personnummer är
  // 20091104-…"): the number's label is the minor's span.
  for (const f of young) {
    // The nearest label in the 100 chars before: "mitt personnummer är fel. Det är 2009…".
    const from = Math.max(0, f.start - 100);
    const before = text.slice(from, f.start);
    let label: RegExpExecArray | null = null;
    NUMBER_LABEL.lastIndex = 0;
    for (let m = NUMBER_LABEL.exec(before); m; m = NUMBER_LABEL.exec(before)) label = m;
    if (!label) {
      // "Ansökan kräver personnummer, hennes är 150604-…" (from test77): the number asked for earlier in the sentence
      // and given as someone's. The owner's word is the minor's span.
      const near = text.slice(Math.max(0, f.start - 24), f.start);
      const owner = OWNER_JUST_BEFORE.exec(near);
      if (!owner || !ASKED_IN_SENTENCE.test(text.slice(Math.max(0, f.start - 120), f.start))) continue;
      const word = /^\p{L}+/u.exec(owner[0]) as RegExpExecArray;
      if (/^(?:mitt|ditt)$/iu.test(word[0]) && (ageFromIdentityNumber(f.text, today) ?? 0) < 10) continue;
      const at = f.start - near.length + owner.index;
      out.push(finding('minor', text, at, at + word[0].length));
      continue;
    }
    // The owner must be able to be a child: a parent's number is not ("mammas personnr" with a number of
    // someone under 18 is a slip), and whoever writes "mitt personnummer" is old enough to write.
    const owner = label[0].toLowerCase();
    if (/^(?:mamm|papp|mor|far|föräld|mans |frus |makens|makans|sambons)/u.test(owner)) continue;
    if (/^(?:mitt|min) /u.test(owner) && (ageFromIdentityNumber(f.text, today) ?? 0) < 10) continue;
    out.push(finding('minor', text, from + label.index, from + label.index + label[0].length));
  }
}
