/** Precision/recall of a yes/no detector on a labelled set; shared by the tests and the benchmark. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A string, not `new URL(...)`: under happy-dom the global URL is not Node's and fs rejects it.
const HERE = dirname(fileURLToPath(import.meta.url));

export type LabelledText = { id: string; lang: string; text: string; expected: boolean; grounds?: string[] };
export type BinaryScore = {
  total: number; tp: number; fp: number; tn: number; fn: number;
  precision: number; recall: number; f1: number;
  falsePositives: string[]; falseNegatives: string[];
};

export function scoreBinary(items: readonly LabelledText[], detect: (text: string) => boolean): BinaryScore {
  const s = { tp: 0, fp: 0, tn: 0, fn: 0, falsePositives: [] as string[], falseNegatives: [] as string[] };
  for (const item of items) {
    const got = detect(item.text);
    if (got && item.expected) s.tp++;
    else if (got) (s.fp++, s.falsePositives.push(item.id));
    else if (item.expected) (s.fn++, s.falseNegatives.push(item.id));
    else s.tn++;
  }
  // An empty class scores 1, not NaN: "no false alarms" is perfect precision.
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { total: items.length, ...s, precision, recall, f1 };
}

/** Reads `tests/fixtures/texts/<name>.jsonl`. */
export function readLabelled(name: 'political' | 'unlawful'): LabelledText[] {
  return readFileSync(join(HERE, '../fixtures/texts', `${name}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledText);
}
