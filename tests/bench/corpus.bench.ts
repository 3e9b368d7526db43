/** Issue 13's corpus: precision/recall per kind on the dev and test splits, their sizes, and the speed of all checks together. */
import { formatScores, judge, readSplit, scoreSplit } from '../checks/corpus/score.ts';
import { formatRate, throughput } from './throughput.ts';

export async function benchCorpus(): Promise<string[]> {
  const dev = readSplit('dev');
  const test = readSplit('test');
  const ambiguous = (xs: typeof dev) => xs.filter((c) => c.ambiguous || c.ambiguousFor?.length).length;
  const rate = throughput([...dev, ...test], judge);
  return [
    `split sizes: dev ${dev.length} comments (${ambiguous(dev)} ambiguous for some kind), test ${test.length} (${ambiguous(test)})`,
    '(n: items scored for the kind, ambiguous ones left out; pos: labelled positive)',
    ...formatScores(scoreSplit(dev), scoreSplit(test)),
    `all checks on one comment: ${formatRate(rate, 'comments/s')}`,
  ];
}
