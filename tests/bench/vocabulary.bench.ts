/** Precision/recall of the political and unlawful-content checks on their labelled sets, and their speed. */
import { findPoliticalContent } from '../../lib/checks/political';
import { findUnlawfulCandidates } from '../../lib/checks/unlawful';
import { readLabelled, scoreBinary } from '../checks/binary-score';

const checks = {
  political: (text: string) => findPoliticalContent(text).political,
  unlawful: (text: string) => findUnlawfulCandidates(text).flagged,
} as const;

export async function benchVocabularies(): Promise<string[]> {
  const lines = ['check       items  precision  recall  comments/s'];
  for (const [name, detect] of Object.entries(checks) as [keyof typeof checks, (t: string) => boolean][]) {
    const items = readLabelled(name);
    const score = scoreBinary(items, detect);
    const texts = items.map((i) => i.text);
    for (const text of texts) detect(text); // warm-up: compile the word lists once
    const rounds = 20;
    const start = performance.now();
    for (let r = 0; r < rounds; r++) for (const text of texts) detect(text);
    const perSecond = (rounds * texts.length) / ((performance.now() - start) / 1000);
    lines.push(
      `${name.padEnd(11)} ${String(items.length).padStart(5)}  ${score.precision.toFixed(3).padStart(9)}  ${score.recall
        .toFixed(3)
        .padStart(6)}  ${Math.round(perSecond).toString().padStart(10)}`,
    );
  }
  return lines;
}
