import { MODELS, wordModelsOn } from './models.ts';
import { modelMatches } from './word-model.ts';
import { normalizeForMatching } from './normalize.ts';
import { findBankAccounts } from './personal-data/bank.ts';
import { findEmails, findPhones, findSpelledEmails } from './personal-data/contact.ts';
import { findIdentityNumbers, findMinorByIdentityNumber } from './personal-data/identity-numbers.ts';
import { addressVisitor, findPostalCodes } from './personal-data/location.ts';
import { findMinorPhrases, NEWS_VERBS } from './personal-data/minor-phrases.ts';
import { MINOR_TRIGGER_KEYS, minorWordVisitor } from './personal-data/minors.ts';
import type { PersonalDataFinding, PersonalDataKind } from './personal-data/types.ts';
import * as vocabulary from './personal-data/vocabulary.ts';
import { forEachWord, KeyFilter, type WordScreen } from './personal-data/words.ts';

// Read once: test runners load modules as CommonJS with a getter per export, one call per use.
const { mayEndSensitive, SENSITIVE_WORD_KEYS, sensitiveWordVisitor } = vocabulary;

// One probe for both word visitors: of ~700k words per 4 MB nearly all are neither a form, a phrase's
// first word nor a minor's trigger, and calling both visitors for each was most of the word pass.
const SCREEN: WordScreen = { keys: new KeyFilter([...SENSITIVE_WORD_KEYS, ...MINOR_TRIGGER_KEYS]), longerThan: 8 };

export type { PersonalDataFinding, PersonalDataKind } from './personal-data/types.ts';

// When spans collide the more specific reading wins: a validated checksum beats a digit-shape guess,
// and a structured identifier beats vocabulary.
const PRIORITY: Record<PersonalDataKind, number> = {
  personnummer: 9,
  samordningsnummer: 9,
  'bank-account': 8,
  email: 7,
  phone: 6,
  'postal-code': 5,
  address: 4,
  minor: 3,
  sensitive: 2,
};

function better(a: PersonalDataFinding, b: PersonalDataFinding): boolean {
  const pa = PRIORITY[a.kind];
  const pb = PRIORITY[b.kind];
  return pa !== pb ? pa > pb : a.end - a.start > b.end - b.start;
}

/** Resolves each cluster of overlapping candidates greedily by priority; clusters are almost always size 1. */
function resolveOverlaps(candidates: PersonalDataFinding[]): PersonalDataFinding[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: PersonalDataFinding[] = [];
  let i = 0;
  while (i < candidates.length) {
    const first = candidates[i] as PersonalDataFinding;
    let clusterEnd = first.end;
    let j = i + 1;
    while (j < candidates.length && (candidates[j] as PersonalDataFinding).start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, (candidates[j] as PersonalDataFinding).end);
      j++;
    }
    if (j === i + 1) {
      result.push(first);
    } else {
      const cluster = candidates.slice(i, j).sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
      const kept: PersonalDataFinding[] = [];
      for (const c of cluster) {
        if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
      }
      result.push(...kept.sort((a, b) => a.start - b.start));
    }
    i = j;
  }
  return result;
}

export interface PersonalDataOptions {
  /**
   * The comment is to be removed as possibly unlawful (hate speech, threats): a plural group noun in it
   * ("muslimer", "judarna", "Afghans") is about a population group, not an identifiable person, so it is
   * not reported as sensitive personal data; the unlawful check flags the content instead.
   */
  removal?: boolean;
  /**
   * The comment is probably the office's own (its name, where the page gave no address to compare): a phone
   * number or an e-mail address in it is the office's contact (a unit's line, a staff member's work number, a
   * function's mailbox), not a resident's, unless it is introduced as the reader's ("ditt nummer 070-…").
   */
  byOffice?: boolean;
}

// "vi har noterat ditt nummer 070-…", "din e-post anna@…": the reader's contact, even in the office's comment.
const READERS_CONTACT = /(?:^|[^\p{L}])(?:ditt|din|dina|your)\s+(?:\p{L}+\s+){0,2}$/iu;

const HOME_BEFORE = /(?:^|[^\p{L}])(?:bor|bodde|boende|hemma|hem till|ditt|din|dina|your|adress(?:en)?|adressen är|lives|living)\s+(?:\p{L}+\s+){0,2}(?:på|vid|i|at|on)?\s*$/iu;
// "hos Karin på …" names someone's home; "hos oss på …" (the office) does not: the name's capital is kept (no i flag).
const HOME_OF_NAMED = /(?:^|[^\p{L}])[Hh]os \p{Lu}\p{Ll}+\s+(?:\p{L}+\s+){0,2}(?:på|vid|i|at|on)?\s*$/u;

// The office's own comment speaks of health or faith in general ("Förtur ges vid medicinska skäl", "ring socialjouren om
// det gäller mediciner", "ett intyg från habiliteringen") unless it speaks of someone: a third person or the writer
// ("Bertil … Han har demens", "Möt Tomas! Tomas har haft diabetes", "\"Jag har ADHD\"").
const OWN_SPEAKS_OF_SOMEONE = /(?<![\p{L}])(?:[Hh]an|[Hh]on|[Hh]en|[Hh]ans|[Hh]ennes|[Hh]ens|[Jj]ag|[Mm]ig|[Mm]in|[Mm]itt|[Mm]ina|[Hh]e|[Ss]he|[Hh]is|[Hh]er|I|[Mm]y)(?![\p{L}])|(?<![\p{L}])(?!(?:Vi|Ni|De|Dom|Det|Den|Detta|Denna|Du|Man|Här|Där|Nu|Hej|Vad|Var|Som|Alla|Många|Ingen|Någon)[,\s])\p{Lu}\p{Ll}+(?<!are|arna|erna|orna|ande|ende),? (?:\d{1,3} år,? )?(?:har|hade|är|var|kom|fick|blev|som)(?![\p{L}])/u;

// In a comment to be removed, a group noun ("muslimer", "Afghans", "gay people") names a population group,
// unless the writer speaks of themself or a relative just before it.
// "somaliska kackerlackor": an adjective in the plural before a group's noun.
const GROUP_WORD = /(?:er|erna|ar|arna|or|orna|na|s|ella|iska)$/iu;
const PEOPLE_AFTER = /^\s+(?:people|persons|personer|folk|människor)(?![\p{L}])/iu;
const PERSON_BEFORE = /(?:^|[^\p{L}])(?:jag|mig|min|mitt|mina|vår|vårt|våra|hans|hennes|i|i'm|my|our)(?:[^\p{L}]+\p{L}+){0,4}[^\p{L}]*$/iu;

/** Possible personal data in a comment, sorted by start and non-overlapping. */
export function findPersonalData(input: string, options: PersonalDataOptions = {}): PersonalDataFinding[] {
  const normalized = normalizeForMatching(input);
  const all = findInNormalized(normalized.text);
  const text = normalized.text;
  const groupNoun = (f: PersonalDataFinding) =>
    (GROUP_WORD.test(f.text) || PEOPLE_AFTER.test(text.slice(f.end, f.end + 16))) && !PERSON_BEFORE.test(text.slice(Math.max(0, f.start - 48), f.start));
  const officeContact = (f: PersonalDataFinding) =>
    (f.kind === 'phone' || f.kind === 'email') && !READERS_CONTACT.test(text.slice(Math.max(0, f.start - 32), f.start));
  // … and an address in it is a place the office names (premises, a venue, a building in a decision), not a home, unless
  // it is introduced as someone's ("bor på …", "din adress …").
  const officeAddress = (f: PersonalDataFinding) => {
    if (f.kind !== 'address' && f.kind !== 'postal-code') return false;
    const before = text.slice(Math.max(0, f.start - 32), f.start);
    return !HOME_BEFORE.test(before) && !HOME_OF_NAMED.test(before);
  };
  // … and its health or faith words count only when it speaks of someone (tested once, for the whole comment).
  let speaksOfSomeone: boolean | undefined;
  const generalHealth = (f: PersonalDataFinding) => f.kind === 'sensitive' && !(speaksOfSomeone ??= OWN_SPEAKS_OF_SOMEONE.test(text));
  const kept = options.byOffice ? all.filter((f) => !officeContact(f) && !officeAddress(f) && !generalHealth(f)) : all;
  const ruled = options.removal ? kept.filter((f) => f.kind !== 'sensitive' || !groupNoun(f)) : kept;
  const found = ruled.some((f) => f.kind === 'minor') ? ruled : withModelMinor(text, ruled);
  if (normalized.text === input) return found;
  return found.map((f) => {
    const [start, end] = normalized.span(f.start, f.end);
    return { kind: f.kind, start, end, text: input.slice(start, end) };
  });
}

/**
 * No age, class or school year the rules know: the word model may still read a child in the comment
 * ("sonen blev retad på rasten", "vår lilla tjej"). Its spans are reported as a possible minor; a comment (not a
 * whole document) is what it was trained on, so longer texts are left to the rules.
 */
const MODEL_MAX_CHARS = 5000;

// "Min dotter fyllde 18 igår": the child the model would read is said to be an adult. "Du som är 16–18 år kan
// söka feriejobb": an age group invited, nobody in particular.
const ADULT_CHILD = /(?<![\p{L}])(?:son|sonen|dotter|dottern|barn|barnet|pojken|flickan|tjejen|killen|grabben|han|hon|hen)\s+(?:som\s+)?(?:fyllde|fyller|är|blev|blir)\s+(?:redan\s+|nu\s+|snart\s+)?(?:1[89]|[2-9]\d)(?:\s*år)?(?![\d\p{L}])/iu;
const AGE_GROUP = /(?<![\p{L}])(?:du|ni|dig|er|alla|unga|ungdomar)\s+(?:som\s+är|mellan)\s+\d{1,2}\s*(?:[–-]|och)\s*\d{1,2}(?:\s*år)?(?![\d\p{L}])/iu;

// "Lägret gäller barn som går i åk 4–6", "för elever i årskurs 7–9": a range of school years is a group.
const CLASS_GROUP = /(?<![\p{L}])(?:barn|elever|ungdomar|unga|alla|du|ni|dig|er)\s+(?:som\s+går\s+)?(?:i|från)\s+(?:åk|årskurs|klass|klasserna|årskurserna)\s*\d{1,2}\s*(?:[–-]|till|och)\s*\d{1,2}(?![\d\p{L}])/iu;

// "min 18-åring med Downs syndrom", "kom hit som 9-åring" (from test81), "Polisen har gripit en 17-åring" (test82): an age
// word of an adult, the writer as a child long ago ("som" = as a) or a news item's unnamed youth is no child the model
// should report.
// (The model's spans are its words: "9" and "åring" of "9-åring".)
const AGE_WORDS = new RegExp(String.raw`(?:(?<![\p{L}])(som|(?:${NEWS_VERBS})\s+en)\s+)?(\d{1,2})-?åring`, 'gu');
/** Every age word of the comment is such a one: the model is not asked (its spans are single words, "har", "åring"). */
const noChildAgeWords = (text: string) => {
  if (!text.includes('åring')) return false;
  const words = [...text.matchAll(AGE_WORDS)];
  return words.length > 0 && words.every((w) => Number(w[2]) >= 18 || w[1] !== undefined) && !OWN_CHILD.test(text);
};
// "Vår son lärde sig simma som 4-åring": one's own child is named, so "som 4-åring" is that child's age.
const OWN_CHILD = /(?<![\p{L}])(?:min|mitt|vår|vårt|mina|våra)\s+(?:son|dotter|barn|pojke|flicka|grabb|tjej|kille|unge|söner|döttrar|ungar)(?![\p{L}])/iu;

// "Min dotter född 1988": a child born at least 18 years ago is an adult.
const BORN = /(?<![\p{L}])(?:född|födda|f\.)\s*(?:år\s*)?((?:19|20)\d\d)(?![\d])/giu;
const bornAnAdult = (text: string) => [...text.matchAll(BORN)].some((m) => Number(m[1]) <= new Date().getFullYear() - 18);

// "Dottern är 5 minuter sen", "vi som är 2 i hushållet": a number that counts minutes, money or people is no age. The model
// reads the comment with such numbers blanked (the spans keep their places).
const NOT_AN_AGE =
  /(?<![\p{L}\d])\d+(?:[.,]\d+)?\s*(?:minuter|minuten|min|timmar|timme|timmen|tim|sekunder|dagar|dygn|veckor|månader\s+sen|kr|kronor|st|stycken|personer|pers|i\s+hushållet|i\s+familjen|meter|km|procent|%|grader)(?![\p{L}])/giu;

function withModelMinor(text: string, found: PersonalDataFinding[]): PersonalDataFinding[] {
  if (!wordModelsOn() || text.length > MODEL_MAX_CHARS) return found;
  if (ADULT_CHILD.test(text) || AGE_GROUP.test(text) || CLASS_GROUP.test(text) || bornAnAdult(text) || noChildAgeWords(text)) return found;
  const read = text.replace(NOT_AN_AGE, (m) => ' '.repeat(m.length));
  const spans = modelMatches(read, MODELS.minor, 'minor').filter(
    (m) => found.every((f) => m.end <= f.start || m.start >= f.end) && !toldOfLongAgo(text, m.end),
  );
  if (spans.length === 0) return found;
  return [...found, ...spans.map((m) => ({ kind: 'minor' as const, start: m.start, end: m.end, text: m.text }))].sort((a, b) => a.start - b.start);
}

function findInNormalized(text: string): PersonalDataFinding[] {
  const candidates: PersonalDataFinding[] = [];
  // Every finder reads the text itself; where case matters they lower it a unit at a time (see
  // personal-data/lower.ts) rather than copying the whole text lower-cased.
  findIdentityNumbers(text, candidates);
  if (candidates.length > 0) findMinorByIdentityNumber(text, candidates, candidates);
  findBankAccounts(text, candidates);
  if (text.includes('@')) findEmails(text, candidates);
  findSpelledEmails(text, candidates);
  findPhones(text, candidates);
  findPostalCodes(text, candidates);
  findMinorPhrases(text, candidates);
  const minors = minorWordVisitor(text, candidates);
  const sensitive = sensitiveWordVisitor(text, candidates);
  // Joined words are split by the sensitive visitor, and a text with "İ" may take its coarser screen:
  // those words always go to the visitors.
  const screen = text.includes('\u0130') ? undefined : SCREEN;
  forEachWord(
    text,
    (start, end, joined, hash) => {
      if (screen && !joined && !screen.keys.has(hash) && !mayEndSensitive(text, start, end)) return;
      minors(start, end, joined, hash);
      sensitive(start, end, joined, hash);
    },
    screen,
    addressVisitor(text, candidates),
  );
  return resolveOverlaps(candidates.filter((f) => f.kind !== 'minor' || !toldOfLongAgo(text, f.end)));
}

// "Här är jag i klass 2A på Tranhagaskolan 1974", "Jobbade där som 16-åring 1979" (from test80): a school class or an age
// told of a year at least 18 years back, in the same sentence, is an adult now. (Not a year of birth: "född 2009".)
const YEAR_AFTER = /^[^.!?\n]{0,40}?(?<![\d\p{L}/:.-])((?:19|20)\d\d)(?![\d]|[-–/.:]\d)/u;
function toldOfLongAgo(text: string, end: number): boolean {
  const m = YEAR_AFTER.exec(text.slice(end, end + 48));
  if (!m) return false;
  if (/(?:född|födda|föddes|born)\s*(?:i\s+|år\s+)?$/iu.test(text.slice(end, end + m.index + m[0].length - 4))) return false;
  return Number(m[1]) <= new Date().getUTCFullYear() - 18;
}
