/**
 * Issue 13's corpus: precision/recall per kind on every split, their sizes, and the speed of all checks
 * together. Tuned on: dev, and test2 … test84 (each held out until its first score was taken; the word models
 * are trained on some of them, see the corpus README). Held out: test (by position from src/), test85 … test96 (written and committed 2026-12-07, test85/86 first scored in stop 51,
 * test87/88 in stop 52, test89 … test92 in stop 53, test93 … test96 in stop 54); see
 * tests/checks/corpus/README.md. Unlawful content, minors and replies are printed with and without the word models.
 */
import { formatScores, HELD_OUT, judge, readSplit, scoreSplit, SPLITS, type Split } from '../checks/corpus/score.ts';
import { formatRate, throughput } from './throughput.ts';
import { useWordModels } from '../../lib/checks/models.ts';



export async function benchCorpus(): Promise<string[]> {
  const read = SPLITS.map((split) => [split, readSplit(split)] as const);
  const ambiguous = (xs: ReturnType<typeof readSplit>) => xs.filter((c) => c.ambiguous || c.ambiguousFor?.length).length;
  const rate = throughput(read.flatMap(([, items]) => items), judge);
  return [
    `split sizes: ${read.map(([split, items]) => `${split} ${items.length} (${ambiguous(items)} ambiguous for some kind)`).join(', ')}`,
    'tuned on: dev, test2 … test84 · held out: test (never tuned on), test85 … test96 (fresh, written before any detector ran on them, scored once)',
    '(n: items scored for the kind, ambiguous ones left out; pos: labelled positive)',
    ...formatScores(read.map(([split, items]) => [split, scoreSplit(items)] as const)),
    'the same with the rules alone (no word models), held-out splits:',
    ...rulesAlone(read.filter(([split]) => HELD_OUT.has(split))),
    `all checks on one comment: ${formatRate(rate, 'comments/s')}`,
  ];
}

function rulesAlone(read: (readonly [Split, ReturnType<typeof readSplit>])[]): string[] {
  useWordModels(false);
  try {
    return read.map(([split, items]) => {
      const s = scoreSplit(items);
      return `  ${split}: ${(['unlawful', 'minor', 'anyPersonalData', 'needsReply'] as const).map((k) => `${k} ${s[k].precision.toFixed(3)} / ${s[k].recall.toFixed(3)}`).join(', ')}`;
    });
  } finally {
    useWordModels(true);
  }
}
