/**
 * What a check is to the rest of the extension: one file per check exports `defineCheck(...)`, and
 * the registry lists them. The overlay's badges and checklist, the page-panel and monitoring counts,
 * the record's `checks` tags and the options page's word lists are all built from the definitions.
 */
import type { MessageKey } from '../i18n';
import type { ActionKind, Comment, LawGroundId } from '../model';
import type { ReplyDeadline } from './deadline';
import type { QuestionReading } from './question';
import type { ReplySettings } from './reply-decision';
import type { WordLists } from './wordlists';

import type { Excerpt } from './excerpt';

export type OfficeMatch = false | 'url' | 'name';

export interface CheckContext {
  now: Date;
  /** When the comment's posted label was first read: a relative label ("2 d") is counted back from then, not from `now`. */
  seenAt?: Date;
  /**
   * Whether the office wrote the comment: `url` by its account's address (certain), `name` by display
   * name only, where the page gave no address to compare ("probably the office"), or false.
   */
  own: OfficeMatch;
  /** Whether the office has replied to this comment in the thread, decided the same way. */
  officeReplied: OfficeMatch;
  /** For a reply: whether the comment it answers is the office's; undefined when that comment is not on the page. */
  parentByOffice?: boolean;
  replySettings?: ReplySettings;
  /**
   * Another check suggests the comment be documented and removed (BBS-lagen 5 §): a threat or a piracy
   * offer put as a question is not a question for the office to answer. Set by the registry from the
   * checks that declare `suggestsRemoval`, which are judged first.
   */
  removal?: boolean;
  /** What the text asks of the office: told by the question check (`tells`), judged before the others. */
  question?: QuestionReading;
  /**
   * When a reply would be due: told by the deadline check (posted time plus working hours, worked out in the background).
   */
  deadline?: ReplyDeadline;
  /** The user's additions and removals, by the key a check declares in `wordList`. */
  wordLists?: Readonly<Partial<Record<string, WordLists>>>;
}

/** How a badge looks; each tone has its own colour in the overlay's stylesheet. */
export type BadgeTone = 'reply' | 'overdue' | 'personal-data' | 'political' | 'unlawful' | 'notice';

export interface Badge {
  tone: BadgeTone;
  text: string;
}

/** One item of the expanded checklist, as data: the overlay renders it, never as HTML. */
export interface ChecklistItem {
  title: string;
  lines: readonly string[];
  /** Numbered reminders. */
  steps?: readonly string[];
  /** One logged action per button; a kind already recorded shows as done instead. */
  actions?: readonly { kind: ActionKind; label: string }[];
  /** "Show why": the comment's words this check matched, marked in an excerpt. */
  excerpt?: Excerpt | null;
  /** "Document and remove", with a required legal ground; `suggested` is preselected. */
  removal?: { suggested: readonly LawGroundId[] };
}

/** What a check may tell the others through their context (see `tells`). */
export type CheckFacts = Pick<CheckContext, 'question' | 'deadline'>;

export interface CheckSpec<Id extends string, R, C extends string, W extends string> {
  id: Id;
  /** Pure: judges one comment. */
  run(comment: Comment, ctx: CheckContext): R;
  /** Also re-run while the page sits open (deadlines pass); other checks rerun only on new text. */
  timed?: boolean;
  /** Short tags stored in a record's `checks`, naming what the check found when the action was taken. */
  tags(result: R): readonly string[];
  /** The page-panel and monitoring counts this check feeds, with the panel's label for each. */
  counts: { readonly [K in C]: MessageKey };
  /** Which of its counts are still open for a comment, given the actions recorded on it. */
  open(result: R, recorded: readonly ActionKind[]): readonly C[];
  badge?(result: R, open: readonly C[]): Badge | null;
  checklistItem?(result: R, recorded: readonly ActionKind[]): ChecklistItem | null;
  /** A word list the user can extend or trim on the options page. */
  wordList?: { key: W; title: MessageKey };
  /** Whether the result suggests removal (sets `removal` in the other checks' context). */
  suggestsRemoval?(result: R): boolean;
  /**
   * Facts from the result for the other checks' context; such checks are judged before those others, in list order, each
   * told what the ones before it found (the deadline check reads what the question check found).
   */
  tells?(result: R): CheckFacts;
}

/**
 * A registered check. Results travel as `unknown` inside a judgement keyed by check id; each
 * definition only ever receives the result its own `run` produced.
 */
export interface CheckDefinition<Id extends string = string, C extends string = string, W extends string = string> {
  readonly id: Id;
  readonly timed: boolean;
  readonly counts: { readonly [K in C]: MessageKey };
  readonly wordList?: { key: W; title: MessageKey };
  run(comment: Comment, ctx: CheckContext): unknown;
  tags(result: unknown): readonly string[];
  open(result: unknown, recorded: readonly ActionKind[]): readonly C[];
  badge(result: unknown, open: readonly C[]): Badge | null;
  checklistItem(result: unknown, recorded: readonly ActionKind[]): ChecklistItem | null;
  /** Null when the check never suggests removal; such checks are judged after those that may. */
  suggestsRemoval: ((result: unknown) => boolean) | null;
  /** Null when the check tells the others nothing. */
  tells: ((result: unknown) => CheckFacts) | null;
}

export function defineCheck<const Id extends string, R, const C extends string = never, const W extends string = never>(
  spec: CheckSpec<Id, R, C, W>,
): CheckDefinition<Id, C, W> {
  // The one unchecked step: a result is only handed back to the check whose `run` made it.
  const own = (result: unknown) => result as R;
  return {
    id: spec.id,
    timed: spec.timed ?? false,
    counts: spec.counts,
    ...(spec.wordList ? { wordList: spec.wordList } : {}),
    run: spec.run,
    tags: (r) => spec.tags(own(r)),
    open: (r, recorded) => spec.open(own(r), recorded),
    badge: (r, open) => spec.badge?.(own(r), open) ?? null,
    checklistItem: (r, recorded) => spec.checklistItem?.(own(r), recorded) ?? null,
    suggestsRemoval: spec.suggestsRemoval ? (r) => spec.suggestsRemoval!(own(r)) : null,
    tells: spec.tells ? (r) => spec.tells!(own(r)) : null,
  };
}

/** Everything of a check but its `run`: how its result is shown, counted and tagged. */
export type CheckView<Id extends string, R, C extends string, W extends string> = Omit<CheckSpec<Id, R, C, W>, 'run'>;

/**
 * A check's view, apart from its `run`, for checks whose `run` is heavy (vocabularies, patterns): the
 * content script shows their results with the view alone and has them judged in the background.
 * Curried so the result type is named once and the rest is inferred: `checkView<MyResult>()({ … })`.
 */
export function checkView<R>() {
  return <const Id extends string, const C extends string = never, const W extends string = never>(view: CheckView<Id, R, C, W>): CheckView<Id, R, C, W> => view;
}

/**
 * The check as the content script holds it: its view, with a `run` that is never called there (the
 * text is judged in the background, `lib/checks/text-checks.ts`), so its rules stay out of the page.
 */
export function remoteCheck<Id extends string, R, C extends string, W extends string>(view: CheckView<Id, R, C, W>): CheckDefinition<Id, C, W> {
  return defineCheck<Id, R, C, W>({
    ...view,
    run() {
      throw new Error(`the ${view.id} check is judged in the background`);
    },
  });
}
