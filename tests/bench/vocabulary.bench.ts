/** Precision/recall of the political and unlawful-content checks on their labelled sets, their speed, and their first-use cost. */
import { readFileSync } from 'node:fs';
import { findPoliticalContent } from '../../lib/checks/political';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';
import { useWordModels } from '../../lib/checks/models';
import { prepareVocabularies } from '../../lib/checks/wordlists';
import { readLabelled, scoreBinary } from '../checks/binary-score';
import { formatRate, throughput } from './throughput';

const checks = {
  political: (text: string) => findPoliticalContent(text).political,
  unlawful: (text: string) => findUnlawfulCandidates(text).flagged,
} as const;
const GOAL = 100_000;
const CORPUS = new URL('../fixtures/texts/corpus/comments.jsonl', import.meta.url);

export async function benchVocabularies(): Promise<string[]> {
  // Before any check has run: the patterns were parsed when the modules loaded, the matcher is built now.
  const ready = prepareVocabularies();
  const lines = [
    `first use: ${ready.lists} built-in lists, ${ready.terms} patterns parsed in ${ready.parseMs.toFixed(1)} ms at module load, matcher built in ${ready.buildMs.toFixed(1)} ms`,
    'check       items  precision  recall  comments/s (steady state, median of 5 rounds)',
  ];
  const rates: number[] = [];
  for (const [name, detect] of Object.entries(checks) as [keyof typeof checks, (t: string) => boolean][]) {
    const items = readLabelled(name);
    const score = scoreBinary(items, detect);
    const rate = throughput(items.map((i) => i.text), detect);
    rates.push(rate.wall);
    lines.push(
      `${name.padEnd(11)} ${String(items.length).padStart(5)}  ${score.precision.toFixed(3).padStart(9)}  ${score.recall
        .toFixed(3)
        .padStart(6)}  ${formatRate(rate, 'comments/s')}`,
    );
  }
  // What a page costs: both checks on each comment of the realistic corpus (920 district-office comments).
  const texts = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text);
  // The unlawful check includes its word model (lib/checks/word-model.ts); the vocabulary and rules alone:
  useWordModels(false);
  const unlawfulItems = readLabelled('unlawful');
  const rulesOnly = throughput(unlawfulItems.map((i) => i.text), checks.unlawful);
  useWordModels(true);
  lines.push(`unlawful, rules and vocabulary alone (no word model): ${formatRate(rulesOnly, 'comments/s')}`);
  const both = throughput(texts, (t) => [findPoliticalContent(t), findUnlawfulCandidates(t)]);
  lines.push(`both checks on each comment of the ${texts.length}-comment v2 corpus: ${formatRate(both, 'comments/s')}`);
  const worst = Math.min(...rates);
  lines.push(`goal ≥ ${GOAL.toLocaleString('en-US')} comments/s per vocabulary check: ${worst >= GOAL ? 'met' : 'NOT met'} (slowest ${Math.round(worst).toLocaleString('en-US')}/s wall clock)`);
  return lines;
}
