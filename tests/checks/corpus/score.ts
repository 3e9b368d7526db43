/**
 * Scores every check on the issue-13 corpus (tests/checks/corpus/README.md), per kind and split. Shared by
 * `npm run bench` and tests/checks/corpus-issue13.test.ts. Ambiguous items are left out of a kind's score.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPersonalData } from '../../../lib/checks/personal-data.ts';
import { findPoliticalContent, withPoliticians } from '../../../lib/checks/political.ts';
import { readQuestion } from '../../../lib/checks/question.ts';
import { replyDeadline } from '../../../lib/checks/deadline.ts';
import { DEFAULT_REPLY, replyDue } from '../../../lib/checks/reply-due.ts';
import { judgeHits, unlawfulHits, withoutModelForOwn } from '../../../lib/checks/unlawful.ts';
import { scoreBinary, type BinaryScore } from '../binary-score.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

export const LABEL_KINDS = [
  'unlawful', 'political', 'needsReply', 'anyPersonalData', 'minor', 'sensitive', 'personnummer', 'bankAccount',
  'phone', 'email', 'address',
] as const;
export type LabelKind = (typeof LABEL_KINDS)[number];
/** Every built split, in the order the corpus bench prints them (`test`, cut from src/, among the sets of its time). */
export const SPLITS = [
  'dev', 'test2', 'test3', 'test4', 'test5', 'test6', 'test7', 'test8', 'test9', 'test10', 'test11', 'test12', 'test13', 'test14', 'test15', 'test16', 'test17', 'test18', 'test19', 'test20', 'test21', 'test22', 'test23', 'test24', 'test25', 'test26', 'test27', 'test28', 'test29', 'test30', 'test31', 'test32', 'test33', 'test34', 'test35', 'test36', 'test37', 'test38', 'test39', 'test40', 'test41', 'test42', 'test43', 'test44', 'test45', 'test46', 'test47', 'test48', 'test', 'test49', 'test50', 'test51', 'test52', 'test53', 'test54', 'test55', 'test56', 'test57', 'test58', 'test59', 'test60', 'test61', 'test62', 'test63', 'test64', 'test65', 'test66', 'test67', 'test68', 'test69', 'test70', 'test71', 'test72', 'test73', 'test74', 'test75', 'test76', 'test77', 'test78', 'test79', 'test80', 'test81', 'test82', 'test83', 'test84', 'test85', 'test86', 'test87', 'test88', 'test89', 'test90', 'test91', 'test92', 'test93', 'test94', 'test95', 'test96',
] as const;
export type Split = (typeof SPLITS)[number];

/**
 * Never tuned on or trained on: `test` by position from src/, and the fresh sets since their first score (see the README).
 * The corpus bench prints these with the rules alone too, and the word-model test holds that no model was trained on them.
 */
export const HELD_OUT: ReadonlySet<Split> = new Set<Split>(['test', 'test85', 'test86', 'test87', 'test88', 'test89', 'test90', 'test91', 'test92', 'test93', 'test94', 'test95', 'test96']);

export type CorpusComment = {
  id: string;
  split: Split;
  platform: 'facebook' | 'instagram';
  lang: 'sv' | 'en';
  text: string;
  context: { isReply: boolean; replyTo?: 'resident' | 'office'; own?: boolean };
  labels: Record<LabelKind, boolean> & { ground?: string };
  ambiguous?: true;
  ambiguousFor?: LabelKind[];
};

export function readSplit(split: Split): CorpusComment[] {
  return readFileSync(join(HERE, `${split}.jsonl`), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusComment);
}

/** The office's own list of politicians' names, as an office would enter it (the setting is empty by default). */
export const POLITICIAN_NAMES: readonly string[] = (
  JSON.parse(readFileSync(join(HERE, 'politicians.json'), 'utf8')) as { names: string[] }
).names;

// Made once, as the content script does at start: word lists are compiled once per list object.
const POLITICAL_LISTS = withPoliticians(undefined, POLITICIAN_NAMES);

const NOW = new Date('2026-03-10T10:00:00+01:00');
const POSTED = '2026-03-10T08:00:00+01:00';
const DUE_AT = replyDeadline({ postedAt: POSTED }, NOW);

/** Every check's yes/no reading of one comment: one call per check, as the overlay makes them. */
export function judge(c: CorpusComment): Record<LabelKind, boolean> {
  // As the check runs: the word model's guess is left out for the office's own comments.
  const unlawful = judgeHits(withoutModelForOwn(unlawfulHits(c.text), c.context.own === true)).flagged;
  // As the background judges them: the unlawful check first, personal data told when it flags.
  // The office's own comments are judged as the check judges a comment under the office's name (not one proven
  // by its account's address, whose personal data is never flagged): its contact details are its own.
  const kinds = new Set(findPersonalData(c.text, { removal: unlawful, byOffice: c.context.own === true }).map((f) => f.kind));
  const reply = replyDue(
    { text: c.text, isReply: c.context.isReply, authorName: 'Invånare' },
    { now: NOW, settings: DEFAULT_REPLY, own: c.context.own === true, answered: false, removal: unlawful, question: readQuestion(c.text), dueAt: DUE_AT, ...threadOf(c) } as Parameters<typeof replyDue>[1],
  );
  return {
    unlawful,
    political: findPoliticalContent(c.text, POLITICAL_LISTS).political,
    needsReply: reply.needed,
    anyPersonalData: kinds.size > 0,
    minor: kinds.has('minor'),
    sensitive: kinds.has('sensitive'),
    personnummer: kinds.has('personnummer') || kinds.has('samordningsnummer'),
    bankAccount: kinds.has('bank-account'),
    phone: kinds.has('phone'),
    email: kinds.has('email'),
    address: kinds.has('address') || kinds.has('postal-code'),
  };
}

// What the overlay knows about a reply: whose comment it answers (the office's or someone else's).
function threadOf(c: CorpusComment): { parentByOffice?: boolean } {
  return c.context.replyTo ? { parentByOffice: c.context.replyTo === 'office' } : {};
}

export type KindScores = Record<LabelKind, BinaryScore>;

export function scoreSplit(items: readonly CorpusComment[]): KindScores {
  const judged = new Map(items.map((c) => [c.id, judge(c)]));
  return Object.fromEntries(
    LABEL_KINDS.map((kind) => {
      const scored = items.filter((c) => !c.ambiguous && !c.ambiguousFor?.includes(kind));
      const labelled = scored.map((c) => ({ id: c.id, lang: c.lang, text: c.id, expected: c.labels[kind] }));
      return [kind, scoreBinary(labelled, (id) => judged.get(id)?.[kind] ?? false)];
    }),
  ) as KindScores;
}

/** One table: a row per kind, a column group (n, positives, precision, recall) per named split. */
export function formatScores(splits: readonly (readonly [string, KindScores])[]): string[] {
  const f = (x: number) => x.toFixed(3).padStart(6);
  const col = (s: BinaryScore) =>
    ` ${String(s.total).padStart(6)} ${String(s.tp + s.fn).padStart(4)}  ${f(s.precision)}   ${f(s.recall)} |`;
  const head = (name: string) => ` ${`${name} n`.padEnd(6).padStart(8)}  pos  precision recall |`;
  const lines = [`kind              |${splits.map(([name]) => head(name)).join('')}`];
  for (const k of LABEL_KINDS) lines.push(`${k.padEnd(17)} |${splits.map(([, s]) => col(s[k])).join('')}`);
  return lines;
}
