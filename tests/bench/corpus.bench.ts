/** Issue 13's corpus: precision/recall per kind on the dev, test, test2 and test3 splits, their sizes, and the speed of all checks together. */
import { formatScores, judge, readSplit, scoreSplit } from '../checks/corpus/score.ts';
import { formatRate, throughput } from './throughput.ts';

export async function benchCorpus(): Promise<string[]> {
  const dev = readSplit('dev');
  const test = readSplit('test');
  const test2 = readSplit('test2');
  const test3 = readSplit('test3');
  const ambiguous = (xs: typeof dev) => xs.filter((c) => c.ambiguous || c.ambiguousFor?.length).length;
  const rate = throughput([...dev, ...test], judge);
  return [
    `split sizes: dev ${dev.length} comments (${ambiguous(dev)} ambiguous for some kind), test ${test.length} (${ambiguous(test)}), test2 ${test2.length} (${ambiguous(test2)}) and test3 ${test3.length} (${ambiguous(test3)}): two fresh sets by two writers, each written before any detector ran on it`,
    '(n: items scored for the kind, ambiguous ones left out; pos: labelled positive)',
    ...formatScores(scoreSplit(dev), scoreSplit(test), scoreSplit(test2), scoreSplit(test3)),
    `all checks on one comment: ${formatRate(rate, 'comments/s')}`,
  ];
}
