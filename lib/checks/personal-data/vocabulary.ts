import en from '../data/sensitive-en.json' with { type: 'json' };
import sv from '../data/sensitive-sv.json' with { type: 'json' };
import { changesWhenLowered, loweredSlice } from './lower.ts';
import { finding, type PersonalDataFinding } from './types.ts';
import { endsWithLowered, forEachWord, KeyFilter, keyOf, prefixKey, suffixKey, tailKey, wordHash, type WordVisitor } from './words.ts';

type Category = {
  stems: string[];
  tails: string[];
  phrases: string[];
  exclude: string[];
  lists?: Record<string, string[]>;
};
type Vocabulary = { suffixes: string[]; categories: Record<string, Category> };

const vocabularies = [sv, en] as Vocabulary[];

// Every inflected form is expanded into one Set up front so a word costs one hash lookup, not a
// stem × suffix search. Most words never reach it: see the in-place screen below.
const forms = new Set<string>();
const prefixes = new Set<number>();
const phrasesByWord = new Map<string, string[]>();
const excluded = new Set<string>();
const tails: string[] = [];

for (const vocab of vocabularies) {
  for (const cat of Object.values(vocab.categories)) {
    for (const stem of cat.stems) {
      for (const suffix of vocab.suffixes) forms.add(stem + suffix);
      prefixes.add(keyOf(stem));
    }
    for (const word of cat.exclude) excluded.add(word);
    tails.push(...cat.tails);
    for (const phrase of cat.phrases) {
      // Phrases are only tried where their first word occurs; each must start with a literal word.
      const group = /^\(\?:([^)]+)\)/.exec(phrase)?.[1];
      const source = 
        phrase
          .replace(/\{(\w+)\}/g, (_, name: string) => `(?:${(cat.lists?.[name] ?? []).join('|')})(?![\\p{L}])`)
          .replace(/ /g, '\\s+');
      for (const alt of group ? group.split('|') : [phrase]) {
        const first = /^[\p{L}']+/u.exec(alt)?.[0] ?? '';
        phrasesByWord.set(first, [...(phrasesByWord.get(first) ?? []), source]);
      }
    }
  }
}
for (const word of excluded) forms.delete(word);

// Plural group nouns ("muslimerna", "judar", "somalier", "bögar") speak of a group, not of a person: inside
// hate speech they are the unlawful check's business, not personal data. "Vi är muslimer" still counts.
const GROUP_CATEGORIES = ['religion', 'ethnic-origin', 'sexual-orientation'];
// ("kristna": from test77, a plural the endings below do not make.)
const groupPlurals = new Set<string>(['jews', 'muslims', 'gays', 'christians', 'somalis', 'arabs', 'lesbians', 'kristna']);
// People with a disability as a group ("Gäller tillståndet för rörelsehindrade även …"): someone's only when the
// comment speaks of the writer or a relative ("Jag har parkeringstillstånd för rörelsehindrade").
const DISABLED_GROUPS = new Set(['rörelsehindrade', 'funktionshindrade', 'synskadade', 'hörselskadade', 'rullstolsburna', 'funktionsnedsatta', 'rullstolsanvändare']);
const SOMEONES = /(?:^|[^\p{L}])(?:jag|mig|min|mitt|mina|mamma|pappa|mor|son|sonen|dotter|dottern|farmor|mormor|farfar|morfar|maken|fru|frun|sambo|granne|grannen)(?![\p{L}])/iu;
for (const vocab of vocabularies) {
  for (const name of GROUP_CATEGORIES) {
    for (const stem of vocab.categories[name]?.stems ?? []) {
      for (const end of ['er', 'ar', 'erna', 'arna', 'na', 'or', 'orna', 'r', 'rna']) groupPlurals.add(stem + end);
      if (/(?:er|ar)$/u.test(stem)) groupPlurals.add(stem);
    }
  }
}
// People named by a health word in the plural ("missbrukarna vid lekplatsen", "narkomaner i trappan") are a
// group seen in public, not an identifiable person's health.
for (const stem of ['missbrukare', 'alkoholist', 'narkoman', 'knarkare', 'pundare', 'alkis', 'heroinist', 'sprutnarkoman', 'spelmissbrukare']) {
  // "missbrukare" is singular and plural alike: only its definite plural is surely more than one person.
  if (stem.endsWith('are')) groupPlurals.add(`${stem.slice(0, -1)}na`);
  else {
    const plural = stem.endsWith('is') ? `${stem}ar` : `${stem}er`;
    groupPlurals.add(plural);
    groupPlurals.add(`${plural}na`);
  }
}
// "vi är muslimer", "mina döttrar är muslimer", "våra två judiska vänner".
const ADDICTS = /^(?:missbrukare|knarkare|spelmissbrukare|missbrukaren|knarkaren|narkomanen|alkoholisten|pundaren)$/u;
const ANY_ONE_BEFORE = /(?:^|[^\p{L}])(?:första|nästa|varje|alla|inga|sina|fler|många|några|de|dom|dessa|såna|sådana)\s+$/iu;
/** "min bror är missbrukare", "han var knarkare", "en f.d. missbrukare som jag": the words that tie one to a person. */
const SOMEONE_IS_BEFORE = /(?:^|[^\p{L}])(?:är|var|blev|blir|som|en|min|mitt|mina|hans|hennes|vår|våra|deras|f\.?\s?d\.?|före detta|tidigare|nykter|nyktra)\s+(?:\p{L}+\s+)?$/iu;
const WE_BEFORE = /(?:^|[^\p{L}])(?:vi|våra|mina|oss)\s+(?:\p{L}+\s+(?=är\s|blev\s))?(?:är\s+|blev\s+|som\s+är\s+|två\s+)?(?:\p{L}+\s+)?$/iu;
const METAPHOR_BEFORE = /(?:^|[^\p{L}])(?:(?:en|ett|den|det)\s+(?:ren\s+|riktig\s+|riktiga\s+|verkliga\s+|stora\s+|enda\s+)?|(?:är|var|blir)\s+(?:ren|rena|rena\s+rama|total|som)\s+)$/iu;
const SLANG_AFTER = /^\s+(?:lång|långt|långa|bra|kul|snygg|snyggt|dyr|dyrt|mycket|många|stor|stort|jobbig|jobbigt|seg|segt|fin|fint|god|gott)(?![\p{L}])/iu;
// ("den är så sjuk, se själva": a film or a thing is crazy, not ill.)
const SLANG_BEFORE = /(?:^|[^\p{L}])(?:vilken|vilket|helt|(?:den|det|filmen|klippet|videon|bilden)\s+är\s+så)\s+$/iu;
const METAPHORS = new Set(['schizofreni', 'psykos', 'cancer', 'cancern', 'sjukdom', 'sjukdomen', 'pest', 'pesten', 'virus', 'viruset', 'cancersvulst', 'cancersvulsten']);
const ASSOCIATION_BEFORE = /(?:föreningen|förbundet|riksförbundet|förening|föreningar|(?:för|till)\s+(?:barn|personer|elever|vuxna|alla|människor))\s+(?:för\s+|med\s+|i\s+)?$/iu;
const ASSOCIATION_NAMED = /\p{L}*(?:förening|förbund)(?:en|et)?(?![\p{L}])[^.!?]{0,80}(?:bjuder|välkomna|öppet hus|träff|inbjudan)[^.!?]*$/iu;
// ASSOCIATION_NAMED needs one of these words; looking for them first spares its backtracking almost always.
const hasAssociationWord = (s: string) => {
  const lowered = s.toLowerCase();
  return lowered.includes('förening') || lowered.includes('förbund');
};
const ASSOCIATION_AFTER = /^\s+(?:\p{L}*förening\p{L}*|förbundet|församling\p{L}*|congregation|association)/iu;
// "the dementia home", "LSS-boendet": a place for people with the condition, not a person's data.
// "religiösa samfund", "muslimska högtider": institutions and customs, nobody's belief.
// "religiös verksamhet", "religiösa organisationer": an activity or a body, not a person's faith.
const INSTITUTION_AFTER = /^[\s-]*(?:home|ward|unit|clinic|boende\p{L}*|avdelning\p{L}*|mottagning\p{L}*|klinik\p{L}*|samfund\p{L}*|högtid\p{L}*|symbol\p{L}*|friskol\p{L}*|verksamhet\p{L}*|undervisning\p{L}*|organisation\p{L}*|förening\p{L}*|aktivitet\p{L}*|fest|fester|festerna|firande\p{L}*|byggnad\p{L}*)(?![\p{L}])/iu;

const TOPIC_BEFORE = /(?:^|[^\p{L}])(?:träff|träffen|föreläsning|föreläsningen|föredrag|föredraget|informationsmöte|informationsträff|temakväll|temadag|samtalsgrupp|samtalsgruppen|kurs|kursen|utbildning|seminarium|workshop|broschyr|broschyren|film|filmen|utställning|utställningen)\s+(?:om|kring|med\s+tema)\s+(?:\p{L}+\s+)?$/iu;

// "affischer på arabiska och somaliska", "in Arabic": a language, not anyone's origin.
// "på arabiska", "pratar bara arabiska eller somaliska", "tolkas till arabiska, somaliska och tigrinja": a language.
const LANGUAGE_BEFORE = /(?:^|[^\p{L}])(?:på|in|till|pratar|talar|pratade|talade|förstår|kan|speaks?|speaking)\s+(?:bara\s+|mest\s+|flytande\s+|only\s+)?(?:\p{L}+\s*(?:,|och|eller|and|or)\s*)*$/iu;

const ADD_BEFORE = /(?:^|[^\p{L}])(?:har|med|och|fått|diagnosen|diagnos)\s+$/iu;
const ANYONE_BEFORE = /(?:^|[^\p{L}])(?:för\s+dig|för\s+er|för\s+alla|du|ni|den|alla)\s+som\s+(?:\p{L}+\s+){0,5}$/iu;
// "Vi har inga uppgifter om att någon blivit sjuk": no one in particular.
const NO_ONE_BEFORE = /(?:^|[^\p{L}])(?:någon|nån|ingen)\s+(?:har\s+)?(?:blivit|blev|är|var)\s+$/iu;
// (From test59 and test60: "folk med rullator", "väljare med funktionsnedsättning".)
const GENERIC_WITH = /(?:^|[^\p{L}])(?:barn|personer|människor|människa|folk|elever|ungdomar|vuxna|äldre|patienter|familjer|ryttare|besökare|deltagare|gäster|boende|spelare|väljare|invånare|resenärer)\s+med\s+$/iu;
const OWNED_WITH = /(?:^|[^\p{L}])(?:mitt|vårt|hennes|hans|deras|mina|våra|ditt|dina|sina|två|tre|fyra|har|ett|en)\s+\p{L}+\s+med\s+$/iu;

/** "Muslimerna i området firar eid": a phrase whose subject is a group (a plural group noun earlier in the sentence). */
export function groupSubjectBefore(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 60), start);
  const sentence = lead.slice(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf('!'), lead.lastIndexOf('?'), lead.lastIndexOf('\n')) + 1);
  for (const m of sentence.matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    if (groupPlurals.has(word) && !WE_BEFORE.test(sentence.slice(0, m.index))) return true;
  }
  return false;
}

const OWN_FAMILY_AFTER = /^[^.!?\n]*?(?<![\p{L}])(?:(?:min|vår) (?:familj|släkt|mamma|pappa|mor|far|mormor|morfar|farmor|farfar)|mina föräldrar|våra föräldrar|vi flydde|jag flydde)(?![\p{L}])/iu;
const INSULT_BEFORE = /(?:^|[^\p{L}])(?:du|ni) (?:är|e) (?:ju |så |helt |fan |bara )?$/iu;
const INSULT_AFTER = /^(?:\s*[.!]|\s+i huvudet|\s+i skallen|\s*$)/iu;
/** A word that names a group, a metaphor or an association rather than disclosing something about a person. */
export function aboutNoOne(text: string, start: number, end: number, word: string): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  // "jag går på Spelberoendes förening varannan torsdag": the writer or a relative goes to it, and says so.
  if (MEMBER_BEFORE.test(before) && ASSOCIATION_AFTER.test(text.slice(end, end + 30))) return false;
  // ("… vapnen mot kristna i Mellanöstern som gjorde att min familj flydde hit", from test76: the writer's family is among
  // them, said later in the sentence.)
  if (groupPlurals.has(word) && !WE_BEFORE.test(before) && !OWN_FAMILY_AFTER.test(text.slice(end, end + 90))) return true;
  // "Missbrukare är ohyra", "alla missbrukare är farliga", "innan första knarkaren flyttar in" (from test64, stop 45):
  // an addiction noun that is singular and plural alike, or one said of the first, next or any one, names no one.
  if (ADDICTS.test(word) && (ANY_ONE_BEFORE.test(before) || (/^(?:missbrukare|knarkare|spelmissbrukare)$/u.test(word) && !SOMEONE_IS_BEFORE.test(before)))) return true;
  // "den här tråden ger mig huvudvärk": a figure of speech about a thread or a meeting.
  if (word === 'huvudvärk' && /(?:^|[^\p{L}])(?:ger|gav|får|fick)\s+(?:mig|en|oss)\s+$/iu.test(before) && /(?:tråd|möte|diskussion|debatt|kommentar)\p{L}*/iu.test(text)) return true;
  if (METAPHORS.has(word) && METAPHOR_BEFORE.test(before)) return true;
  // "det sprider ju sjukdomar, ring firman" (from test84): rats or pigeons spread disease, no one has it.
  if (/^sjukdom/u.test(word) && /(?:sprider|sprida|sprids|bär på|för med sig)\s+(?:ju\s+|bara\s+|massa\s+)?$/iu.test(before)) return true;
  // "Du är sjuk. Det är ett ungdomsråd …", "ni är ju sjuka i huvudet" (from test80): an insult to the reader, not a health fact.
  if ((word === 'sjuk' || word === 'sjuka') && INSULT_BEFORE.test(before) && INSULT_AFTER.test(text.slice(end, end + 14))) return true;
  // "Bögar och transor är en psykisk sjukdom" (from test78): a disease word said of a group, the sentence's subject, is
  // what hate speech says of a group, not anyone's health.
  if (METAPHORS.has(word) && groupSubjectBefore(text, start)) return true;
  if (DISABLED_GROUPS.has(word) && !SOMEONES.test(text)) return true;
  // "om någon blir svårt sjuk": anyone, not someone.
  if (word.startsWith('sjuk') && /(?:^|[^\p{L}])(?:om|när|ifall)\s+(?:någon|nån|man)\s+(?:blir|är)\s+(?:svårt\s+|allvarligt\s+)?$/iu.test(before)) return true;
  // "Vilken sjuk bild", "kön är helt sjuk i år": slang for crazy, not an illness.
  if ((word === 'sjuk' || word === 'sjukt') && (SLANG_BEFORE.test(before) || SLANG_AFTER.test(text.slice(end, end + 12)))) return true;
  // "Hur vet vikarierna vilka barn som är allergiska?": children in general.
  if (/(?:^|[^\p{L}])(?:vilka|alla|de|hur\s+många)\s+(?:barn|elever|personer|boende|barnen|eleverna)\s+(?:som\s+)?(?:är|har|blir)\s+(?:inte\s+)?$/iu.test(before)) return true;
  // "Hur sjuk får man vara?": disbelief at someone's conduct.
  if (word === 'sjuk' && /(?:^|[^\p{L}])hur\s+$/iu.test(before) && /^\s+(?:får|kan)\s+man\s+vara/iu.test(text.slice(end, end + 20))) return true;
  // ("Som hbtq-person boende i Hagaberg": a person who lives there, not a home for them.)
  if (INSTITUTION_AFTER.test(text.slice(end, end + 16)) && !/person$/u.test(word)) return true;
  // "LSS-boende": the same place written as one joined word.
  if (word.includes('-') && INSTITUTION_AFTER.test(word.slice(word.lastIndexOf('-')))) return true;
  // "tänk på barn med funktionsvariationer", "en gunga för rullstol": people in general, or equipment, not a
  // person ("mina två barn med autism" is someone's).
  if (GENERIC_WITH.test(before) && !OWNED_WITH.test(before)) return true;
  if (/^rull(?:stol|ator)/u.test(word) && /(?:^|[^\p{L}])för\s+$/u.test(before)) return true;
  // "hela slingan går att gå med barnvagn och rullstol": a path that takes one, not someone's.
  if (/^rull(?:stol|ator)/u.test(word) && /(?:går\s+(?:det\s+)?att|kan\s+man|kommer\s+man)\s[^.!?]{0,40}$/iu.test(text.slice(Math.max(0, start - 64), start))) return true;
  // "Är lokalen tillgänglig med rullator?", "Funkar det med rullstol in i lokalen?": a question about a place, not someone's.
  if (/^rull(?:stol|ator)/u.test(word) && /(?:tillgänglig(?:t|a)?|funkar\s+det|fungerar\s+det|ta\s+sig\s+(?:in|fram)|komma\s+(?:in|fram))\s+med\s+$/iu.test(before)) return true;
  if (/(?:ska|ic|ish)$/u.test(word) && LANGUAGE_BEFORE.test(before)) return true;
  // "Could you add English subtitles": the English verb, not the diagnosis ADD (written in capitals, or after "har", "med" …).
  if (word === 'add' && text.slice(start, end) !== 'ADD' && !ADD_BEFORE.test(before)) return true;
  // "för dig som vårdar en närstående med demens": a notice to whoever it concerns, not about a person.
  // ("den som märkte att jag hade ätstörning": someone is named in between, so it is about them.)
  const anyone = ANYONE_BEFORE.exec(before);
  if ((anyone && !/(?<![\p{L}])(?:jag|han|hon|hen|min|mitt|mina|hans|hennes)(?![\p{L}])/iu.test(anyone[0].replace(/^.*?som\s+/isu, ''))) || NO_ONE_BEFORE.test(before)) return true;
  // "borde få smaka på sin egen medicin", "borde få smaka samma medicin": an idiom.
  if (word.startsWith('medicin') && /smaka\s+(?:på\s+)?(?:sin|sina|er|din|deras|min|egen|samma)\s+(?:egen\s+|egna\s+)?$/iu.test(before)) return true;
  // "träff om demens", "föreläsning om diabetes": the topic of an event or a leaflet, not anyone's health.
  if (TOPIC_BEFORE.test(before)) return true;
  // "Hörselföreningen i Söderort bjuder in till öppet hus om hörapparater": an association's notice.
  const lead = text.slice(Math.max(0, start - 90), start);
  if (hasAssociationWord(lead) && ASSOCIATION_NAMED.test(lead)) return true;
  return ASSOCIATION_BEFORE.test(before) || ASSOCIATION_AFTER.test(text.slice(end, end + 30));
}
const MEMBER_BEFORE = /(?:^|[^\p{L}])(?:jag|han|hon|hen|min\s+\p{L}+|mitt\s+\p{L}+)\s+(?:går|gick|har\s+gått|är\s+med|var\s+med|blev\s+medlem)\s+(?:på|i|till)\s+$/iu;

// Compound heads ("bröstcancern", "lungsjukdomar"): a backtracking regex per long word cost more than
// everything else together, so tails are a Set probed only when the last two chars could end one.
const TAIL_ENDINGS = ['', 'en', 'n', 'er', 'ar', 'erna', 'arna', 'ns', 'ens'];
const tailForms = new Set(tails.flatMap((t) => TAIL_ENDINGS.map((e) => t + e)));
const tailLengths = [...new Set([...tailForms].map((f) => f.length))];
const tailEnds = new Set([...tailForms].map((f) => suffixKey(f, f.length)));

function hasSensitiveTail(word: string): boolean {
  if (!tailEnds.has(suffixKey(word, word.length))) return false;
  // At least three letters of compound head, so the bare word is left to the inflection table.
  return tailLengths.some((n) => word.length >= n + 3 && tailForms.has(word.slice(-n)));
}

// Necessary conditions checked in place on the lower-cased text, so that of ~700k words per 4 MB only
// the ~11k that could match are sliced and looked up: a form must pass the filter of form hashes
// (forEachWord hashes each word as it scans); a compound must end in one of the tail forms.
const formHashes = new KeyFilter([...forms].map((f) => wordHash(f, 0, f.length)));
const tailsByEnd = new Map<number, string[]>();
for (const f of tailForms) {
  // tailKey reads four chars; a shorter tail in the data would need another screen, so fail loudly.
  if (f.length < 4) throw new Error(`sensitive tail "${f}" is shorter than four chars`);
  const key = tailKey(f, f.length);
  tailsByEnd.set(key, [...(tailsByEnd.get(key) ?? []), f]);
}
const tailShapes = new KeyFilter(tailsByEnd.keys());

/** The match part of hasSensitiveTail without slicing; the key alone passes every "-erna" word. */
function endsWithTail(s: string, start: number, end: number): boolean {
  const key = tailKey(s, end);
  if (!tailShapes.has(key)) return false;
  for (const f of tailsByEnd.get(key) ?? []) {
    if (end - start >= f.length + 3 && endsWithLowered(s, end, f)) return true;
  }
  return false;
}

function mayBeSensitive(s: string, start: number, end: number, hash: number): boolean {
  const length = end - start;
  if (length < 3) return false;
  return formHashes.has(hash) || (length >= 8 && endsWithTail(s, start, end));
}

/** sensitiveWord also tries each hyphen-separated part, so the screen must too. */
function mayBeSensitiveJoined(s: string, start: number, end: number, hash: number): boolean {
  if (mayBeSensitive(s, start, end, hash)) return true;
  let from = start;
  for (let dash = s.indexOf('-', start); dash !== -1 && dash < end; dash = s.indexOf('-', from)) {
    if (mayBeSensitive(s, from, dash, wordHash(s, from, dash))) return true;
    from = dash + 1;
  }
  return from > start && mayBeSensitive(s, from, end, wordHash(s, from, end));
}

// Sticky and keyed by first word, so a phrase is tried only where that word starts.
const PHRASE_RES = new Map(
  [...phrasesByWord].map(([w, sources]) => [w, new RegExp(`(?:${sources.join('|')})(?![\\p{L}\\d])`, 'iuy')]),
);
const phraseWordKeys = [...PHRASE_RES.keys()].map((w) => wordHash(w, 0, w.length));
const phraseWords = new KeyFilter(phraseWordKeys);

/** Hashes of every whole word the visitor acts on (forms, first words of phrases), for a shared screen. */
export const SENSITIVE_WORD_KEYS: readonly number[] = [...[...forms].map((f) => wordHash(f, 0, f.length)), ...phraseWordKeys];

/** The visitor's only other way in for a plain word: a compound ending ("bröstcancern"). */
export function mayEndSensitive(s: string, start: number, end: number): boolean {
  return end - start >= 8 && endsWithTail(s, start, end);
}
// "Kristen Andersson", "Muslim Aid": a capitalised word followed by another is a name, not a disclosure.
const NAME_AFTER = /^ \p{Lu}\p{Ll}/u;
const CAPITAL = /^\p{Lu}\p{Ll}/u;

function sensitiveWord(word: string): boolean {
  if (word.length < 3 || excluded.has(word)) return false;
  if (prefixes.has(keyOf(word)) && forms.has(word)) return true;
  if (word.length >= 8 && hasSensitiveTail(word)) return true;
  if (word.includes('-')) return word.split('-').some((part) => sensitiveWord(part));
  return false;
}

export function findSensitive(text: string, out: PersonalDataFinding[]): void {
  forEachWord(text, sensitiveWordVisitor(text, out));
}

/**
 * Per-word step of findSensitive, exposed so the entry point can share one word pass with minors.
 * Screens and keys read the text lower-cased unit by unit (./lower.ts), as the lowered copy of the
 * whole text they once read had it; "folded" is whether that copy differed from the text at all.
 */
export function sensitiveWordVisitor(text: string, out: PersonalDataFinding[]): WordVisitor {
  const dottedI = text.includes('\u0130');
  let foldedMemo: boolean | undefined;
  const folded = () => (foldedMemo ??= changesWhenLowered(text));
  // When nothing was folded, each word is lower-cased on its own, and a lone "İ" then grows into two
  // chars; the in-place screen would judge a different string, so such texts keep the coarse screen.
  const screenInPlace = !dottedI || folded();
  let phraseEnd = 0;
  return (start, end, joined, hash) => {
    const phrase = start >= phraseEnd && phraseWords.has(hash) ? PHRASE_RES.get(loweredSlice(text, start, end).toLowerCase()) : undefined;
    if (phrase) {
      phrase.lastIndex = start;
      const m = phrase.exec(text);
      if (m) {
        phraseEnd = start + m[0].length;
        if (!groupSubjectBefore(text, start)) out.push(finding('sensitive', text, start, phraseEnd));
      }
    }
    if (screenInPlace) {
      if (!(joined ? mayBeSensitiveJoined(text, start, end, hash) : mayBeSensitive(text, start, end, hash))) return;
    } else if (
      !joined &&
      !prefixes.has(prefixKey(text, start, end)) &&
      (end - start < 8 || !tailEnds.has(suffixKey(text, end)))
    ) {
      return;
    }
    const word = folded() ? loweredSlice(text, start, end) : text.slice(start, end).toLowerCase();
    if (!sensitiveWord(word)) return;
    if (CAPITAL.test(text.slice(start, end)) && NAME_AFTER.test(text.slice(end, end + 3))) return;
    if (aboutNoOne(text, start, end, word)) return;
    out.push(finding('sensitive', text, start, end));
  };
}
