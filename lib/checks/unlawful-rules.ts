/**
 * Declarative pattern rules (data/unlawful-rules.json) for threats, dehumanisation and doxxing: a rule
 * fires when each of its lists hits, within one sentence or anywhere in the comment. Every list is a
 * built-in list of the shared matcher, so the comment is still scanned once for all vocabularies.
 */
import type { LawGroundId } from '../model';
import data from './data/unlawful-rules.json';
import { compilePatterns, type CompiledList, type TermMatch } from './wordlists';
import { listHits } from './match/lists';

type RuleSpec = { id: string; ground: string; scope: 'sentence' | 'comment'; all: string[][]; hit: string[]; miss: string[] };
/**
 * A rule's list: matcher terms (`list`), shapes found by a regex of their own (`shapes`: '@number' …), or
 * everyday words looked for only when the rule's other lists hit (`lazy`). `emoji` marks a list of emoji shapes (weapons, vermin, blood).
 */
type RuleList = { list: CompiledList | null; shapes: readonly RegExp[]; lazy: RegExp | null; emoji: boolean };
/**
 * `at`: where each list's matcher list is in LISTS (-1: none); `needs`: those that must hit before the
 * rule is looked at further; `emoji`: the rule has a list of emoji shapes.
 */
type Rule = { id: string; ground: LawGroundId; sentence: boolean; lists: RuleList[]; at: number[]; needs: number[]; emoji: boolean };
type Span = { start: number; end: number };

// Not a number given as where to pay ("bankgiro 5318-2047", "Swedbank 8327-9, 914 205 338-6"): a collection is no call to
// harass. Nor the writer's own ("ägaren kan ringa mig 070-…", "mitt nummer är …").
const NUMBER = /(?<!(?:bankgiro|plusgiro|bg|pg|konto|kontonummer|kontonr|clearing|clearingnummer|swish|iban|org\.?\s?nr|organisationsnummer|nordea|seb|ocr|ocr-nummer|faktura|fakturanummer|\p{L}*bank(?:en)?)[\s:.]*(?:\d{4,5}(?:-\d)?,?\s*)?|(?:ring|ringa|ringer|sms:a|nå|når|kontakta) mig(?: på)?[\s:]*|mitt (?:nummer|telefonnummer|mobilnummer)(?: är)?[\s:]*|\d[\s\u00a0-]?)\d(?:[\s\u00a0-]?\d){6,}/giu;
// '@address': a street name and number ("Bagarmossvägen 14").
const ADDRESS = /(?<![\p{L}])\p{L}+(?:vägen|gatan|gränd|gränden|backe|backen|allé|torg|torget|stigen|plan|platsen)\s+\d{1,3}(?![\d])/giu;
// '@ageRange': a child's age range ("12-14", "11–13 år"); '@plate': a Swedish registration number ("XKL 42B").
const AGE_RANGE = /(?<![\d])(?:[4-9]|1[0-7])\s*[-–]\s*(?:[5-9]|1[0-7])(?:\s*år)?(?![\d])/gu;
const PLATE = /(?<![\p{L}\d])[A-ZÅÄÖ]{3}\s?\d{2}[A-Z\d](?![\p{L}\d])/gu;
// '@weaponEmoji': a knife, gun, bomb, axe, dynamite or dagger standing for a weapon.
const WEAPON_EMOJI = /(?:\u{1F52A}|\u{1F52B}|\u{1F4A3}|\u{1FA93}|\u{1F9E8}|\u{1F5E1})/gu;
// '@verminEmoji': rats, monkeys, apes, cockroaches and pigs standing for people; '@bloodEmoji': blood, a skull, a coffin, a grave.
const VERMIN_EMOJI = /(?:\u{1F400}|\u{1F401}|\u{1F412}|\u{1F435}|\u{1F98D}|\u{1FAB3}|\u{1F416}|\u{1F437})/gu;
const BLOOD_EMOJI = /(?:\u{1FA78}|\u{1F480}|\u{2620}|\u{26B0}|\u{1FAA6})/gu;
const EMOJI_SHAPES: Readonly<Record<string, RegExp>> = { '@weaponEmoji': WEAPON_EMOJI, '@verminEmoji': VERMIN_EMOJI, '@bloodEmoji': BLOOD_EMOJI };
const SHAPES: Readonly<Record<string, RegExp>> = { '@number': NUMBER, '@address': ADDRESS, '@ageRange': AGE_RANGE, '@plate': PLATE };
const sets = data.sets as Record<string, string[]>;

function expand(items: readonly string[]): string[] {
  return items.flatMap((item) => {
    if (!item.startsWith('$')) return [item];
    const set = sets[item.slice(1)];
    if (!set) throw new Error(`unknown set in unlawful-rules.json: ${item}`);
    return set;
  });
}

export const RULE_SPECS: readonly RuleSpec[] = data.rules as RuleSpec[];

const LAZY = new Set<string>(data.lazy);
const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/** A lazy set (plain everyday words) as one whole-word, case-insensitive regex. */
function lazyRegex(words: readonly string[]): RegExp {
  if (words.some((w) => /[*+|{}]/.test(w))) throw new Error('a lazy set in unlawful-rules.json holds plain words only');
  const alternatives = words.map((w) => escape(w).replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
}

function ruleList(items: readonly string[], tag: string): RuleList {
  const set = items.length === 1 && items[0]!.startsWith('$') ? items[0]!.slice(1) : null;
  if (set && LAZY.has(set)) return { list: null, shapes: [], lazy: lazyRegex(expand(items)), emoji: false };
  if (items.length > 0 && items.every((i) => i in EMOJI_SHAPES)) return { list: null, shapes: items.map((i) => EMOJI_SHAPES[i] as RegExp), lazy: null, emoji: true };
  const all = expand(items);
  const words = all.filter((w) => !(w in SHAPES));
  const shapes = Object.entries(SHAPES).flatMap(([name, re]) => (all.includes(name) ? [re] : []));
  return { list: words.length ? compilePatterns(words, tag, { group: 'rules' }) : null, shapes, lazy: null, emoji: false };
}

const LISTS: CompiledList[] = [];
const RULES: readonly Rule[] = RULE_SPECS.map((spec) => {
  const lists = spec.all.map((items, i) => ruleList(items, `${spec.id}#${i}`));
  const at = lists.map((l) => (l.list ? LISTS.push(l.list) - 1 : -1));
  // A list with shapes may hit by a shape alone: only the plain matcher lists must hit.
  const needs = at.filter((i, k) => i >= 0 && (lists[k] as RuleList).shapes.length === 0);
  return { id: spec.id, ground: spec.ground as LawGroundId, sentence: spec.scope === 'sentence', lists, at, needs, emoji: lists.some((l) => l.emoji) };
});
const NO_HITS: readonly Span[] = [];

/** Where sentences end: at . ! ? or a line break followed by a space or the end ("kl. 18" and "5.5" do not end one). */
const SENTENCE_END = /[.!?\n]+(?=\s|$)/gu;

/** The sentences of `text` as [start, end) spans, each with its closing punctuation; the rules' "one sentence". */
export function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    spans.push([start, m.index + m[0].length]);
    start = m.index + m[0].length;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}

/** Sentence number of each offset: a sentence ends at . ! ? or a line break. */
function sentenceOf(text: string): (at: number) => number {
  const ends: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) ends.push(m.index);
  return (at) => {
    let n = 0;
    while (n < ends.length && (ends[n] as number) < at) n++;
    return n;
  };
}

export type RuleHit = TermMatch & { rule: string };

const spansOf = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

const DIGIT = /\d/;
// Not global, so testing leaves no lastIndex behind (matchAll starts from a global regex's lastIndex).
const ANY_RULE_EMOJI = new RegExp(Object.values(EMOJI_SHAPES).map((re) => re.source).join('|'), 'u');
function hasRuleEmoji(text: string): boolean {
  return ANY_RULE_EMOJI.test(text);
}

/**
 * The rules that fire on `text` (NFC) and the spans that made them fire. `blocked` spans (exceptions
 * such as "skjut upp mötet") never count.
 */
export function ruleHits(text: string, blocked: () => readonly { start: number; end: number }[] = () => []): RuleHit[] {
  const found = listHits(text, LISTS);
  const emoji = hasRuleEmoji(text);
  // Rules of numbers, addresses and emoji alone (doxxing, a weapon emoji) need no matcher hit.
  if (!found && !emoji && !DIGIT.test(text)) return [];
  const raw = (i: number): readonly Span[] => found?.[i] ?? NO_HITS;
  // Only rules whose matcher lists all hit go further (nearly every comment stops here). An emoji
  // rule is a candidate only with such an emoji (else it would pass every comment on).
  const candidates = RULES.filter((rule) => rule.needs.every((i) => raw(i).length > 0) && (emoji || !rule.emoji));
  if (candidates.length === 0) return [];
  const spansBlocked = blocked();
  const kept = new Map<number, readonly Span[]>();
  const hitsOf = (i: number): readonly Span[] => {
    let hits = kept.get(i);
    if (!hits) kept.set(i, (hits = raw(i).filter((h) => !spansBlocked.some((b) => b.start < h.end && h.start < b.end))));
    return hits;
  };
  const sentence = sentenceOf(text);
  const out: RuleHit[] = [];
  for (const rule of candidates) {
    // The matcher's lists first: only where all of them hit are the lazy everyday words looked for.
    if (rule.needs.some((i) => hitsOf(i).length === 0)) continue;
    const spans = rule.lists.map(({ shapes, lazy }, k) =>
      lazy ? spansOf(text, lazy) : [...((rule.at[k] as number) >= 0 ? hitsOf(rule.at[k] as number) : NO_HITS), ...shapes.flatMap((re) => spansOf(text, re))],
    );
    if (spans.some((s) => s.length === 0)) continue;
    let chosen: { start: number; end: number }[] | null = null;
    if (!rule.sentence) chosen = spans.map((s) => s[0] as { start: number; end: number });
    else {
      const shared = spans
        .map((s) => new Set(s.map((h) => sentence(h.start))))
        .reduce((a, b) => new Set([...a].filter((x) => b.has(x))));
      const first = [...shared][0];
      if (first !== undefined) chosen = spans.map((s) => s.find((h) => sentence(h.start) === first) as { start: number; end: number });
    }
    if (!chosen) continue;
    for (const h of chosen) out.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end), pattern: rule.id, tag: rule.ground, rule: rule.id });
  }
  return out;
}
