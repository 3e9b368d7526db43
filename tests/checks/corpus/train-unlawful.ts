/**
 * `npm run train:unlawful`: trains the unlawful-content word model (lib/checks/unlawful-model.ts) on the
 * labelled corpus and writes lib/checks/data/unlawful-model.json. Deterministic (a seeded shuffle), so the
 * same corpus gives the same file. Trained on dev and the tuning sets; never on the held-out splits
 * (`test`, and the newest fresh set named in HELD_OUT), which it scores after training.
 *
 * `--hold SPLIT[,SPLIT]`: also leave these out and print their scores (nothing is written), to see how
 * the model does on a set it has not seen.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { features, readWithModel, STEM_LENGTH, tokenize, type UnlawfulModelData } from '../../../lib/checks/unlawful-model.ts';
import { normalizedForUnlawful } from '../../../lib/checks/unlawful.ts';
import { readSplit, type CorpusComment, type Split } from './score.ts';

export const TRAIN_SPLITS: Split[] = ['dev', 'test2', 'test3', 'test4', 'test5', 'test6', 'test7', 'test8', 'test9', 'test10', 'test11', 'test12'];
export const HELD_OUT: Split[] = ['test'];
const HERE = dirname(fileURLToPath(import.meta.url));
export const MODEL_FILE = join(HERE, '../../../lib/checks/data/unlawful-model.json');

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Features seen in fewer comments are dropped: a word used once says more about its writer than about threats. */
  minCount: number;
  threshold: number;
}
export const OPTIONS: TrainOptions = { epochs: 60, rate: 0.2, l2: 3e-3, minCount: 2, threshold: 0.5 };

function names(text: string): string[] {
  return features(tokenize(normalizedForUnlawful(text.normalize('NFC')).text)).map((f) => f.name);
}

function scored(split: Split): CorpusComment[] {
  return readSplit(split).filter((c) => !c.ambiguous && !c.ambiguousFor?.includes('unlawful'));
}

/** mulberry32: a tiny seeded generator, for a reproducible shuffle. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Everyday office texts written for training only (model-negatives.txt): never scored. */
export function negatives(): string[] {
  return readFileSync(join(HERE, 'model-negatives.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export function train(splits: readonly Split[], o: TrainOptions = OPTIONS): UnlawfulModelData {
  const items = splits.flatMap(scored);
  const docs = [
    ...items.map((c) => ({ f: names(c.text), y: c.labels.unlawful ? 1 : 0 })),
    ...negatives().map((text) => ({ f: names(text), y: 0 })),
  ];
  const counts = new Map<string, number>();
  for (const d of docs) for (const f of d.f) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= o.minCount) index.set(f, index.size);
  const x = docs.map((d) => d.f.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])));
  const positives = docs.filter((d) => d.y === 1).length;
  // The classes weighed so that the few unlawful comments count as much as the many ordinary ones.
  const posWeight = Math.sqrt((docs.length - positives) / positives);
  const w = new Float64Array(index.size);
  let bias = 0;
  const next = random(13);
  const order = docs.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const xi = x[i]!;
      const y = docs[i]!.y;
      let z = bias;
      for (const f of xi) z += w[f]!;
      const g = (1 / (1 + Math.exp(-z)) - y) * (y === 1 ? posWeight : 1);
      bias -= o.rate * g;
      for (const f of xi) w[f]! -= o.rate * (g + o.l2 * w[f]!);
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, i] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const v = Math.round(w[i]! * 1000) / 1000;
    if (Math.abs(v) >= 0.01) weights[f] = v;
  }
  return {
    about: { trainedOn: [...splits, 'model-negatives.txt'], items: docs.length, positives, features: Object.keys(weights).length, stemLength: STEM_LENGTH },
    threshold: o.threshold,
    bias: Math.round(bias * 1000) / 1000,
    weights,
  };
}

function rate(items: CorpusComment[], flag: (c: CorpusComment) => boolean): string {
  let tp = 0, fp = 0, fn = 0;
  for (const c of items) {
    const p = flag(c);
    if (p && c.labels.unlawful) tp++;
    else if (p) fp++;
    else if (c.labels.unlawful) fn++;
  }
  return `precision ${(tp / (tp + fp)).toFixed(3)} recall ${(tp / (tp + fn)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--hold');
  const hold = at > 0 ? (process.argv[at + 1] ?? '').split(',').filter(Boolean) as Split[] : [];
  const data = train(TRAIN_SPLITS.filter((s) => !hold.includes(s)));
  console.log(`trained on ${data.about.trainedOn.join(', ')}: ${data.about.items} comments (${data.about.positives} unlawful), ${data.about.features} features`);
  for (const split of hold) {
    const items = scored(split);
    const model = (c: CorpusComment) => readWithModel(normalizedForUnlawful(c.text.normalize("NFC")).text, data).flagged;
    console.log(`${split}: model alone ${rate(items, model)}`);
  }
  if (hold.length === 0) {
    writeFileSync(MODEL_FILE, JSON.stringify(data) + '\n');
    console.log(`wrote ${MODEL_FILE}`);
  }
}
