/**
 * Political-content detector behind the neutrality reminder (RF 1 kap. 9 §, JO 5866-2018): officials
 * must treat every party alike and never moderate an opinion away. The check only triggers a reminder,
 * so it favours precision: a reminder on every second comment would be ignored.
 *
 * Precision/recall choices (tested in tests/checks/political.test.ts):
 *   - "val"/"valet" count as elections except in choice idioms ("valet av färg", "ett bra val", "ditt val")
 *     and "en val" (the whale); "valp", "valt", "valde" never match (whole words only).
 *   - "moderat" alone is not matched ("en moderat höjning", "moderatorn"); the party forms are.
 *   - Party letters are case-sensitive whole tokens. S, M, V, C, L need a political neighbour: a verb
 *     ("M vill"), "rösta på V", another party letter ("S och M"), parentheses "(SD)", a hyphen compound
 *     from a closed list ("M-styret", "S-ledda", "MP-politiker", "S-märkt") or a genitive ("KD:s").
 *     SD, KD and MP also count alone, except "12 MP" (megapixels) and "SD-kort"/"SD card".
 *   - A list of only S/M/L that contains L ("S, M och L") is a size chart, not a coalition.
 */
import en from './data/political-en.json';
import sv from './data/political-sv.json';
import { normalizeForMatching, spansBack } from './normalize';
import { hasPartyLetters, partyLetterHits } from './party-letters';
import { compilePatterns, matchTerms, pickLongest, uniqueTexts, type TermMatch, type WordLists } from './wordlists';

export type { WordLists } from './wordlists';
export type PoliticalResult = { political: boolean; terms: string[] };

type Vocabulary = { terms: Record<string, string[]>; except: string[] };
const VOCABULARIES: readonly Vocabulary[] = [sv, en];
const INCLUDE = VOCABULARIES.flatMap((v) => Object.entries(v.terms).map(([tag, list]) => compilePatterns(list, tag)));
const EXCEPT = VOCABULARIES.map((v) => compilePatterns(v.except, 'except'));

/**
 * The user's political word list with the office's politicians' names added as terms (literal text, whole
 * words, case-insensitive). The names come from their own setting (options page or policy), empty by default.
 */
export function withPoliticians(list: WordLists | undefined, names: readonly string[] | undefined): WordLists | undefined {
  if (!names?.length) return list;
  // Also as a handle: "@marikasjovind", "@marika.sjovind" (lower case, å/ä/ö plain, no space or a dot).
  const plain = (name: string) => name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const handles = names.flatMap((name) => [plain(name).replace(/\s+/g, ''), plain(name).replace(/\s+/g, '.'), plain(name).replace(/\s+/g, '_')]);
  // "Tallqvist och hans gäng": the surname alone, unless it is one of Sweden's commonest (a resident's, as likely).
  const surnames = names.flatMap((name) => {
    const parts = name.trim().split(/\s+/);
    const last = parts[parts.length - 1] ?? '';
    return parts.length >= 2 && last.length >= 4 && !COMMON_SURNAMES.has(last.toLowerCase()) ? [last] : [];
  });
  return { add: [...(list?.add ?? []), ...names, ...new Set([...handles, ...surnames])], remove: list?.remove ?? [] };
}

// Sweden's commonest surnames (SCB's name statistics), lower case.
const COMMON_SURNAMES = new Set(
  ('andersson johansson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson jonsson ' +
    'jansson hansson bengtsson jönsson lindberg carlsson petersson lindström gustavsson magnusson lindqvist olofsson ' +
    'lindgren axelsson berg bergström lundberg lind jakobsson lundgren berglund mattsson fredriksson sandberg ' +
    'henriksson forsberg sjöberg wallin engström eklund danielsson lundqvist håkansson björk bergman gunnarsson holm ' +
    'wikström samuelsson isaksson fransson bergqvist nyström holmberg arvidsson löfgren söderberg nyberg ali mohammed ' +
    'ahmed hassan nguyen kaya yilmaz').split(' '),
);

/**
 * Finds political vocabulary: parties (names, nicknames, abbreviations), youth wings, political roles
 * and elections. `terms` are the matched surface strings, case-insensitively deduplicated, in order of
 * first appearance. `extra.add` terms count as political; `extra.remove` silences built-in terms.
 */
export function findPoliticalContent(text: string, extra?: WordLists): PoliticalResult {
  return resultOf(politicalHits(text, extra));
}

/** The vocabulary alone, without the civil-vote context rule: what the matcher's differential test compares. */
export function findPoliticalVocabulary(text: string, extra?: WordLists): PoliticalResult {
  return resultOf(politicalHits(text, extra, false));
}

function resultOf(hits: readonly TermMatch[]): PoliticalResult {
  const terms = uniqueTexts(hits);
  return { political: terms.length > 0, terms };
}

/** The political spans in `text` (NFC), leftmost-longest, in text order: what "show why" marks. */
export function politicalHits(text: string, extra?: WordLists, withContext = true): TermMatch[] {
  // Spans are in the NFC text; zero-width characters, fullwidth forms and the like are undone for matching.
  const nfc = text.normalize('NFC');
  const n = normalizeForMatching(nfc);
  return spansBack(n, nfc, matchPolitical(n.text, extra, withContext));
}

function matchPolitical(normalized: string, extra: WordLists | undefined, withContext: boolean): TermMatch[] {
  const words = matchTerms(normalized, { include: INCLUDE, except: EXCEPT, extra, extraTag: 'user' });
  let letters: TermMatch[] = [];
  if (hasPartyLetters(normalized)) {
    const removed = new Set((extra?.remove ?? []).map((r) => r.trim().replace(/[()]/g, '')));
    const exceptSpans = matchTerms(normalized, { include: EXCEPT });
    letters = partyLetterHits(normalized).filter(
      (h) => !removed.has(h.text.replace(/[()]/g, '')) && !exceptSpans.some((x) => x.start < h.end && h.start < x.end),
    );
  }
  if (words.length === 0 && letters.length === 0) return [];
  if (withContext && letters.length === 0 && words.every((h) => VOTE_VERB.test(h.text)) && (CIVIL_VOTE.test(normalized) || VOTE_FOR_PERSON.test(normalized))) return [];
  return pickLongest([...words, ...letters]);
}

// "Rösta på Vårbergstoppen i tävlingen", "styrelsen röstade ja på stämman", "kandiderar till styrelsen i brf:en": a vote
// or a candidacy that is all the comment has
// of politics, in a contest or an association's meeting, is not political. A party or politician named
// beside it still is.
const VOTE_VERB = /^(?:röst(?:a|ar|ade|at|ning\p{L}*)|kandider(?:a|ar|ade|at)|vot(?:e|es|ed|ing))$/iu;
const CIVIL_VOTE =
  /(?<![\p{L}])(?:\p{L}*tävling\p{L}*|omröstning\p{L}*|mello\p{L}*|melodifestival\p{L}*|föreningsstämma\p{L}*|stämma|stämman|årsmöte\p{L}*|bostadsrättsförening\p{L}*|brf|styrelsen|elevrådet|idol|mötet|medlemsmötet|extramötet|hyresgästförening\p{L}*|årets|elevrådsval\p{L}*|styrelseval\p{L}*|lucia\p{L}*|eurovision|röstning på vem)(?![\p{L}])/iu;
// "Röstade på Nour, hennes röst är magisk", "Alla röstar på dig": a vote for a person the office's list does not name
// (a politician on it, or a party, is a political term of its own, so the comment is not the vote's alone).
const VOTE_FOR_PERSON = /(?<![\p{L}])[Rr]öst(?:a|ar|ade|at) på (?:dig|er|henne|honom|\p{Lu}\p{Ll}+)(?![\p{L}])(?![ \t]+\p{Lu})/u;
