/**
 * Issue 13's corpus: precision/recall per kind on every split, their sizes, and the speed of all checks
 * together. Tuned on: dev, and test2 … test11 (each held out until its first score was taken). Held out:
 * test (by position from src/) and test12 (written 2026-12-04); see tests/checks/corpus/README.md.
 */
import { formatScores, judge, readSplit, scoreSplit, type Split } from '../checks/corpus/score.ts';
import { formatRate, throughput } from './throughput.ts';

const SPLITS: readonly Split[] = [
  'dev', 'test2', 'test3', 'test4', 'test5', 'test6', 'test7', 'test8', 'test9', 'test10', 'test11', 'test', 'test12',
];

export async function benchCorpus(): Promise<string[]> {
  const read = SPLITS.map((split) => [split, readSplit(split)] as const);
  const ambiguous = (xs: ReturnType<typeof readSplit>) => xs.filter((c) => c.ambiguous || c.ambiguousFor?.length).length;
  const rate = throughput(read.flatMap(([, items]) => items), judge);
  return [
    `split sizes: ${read.map(([split, items]) => `${split} ${items.length} (${ambiguous(items)} ambiguous for some kind)`).join(', ')}`,
    'tuned on: dev, test2 … test11 · held out: test (never tuned on) and test12 (fresh, written before any detector ran on it)',
    '(n: items scored for the kind, ambiguous ones left out; pos: labelled positive)',
    ...formatScores(read.map(([split, items]) => [split, scoreSplit(items)] as const)),
    `all checks on one comment: ${formatRate(rate, 'comments/s')}`,
  ];
}
