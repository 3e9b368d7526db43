/**
 * Compiled word lists and the matchers that scan them. Every built-in list (political, unlawful, their
 * exceptions and pairs) goes into ONE matcher, built on first use after the modules that own the lists
 * have loaded, so a comment is scanned once for all of them however many lists a check asks about. The
 * user's lists are small and change with the settings: each combination gets a matcher of its own.
 */
import { Matcher, type Hit } from './matcher';
import { parsePattern, parseUserTerm, type Term } from './terms';
import { tokenize } from './tokens';

export interface CompiledList {
  readonly id: number;
  readonly tag: string;
  readonly terms: readonly Term[];
  readonly builtIn: boolean;
  /**
   * Which shared matcher a built-in list joins. The unlawful check's pattern rules have their own, so the
   * political check's scan does not walk their terms.
   */
  readonly group: string;
}

/** A hit of one term of one list: `term` indexes that list's terms. */
export interface ListHit {
  readonly term: number;
  readonly start: number;
  readonly end: number;
}

interface Combined {
  readonly matcher: Matcher;
  /** For each of the matcher's terms: the id of its list and its index there. */
  readonly listOf: Int32Array;
  readonly indexIn: Int32Array;
}

let nextId = 1;
const builtInLists: CompiledList[] = [];
const GROUPS = new Map<string, { lists: CompiledList[]; combined: Combined | null }>();
/** What the built-in vocabularies cost to get ready, for the benchmark's first-use figure. */
const cost = { parseMs: 0, buildMs: 0 };
const userCombinations = new Map<string, Combined>();
// Settings change rarely, but tests and the options page can make many distinct lists: stay bounded.
const MAX_USER_COMBINATIONS = 16;

/** A built-in list is pattern syntax (optionally case-sensitive); a user list is literal text. */
export function compileList(list: readonly string[], tag: string, builtInList: boolean, caseSensitive = false, group = 'main'): CompiledList {
  const t0 = performance.now();
  const compiled: CompiledList = {
    id: nextId++,
    tag,
    terms: list
      .filter((p) => p.trim() !== '')
      .map((p) => (builtInList ? parsePattern(p, tag, caseSensitive) : parseUserTerm(p, tag))),
    builtIn: builtInList,
    group,
  };
  if (builtInList) {
    builtInLists.push(compiled);
    const g = GROUPS.get(group) ?? { lists: [], combined: null };
    g.lists.push(compiled);
    g.combined = null;
    GROUPS.set(group, g);
    cost.parseMs += performance.now() - t0;
  }
  return compiled;
}

function combine(lists: readonly CompiledList[]): Combined {
  const terms = lists.flatMap((l) => l.terms);
  const listOf = new Int32Array(terms.length);
  const indexIn = new Int32Array(terms.length);
  let k = 0;
  for (const l of lists) {
    l.terms.forEach((_, i) => {
      listOf[k] = l.id;
      indexIn[k++] = i;
    });
  }
  return { matcher: new Matcher(terms), listOf, indexIn };
}

function userCombination(lists: readonly CompiledList[]): Combined {
  const key = lists.map((l) => l.id).join(',');
  let c = userCombinations.get(key);
  if (!c) {
    if (userCombinations.size >= MAX_USER_COMBINATIONS) userCombinations.clear();
    userCombinations.set(key, (c = combine(lists)));
  }
  return c;
}

function builtInCombined(group = 'main'): Combined {
  const g = GROUPS.get(group) ?? { lists: [], combined: null };
  GROUPS.set(group, g);
  if (g.combined) return g.combined;
  const t0 = performance.now();
  g.combined = combine(g.lists);
  cost.buildMs += performance.now() - t0;
  return g.combined;
}

/**
 * Builds the shared matcher now rather than on the first scan, and says what getting the built-in
 * vocabularies ready has cost: parsing the patterns (when their modules load) and building the matcher.
 */
export function prepareBuiltIn(): { lists: number; terms: number; parseMs: number; buildMs: number } {
  for (const group of GROUPS.keys()) builtInCombined(group);
  return { lists: builtInLists.length, terms: builtInLists.reduce((n, l) => n + l.terms.length, 0), ...cost };
}

/**
 * The hits of each list in `lists` (same order), each in the order the per-term regexes produced them:
 * by term as listed, then by position; null when no list has any. `text` must be NFC-normalised. Pass
 * the same array again (not a copy) and its layout is not worked out again.
 */
export function listHits(text: string, lists: readonly CompiledList[]): ListHit[][] | null {
  const plan = planOf(lists);
  const tokens = tokenize(text);
  const found: { source: Combined; hits: readonly Hit[] }[] = [];
  for (const group of plan.groups) {
    const source = builtInCombined(group);
    const hits = source.matcher.scan(tokens);
    if (hits.length > 0) found.push({ source, hits });
  }
  if (plan.users) {
    const source = userCombination(plan.users);
    const hits = source.matcher.scan(tokens);
    if (hits.length > 0) found.push({ source, hits });
  }
  // Most comments hit nothing: answer them without building anything.
  if (found.length === 0) return null;
  let out: ListHit[][] | null = null;
  for (const { source, hits } of found) {
    for (const hit of hits) {
      const at = plan.slots.get(source.listOf[hit.term] as number);
      if (!at) continue;
      out ??= new Array<ListHit[]>(lists.length).fill(NO_HITS);
      const term = source.indexIn[hit.term] as number;
      for (const i of at) {
        if (out[i] === NO_HITS) out[i] = [];
        (out[i] as ListHit[]).push({ term, start: hit.start, end: hit.end });
      }
    }
  }
  // The shared matcher hit only lists nobody asked about here.
  if (out === null) return null;
  for (const hits of out) if (hits.length > 1) hits.sort((x, y) => x.term - y.term || x.start - y.start);
  return out;
}

/** The answer of a list with no hit: one shared, frozen empty array. */
const NO_HITS = Object.freeze([]) as unknown as ListHit[];

/**
 * What a list array asks for, worked out once per array: the built-in matchers to scan, the user
 * lists (each once, even when passed twice, or their hits would count twice), and where each list id
 * goes in the answer (a list passed twice gets its hits twice, as asked).
 */
interface Plan {
  readonly groups: readonly string[];
  readonly users: CompiledList[] | null;
  readonly slots: Map<number, number[]>;
}
const plans = new WeakMap<readonly CompiledList[], Plan>();
// A single list comes in a new array each time (`scan(text, list)`): its plan is kept by the list.
const singles = new WeakMap<CompiledList, Plan>();
function planOf(lists: readonly CompiledList[]): Plan {
  const only = lists.length === 1 ? (lists[0] as CompiledList) : null;
  let plan = only ? singles.get(only) : plans.get(lists);
  if (plan) return plan;
  const groups = new Set<string>();
  let users: CompiledList[] | null = null;
  const slots = new Map<number, number[]>();
  for (const [i, l] of lists.entries()) {
    if (l.builtIn) groups.add(l.group);
    else if (!users?.includes(l)) (users ??= []).push(l);
    const at = slots.get(l.id);
    if (at) at.push(i);
    else slots.set(l.id, [i]);
  }
  plan = { groups: [...groups], users, slots };
  if (only) singles.set(only, plan);
  else plans.set(lists, plan);
  return plan;
}
