/**
 * Candidates for the BBS-lagen (1998:112) 5 § removal duty. This never decides that something is a
 * crime: it flags comments a human should look at, with the ground(s) the vocabulary suggests, so the
 * "Document & remove" flow can pre-select a ground the moderator then confirms or changes.
 *
 * Recall over precision, except for a handful of everyday idioms that would otherwise flood the panel
 * ("skjut upp mötet", "det dödar mig", "bränn ner kalorier", "spräcka/spränga budgeten", "död åt
 * måndagar", "fästingar är parasiter"): those are listed as exceptions in the data files, and a term
 * overlapping an exception is dropped. Group hatred uses generic dehumanising patterns, not slurs.
 * Copyright needs either a piracy word or a free-download phrase together with a media word, because
 * "ladda ner appen gratis" is a normal municipal message.
 */
import en from './data/unlawful-en.json';
import sv from './data/unlawful-sv.json';
import { composeNormalized, normalizeForMatching, spansBack, undoWordEvasions } from './normalize';
import { MODELS, wordModelsOn } from './models';
import { modelMatches } from './word-model';
import { ruleHits, sentenceSpans, type RuleHit } from './unlawful-rules';
import {
  compilePatterns, compileUserTerms, matchTerms, pickLongest, uniqueTexts, type CompiledList, type TermMatch, type WordLists,
} from './wordlists';

export type { WordLists } from './wordlists';

export { LAW_GROUNDS, type LawGround } from './law-grounds';
import type { LawGround } from './law-grounds';
import { LAW_GROUNDS } from './law-grounds';

/** `byModel`: only the word model flagged it (no rule or term did), so no ground is suggested. */
export type UnlawfulResult = { flagged: boolean; grounds: LawGround[]; terms: string[]; byModel?: true };
/** `add` terms flag without a ground (the moderator picks one); `byGround` terms also suggest theirs. */
export type UnlawfulWordLists = WordLists & { byGround?: Partial<Record<LawGround, readonly string[]>> };

type GroundSpec = { terms: string[]; pairs?: string[][] };
type Vocabulary = { grounds: Record<string, GroundSpec>; except: string[] };
const VOCABULARIES: readonly Vocabulary[] = [sv, en];
const GROUND_IDS = new Set<string>(LAW_GROUNDS.map((g) => g.id));
const USER_TAG = 'user';
/** The tag of spans the word model weighed most, when it alone flags a comment. */
export const MODEL_TAG = 'model';

function isGround(tag: string): tag is LawGround {
  return GROUND_IDS.has(tag);
}

const INCLUDE: CompiledList[] = [];
const PAIRS: { ground: LawGround; first: readonly CompiledList[]; second: readonly CompiledList[] }[] = [];
for (const vocabulary of VOCABULARIES) {
  for (const [ground, spec] of Object.entries(vocabulary.grounds)) {
    if (!isGround(ground)) throw new Error(`unknown law ground in vocabulary: ${ground}`);
    INCLUDE.push(compilePatterns(spec.terms, ground));
    const [first, second] = spec.pairs ?? [];
    if (first && second) {
      PAIRS.push({ ground, first: [compilePatterns(first, ground)], second: [compilePatterns(second, ground)] });
    }
  }
}
const EXCEPT = VOCABULARIES.map((v) => compilePatterns(v.except, 'except'));

// Pair lists only count together; alone they are ordinary words ("filmen", "gratis här").
function pairHits(text: string, remove: WordLists['remove']): TermMatch[] {
  return PAIRS.flatMap(({ first, second }) => {
    const a = matchTerms(text, { include: first, except: EXCEPT, extra: { remove } });
    if (a.length === 0) return [];
    const b = matchTerms(text, { include: second, except: EXCEPT, extra: { remove } });
    const b2 = b.filter((y) => !a.some((x) => x.start < y.end && y.start < x.end));
    return a.length > 0 && b.length > 0 ? [...a, ...b2] : [];
  });
}

/**
 * Flags text that may fall under BBS-lagen 5 §. `grounds` and `terms` are in order of first appearance
 * in the text; `terms` are the matched surface strings, case-insensitively deduplicated.
 */
export function findUnlawfulCandidates(text: string, extra?: UnlawfulWordLists): UnlawfulResult {
  return judgeHits(unlawfulHits(text, extra, true));
}

/** The vocabulary alone, without the pattern rules: what the matcher's differential test compares. */
export function findUnlawfulVocabulary(text: string, extra?: UnlawfulWordLists): UnlawfulResult {
  return judgeHits(unlawfulHits(text, extra, false));
}

/** Every span that made the check fire, in text order, non-overlapping ("show why" highlights these). */
/**
 * The office's own comment: the word model's guess is left out (over dev … test40 it flagged five of the office's
 * own answers and notices, "Sök feriejobb via länken i bion", and no own comment was unlawful), and so is the doxxing
 * rule: the office giving its own numbers beside "ring …" or "dela …" is a notice, not a call to harass (over test71 …
 * test74 it flagged two such notices). The other rules and the office's own words still apply.
 */
export function withoutModelForOwn(hits: TermMatch[], own: boolean): TermMatch[] {
  return own ? hits.filter((h) => h.tag !== MODEL_TAG && (h as Partial<RuleHit>).rule !== 'doxxing') : hits;
}

export function unlawfulHits(text: string, extra?: UnlawfulWordLists, withRules = true): TermMatch[] {
  // Spans are in the NFC text; zero-width characters, fullwidth forms and the like are undone for matching.
  const nfc = text.normalize('NFC');
  const n = normalizedForUnlawful(nfc);
  return spansBack(n, nfc, matchUnlawful(n.text, extra, withRules));
}

/** Character evasions (zero-width, fullwidth …) and word evasions ("s k j u t a", "SPR4NG4") undone. */
export function normalizedForUnlawful(nfc: string) {
  const n = normalizeForMatching(nfc);
  return composeNormalized(n, undoWordEvasions(n.text));
}

function matchUnlawful(normalized: string, extra: UnlawfulWordLists | undefined, withRules: boolean): TermMatch[] {
  const user = Object.entries(extra?.byGround ?? {}).flatMap(([ground, list]) =>
    isGround(ground) && list ? [compileUserTerms(list, ground)] : [],
  );
  const single = matchTerms(normalized, { include: INCLUDE, except: EXCEPT, extra, extraTag: USER_TAG, user });
  const hits = [...single, ...pairHits(normalized, extra?.remove)].sort((x, y) => x.start - y.start);
  if (!withRules) return hits;
  // Rule spans add to the vocabulary's; where they overlap a vocabulary hit, that hit stands for both.
  // The exceptions' spans, found once and only when asked for (by a rule that fired, or by the model).
  let excepted: TermMatch[] | undefined;
  const exceptions = () => (excepted ??= matchTerms(normalized, { include: EXCEPT }));
  const fired = ruleHits(normalized, exceptions);
  const rules = pickLongest(fired).filter((r) => !hits.some((h) => h.start < r.end && r.start < h.end));
  // Every part of every rule that fired is looked at for reported speech, also a part a longer span stands for.
  const candidates = withoutPests([...hits, ...rules].sort((x, y) => x.start - y.start), normalized);
  const found = withoutReported(candidates, normalized, fired);
  if (found.length > 0) return found;
  // What the rules found was someone else's words, told to condemn them ("Han som skrev att de ska bränna ner …"): the
  // model, which reads the same words, is not asked to overrule that.
  if (candidates.length > 0) return [];
  // Nothing the rules stand by: the word model may still find it reads like a threat, hate or an offer.
  // The same filters apply (pests, a threat quoted to report it), and the office's removed terms win.
  return withoutReported(withoutPests(modelHits(normalized, exceptions, extra?.remove), normalized), normalized);
}

function modelHits(normalized: string, exceptions: () => readonly TermMatch[], remove: WordLists['remove']): TermMatch[] {
  if (!wordModelsOn()) return [];
  // The exceptions hold for the model too: "döda mig om jag kommer sent", "jag dör av skratt" are read
  // as if those words were not there (blanked, so the spans still point at the same characters).
  // Words quoted to condemn or report them (reportedSpans) are not the writer's either.
  let masked = normalized;
  const blanks = [...exceptions().map((e): [number, number] => [e.start, e.end]), ...reportedSpans(normalized)];
  for (const [start, end] of blanks) masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  return modelMatches(masked, MODELS.unlawful, MODEL_TAG, remove).map((h) => ({ ...h, text: normalized.slice(h.start, h.end) }));
}

// "Råttorna måste utrotas": extermination talk about pests, with no population group named, is pest control.
const PESTS = /(?<![\p{L}])(?:råtta|råttor|råttorna|möss|mössen|kackerlack\p{L}*|vägglöss\p{L}*|löss|lössen|huvudlöss|mört|mörtar|silverfisk\p{L}*|skadedjur\p{L}*|vildsvin\p{L}*|kråkor|kråkorna|måsar|måsarna|duvor|duvorna|mygg\p{L}*|geting\p{L}*|myror|myrorna|sanering\p{L}*|rats|mice|cockroaches|wasps?|pests|a\s+pest)(?![\p{L}])/iu;
const GROUP_NAMED = /(?<![\p{L}])(?:muslim\p{L}*|jud\p{L}*|invandrar\p{L}*|flykting\p{L}*|somali\p{L}*|arab\p{L}*|afrikan\p{L}*|romer\p{L}*|zigenar\p{L}*|bög\p{L}*|homo\p{L}*|svartskall\p{L}*|blatt\p{L}*|neg\p{L}*|utlänning\p{L}*|afghan\p{L}*|syrier\p{L}*|kurder\p{L}*|samer\p{L}*|mellanöstern|afrika|arabländerna|immigrants?|refugees|jews|muslims|gypsies|roma|afghans|syrians|iraqis|migrants|eritreans|arabs|somalis|blacks|gays|these people|those people|(?:de|dom|dem) här människorna|inte (?:riktiga )?människor|not (?:even )?human|släpper (?:man |vi |ni )?in|stäng gränsen|stäng gränserna|hela släkten|hit till sverige|menar (?:jag )?inte djuren|inte djuren alltså|på två ben|med två ben|har (?:ju )?två ben|tvåbent\p{L}*|tar (?:ni|de|dom) över|tiggar\p{L}*|rumän\p{L}*|invaders?|(?:de|dom|ni) (?:är|e) som (?:råttor|kackerlackor|ohyra|parasiter)|breed like|like rats|like cockroaches|förökar sig som|ynglar av sig som|håll (?:dem|dom) borta från (?:våra|mina) (?:barn|döttrar|ungar)|ut med hela packet|(?:kryper|kommer|tar sig|väller|strömmar|smyger) (?:in )?över gränsen|sånt folk|sådant folk|moské\p{L}*|synagog\p{L}*|folk från (?:vissa|sådana|såna|dessa|de|dom) (?:länder|länderna|kulturer)|lever som (?:råttor|djur|kackerlackor|svin|parasiter)|skicka (?:hem|tillbaka) (?:dem|dom)(?: alla| allihop)?|polack\p{L}*|somalierna|rumäner\p{L}*|(?:kackerlackor|råttor|parasiter|ohyra|avskum) (?:allihop|allihopa|varenda en))(?![\p{L}])/iu;

function withoutPests(hits: TermMatch[], text: string): TermMatch[] {
  if (hits.length === 0 || !PESTS.test(text) || GROUP_NAMED.test(text)) return hits;
  // "Kråkorna är rena ohyran, skjut hela bunten": a bare call to kill, with pests named and no person, is pest control too.
  const pestKill = (h: TermMatch) => h.tag === 'olaga-hot' && PEST_KILL.test(h.text) && !A_PERSON.test(text);
  // ("Kråkorna … är rena ohyran … Får man skjuta dem eller vem ska man ringa?", from test77: the intent word a rule paired
  // with the call to kill goes with it.)
  const intentOfPestKill = (h: TermMatch) => h.tag === 'olaga-hot' && INTENT_WORD.test(h.text) && hits.some(pestKill);
  if (!hits.every((h) => h.tag === 'hets-mot-folkgrupp' || h.tag === MODEL_TAG || pestKill(h) || intentOfPestKill(h))) return hits;
  return [];
}
const PEST_KILL = /^(?:skjut|skjuta|döda|förgifta|utrota|ha ihjäl|(?:borde|ska|måste|bör)\s+(?:skjutas|dödas|förgiftas|utrotas))(?:\s+(?:dem|dom|alla|allihop|hela\s+bunten))?$/iu;
const INTENT_WORD = /^(?:ska|skall|tänker|kommer att|borde|måste)$/iu;
const A_PERSON = /(?<![\p{L}])(?:du|dig|ni|er|han|hon|hen|honom|henne|hans|hennes|ägaren|ägarna|grannen)(?![\p{L}])/iu;

// A threat quoted to report or ask about it: "någon skrev 'jag ska döda dig'", "Är det olaga hot om någon skriver "…"?"
const QUOTED = /["“”«»'‘’]([^"“”«»'‘’]{3,200})["“”«»'‘’]/gu;
const REPORTING = /(?:höra att|fick höra|hörde|kallade|kallades|blev kallad|blev kallade|called|skriv inte|skriver|skriva|skrev|skrivit|sa|sade|säger|sagt|stod|står|hotade|ropade|skrek|vrålade|sprayat|sprejat|sprayade|sprejade|klottrade|målat|klottrat|sms|meddelande|mejl|brev|lapp|wrote|writes|said|says|saying|claims|claiming|message|text)(?:\s+\p{L}+){0,3}\s*(?::\s*)?$/iu;

// … or what follows it tells whom it was said to or what for: '"Vi ses när ni minst anar det" till lärare', '"Kör ut packet" för att
// några kör fort'.
const REPORTED_AFTER = /^\s*[,:]?\s*(?:skrek|sa|sade|ropade|skrev|vrålade|hördes|shouted|said|wrote|yelled|till (?:en |ett |min |vår |våra |mina )?\p{L}+|för (?:att|en|ett))(?![\p{L}])/iu;

/**
 * Counter-speech: a comment that talks about such words as words, to condemn or report them ("jag hoppas att polisen
 * tar sådana kommentarer på allvar", "anmäld", "I reported it", "Två kommentarer här ovan är ren rasism, "…""). Its
 * quotes are reported speech whatever verb leads them.
 */
const ABOUT_THE_WORDS = /(?<![\p{L}])(?:(?:sådana|såna|sånna|dessa|de här|dom här|den här|denna|det här|such)\s+(?:kommentar\p{L}*|hot\p{L}*|inlägg\p{L}*|uttalande\p{L}*|comments?|threats?|posts?)|anmäld|anmäler (?:dig|er|honom|henne|detta|det här)|polisanmäl\p{L}*|i reported (?:it|this|them)|reported (?:it|this) to|(?<!(?:inte|om det|ifall det) )(?:är|var) (?:(?:ren|rena|ju|bara|öppen|grov) )?(?:rasism|hets)(?! att)|(?:är|var) rasistisk\p{L}*|(?:kommentar\p{L}*|inlägg\p{L}*) (?:här )?(?:ovan|ovanför|nedan)|(?:det|detta|sånt|sådant) är (?:ett )?(?:olaga )?hot|är inte yttrandefrihet|skäms|skäms på (?:dig|er)|shame on you|(?:skriver|skriva|skrev|säger|säga|sa) (?:så|sånt|sådant) till)(?![\p{L}])/iu;

/**
 * "Du skriver om att spränga …", "han pratade om att bränna ner …", "Den som skriver att någon ska …", "Han som skrev att de
 * ska bränna ner …", "Ni som pratar om att ta saken i egna händer": someone else's words, told to condemn them.
 */
const TOLD_BEFORE = /(?<![\p{L}])(?:du|ni|han|hon|hen|de|dom|någon|nån|den|you|he|she|they|someone)\s+(?:som\s+)?(?:skriver|skrev|pratar|pratade|snackar|snackade|talar|talade|writes|wrote|talks|talked|is talking|are talking)\s+(?:(?:om|about)(?:\s+att)?|att(?:\s+(?:någon|nån|man|ni|vi|du|de|dom|han|hon)(?:\s+(?:ska|skulle|borde|kommer att|kommer))?)?)\s*$/iu;

/**
 * "@Tomas bränna ner? Du pratar om …": a few words of another comment echoed back as a question. Not when they speak of
 * you or us ("@Tomas ska jag skjuta dig?" is a threat put as a question).
 */
const ECHOED = /^\s*@[\p{L}\p{N}._-]+(?:\s+\p{Lu}[\p{L}-]*)?\s+((?:[\p{L}\p{N}]+\s+){0,2}[\p{L}\p{N}]+)\s*\?+/u;
const SPOKEN_TO = /(?<![\p{L}])(?:jag|vi|du|dig|ni|er|din|ditt|dina|era|ert|mig|oss|you|we|i)(?![\p{L}])/iu;

/**
 * A sentence that states the law or reports the act: "Att sprida nakenbilder på någon under 18 år är ett allvarligt
 * brott", "det där är barnporr och du kommer att bli anmäld", "Att kalla … för kackerlackor är hets mot folkgrupp", "Det där är
 * piratkopiering". What it names is not offered or done by the writer.
 * A threat in such a sentence is still the writer's ("Du blir anmäld, men först ska jag skjuta dig"), and so is what the
 * word model reads there.
 * ("Om det är rasism att vilja skicka hem alla … så är jag rasist" states no law: it owns the words.)
 */
const LAW_STATED = /(?<![\p{L}])(?:är (?:ett )?(?:\p{L}+ )?brott|(?<!(?:inte|om det|ifall det) )(?:är|var) (?:ren |rena |ju |bara |öppen |grov )?(?:rasism|hets mot folkgrupp|piratkopiering|barnporr)|(?:är|kan vara) (?:olagligt|straffbart|brottsligt)|(?:bli|blir|blivit) (?:polis)?anmäld|har (?:polis)?anmält|is (?:a )?(?:\p{L}+ )?crime|is illegal)(?![\p{L}])/iu;
/** The sentences that state the law or report the act (LAW_STATED), split as the rules split them. */
function lawStatedSpans(text: string): [number, number][] {
  if (!LAW_STATED.test(text)) return [];
  return sentenceSpans(text).filter(([start, end]) => LAW_STATED.test(text.slice(start, end)));
}

function reportedSpans(text: string): [number, number][] {
  const reported: [number, number][] = [];
  // Looked for once, and only in a comment with a quote (the model reads nearly every comment through here).
  let aboutTheWords: boolean | undefined;
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const end = m.index + m[0].length;
    aboutTheWords ??= ABOUT_THE_WORDS.test(text);
    // … or the verb after it: '"Domaren borde skjutas" skrek en morfar bakom mig'.
    if (aboutTheWords || REPORTING.test(text.slice(Math.max(0, m.index - 24), m.index).trimEnd()) || REPORTED_AFTER.test(text.slice(end, end + 24))) reported.push([m.index, end]);
  }
  const echo = ECHOED.exec(text);
  if (echo && !SPOKEN_TO.test(echo[1] ?? '')) reported.push([echo.index, echo.index + echo[0].length]);
  return reported;
}

function withoutReported(hits: TermMatch[], text: string, parts: readonly RuleHit[] = []): TermMatch[] {
  if (hits.length === 0) return hits;
  const reported = reportedSpans(text);
  const law = lawStatedSpans(text);
  const inside = (spans: [number, number][], h: TermMatch) => spans.some(([start, end]) => start <= h.start && h.end <= end);
  // Each hit looked at once: in a quote or echo, right after "du skriver om att …", or named by a rule or term in a sentence
  // that states the law (a threat there is still the writer's: "Du blir anmäld, men först ska jag skjuta dig").
  const isOthers = (h: TermMatch) =>
    inside(reported, h) || TOLD_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start)) || (h.tag !== 'olaga-hot' && h.tag !== MODEL_TAG && inside(law, h));
  const others = hits.map(isOthers);
  // A rule needs all its parts: one of them in someone else's words, and the writer's own words do not make the rule.
  const droppedRules = new Set<string>();
  hits.forEach((h, i) => {
    const rule = (h as Partial<RuleHit>).rule;
    if (rule && others[i]) droppedRules.add(rule);
  });
  for (const p of parts) if (!droppedRules.has(p.rule) && isOthers(p)) droppedRules.add(p.rule);
  return hits.filter((h, i) => !others[i] && !droppedRules.has((h as Partial<RuleHit>).rule ?? ''));
}

/** The ids of the pattern rules that fire on `text`, with the exceptions applied as the check applies them. */
export function rulesFired(text: string): Set<string> {
  const normalized = normalizedForUnlawful(text.normalize('NFC')).text;
  return new Set(ruleHits(normalized, () => matchTerms(normalized, { include: EXCEPT })).map((h) => h.rule));
}

/** The check's answer from its spans (unlawfulHits). */
export function judgeHits(hits: readonly TermMatch[]): UnlawfulResult {
  const grounds: LawGround[] = [];
  for (const { tag } of hits) if (isGround(tag) && !grounds.includes(tag)) grounds.push(tag);
  const terms = uniqueTexts(hits);
  const byModel = hits.length > 0 && hits.every((h) => h.tag === MODEL_TAG);
  return { flagged: terms.length > 0, grounds, terms, ...(byModel ? { byModel: true as const } : {}) };
}
