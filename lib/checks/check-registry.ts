/**
 * Runs a list of checks over comments and folds their answers into what the overlay, the page panel,
 * the record and the monitoring round need. Built from `CHECKS` for the product; tests build one with
 * a test-only check to prove that a new check needs no change anywhere else.
 */
import type { MessageKey } from '../i18n';
import type { ActionKind, Comment } from '../model';
import type { Badge, CheckContext, CheckDefinition, CheckFacts, ChecklistItem } from './define';

/** Every check's result for one comment, keyed by check id. */
export type Judgement = Readonly<Record<string, unknown>>;

export interface CheckRegistry<K extends string = string> {
  readonly checks: readonly CheckDefinition[];
  /** Count keys in panel order, each with its label. */
  readonly countKeys: readonly K[];
  readonly countLabels: Readonly<Record<K, MessageKey>>;
  /** The checks that offer a user word list, with its key and title. */
  readonly wordLists: readonly { key: string; title: MessageKey }[];
  judge(comment: Comment, ctx: CheckContext): Judgement;
  /** Whether any result in `j` (whole or partial) suggests removal: the `removal` of the others' context. */
  removal(j: Judgement): boolean;
  /** What the results in `j` (whole or partial) tell the other checks: `removal` and the tellers' facts. */
  context(j: Judgement): { removal: boolean } & CheckFacts;
  /** Re-runs only the timed checks (deadlines), keeping the others' results. */
  rejudgeTimed(previous: Judgement, comment: Comment, ctx: CheckContext): Judgement;
  /** The counts still open for one comment. */
  open(j: Judgement, recorded: readonly ActionKind[]): ReadonlySet<K>;
  tags(j: Judgement): string[];
  badges(j: Judgement, recorded: readonly ActionKind[]): (Badge & { check: string })[];
  checklist(j: Judgement, recorded: readonly ActionKind[]): (ChecklistItem & { check: string })[];
  emptyCounts(): Record<K, number>;
  /** The totals in panel order, each with its label. */
  labelled(total: Record<K, number>): { key: K; label: MessageKey; value: number }[];
}

/** A record carries at most this many tags (moderation-record/1). */
const MAX_TAGS = 32;

/** `K` names the count keys the checks declare (derived from the list where it is typed). */
export function createCheckRegistry<K extends string = string>(checks: readonly CheckDefinition[]): CheckRegistry<K> {
  const countLabels = {} as Record<K, MessageKey>;
  for (const check of checks) {
    if (checks.filter((c) => c.id === check.id).length > 1) throw new Error(`two checks with the id ${check.id}`);
    for (const [key, label] of Object.entries(check.counts) as [K, MessageKey][]) {
      // Two checks may feed one count (personal data and unlawful both "flag"), under one label.
      if (countLabels[key] !== undefined && countLabels[key] !== label) throw new Error(`count ${key} has two labels`);
      countLabels[key] = label;
    }
  }
  const countKeys = Object.keys(countLabels) as K[];
  const removers = checks.filter((c) => c.suggestsRemoval !== null);
  const tellers = checks.filter((c) => c.suggestsRemoval === null && c.tells !== null);
  const others = checks.filter((c) => c.suggestsRemoval === null && c.tells === null);
  const removal = (j: Judgement) => removers.some((c) => c.id in j && c.suggestsRemoval!(j[c.id]));
  const facts = (j: Judgement): CheckFacts => Object.assign({}, ...tellers.filter((c) => c.id in j).map((c) => c.tells!(j[c.id])));
  const context = (j: Judgement) => ({ removal: removal(j), ...facts(j) });
  const opens = (j: Judgement, recorded: readonly ActionKind[]) =>
    checks.map((c) => ({ check: c, open: c.open(j[c.id], recorded) as readonly K[] }));

  return {
    checks,
    countKeys,
    countLabels,
    wordLists: checks.flatMap((c) => (c.wordList ? [c.wordList] : [])),
    removal,
    context,
    judge(comment, ctx) {
      // The checks that may suggest removal first: the others are told (a threat needs no answer). Then the
      // checks that tell the rest something, in list order, each told what those before it found (what the text asks,
      // then when a reply to it would be due), then the rest.
      const first: Record<string, unknown> = Object.fromEntries(removers.map((c) => [c.id, c.run(comment, ctx)]));
      let rest: CheckContext = { ...ctx, removal: removal(first) };
      const second: Record<string, unknown> = {};
      for (const c of tellers) {
        second[c.id] = c.run(comment, rest);
        rest = { ...rest, ...c.tells!(second[c.id]) };
      }
      const all: Record<string, unknown> = { ...first, ...second, ...Object.fromEntries(others.map((c) => [c.id, c.run(comment, rest)])) };
      return Object.fromEntries(checks.map((c) => [c.id, all[c.id]]));
    },
    rejudgeTimed: (previous, comment, ctx) => {
      const rest = { ...ctx, ...context(previous) };
      return { ...previous, ...Object.fromEntries(checks.filter((c) => c.timed).map((c) => [c.id, c.run(comment, rest)])) };
    },
    open: (j, recorded) => new Set(opens(j, recorded).flatMap((o) => o.open)),
    tags: (j) => checks.flatMap((c) => c.tags(j[c.id])).slice(0, MAX_TAGS),
    badges: (j, recorded) =>
      opens(j, recorded).flatMap(({ check, open }) => {
        const badge = check.badge(j[check.id], open);
        return badge ? [{ ...badge, check: check.id }] : [];
      }),
    checklist: (j, recorded) =>
      checks.flatMap((c) => {
        const item = c.checklistItem(j[c.id], recorded);
        return item ? [{ ...item, check: c.id }] : [];
      }),
    emptyCounts: () => Object.fromEntries(countKeys.map((k) => [k, 0])) as Record<K, number>,
    labelled: (total) => countKeys.map((key) => ({ key, label: countLabels[key], value: total[key] })),
  };
}
