/**
 * `npm run train:models`: trains the word models (lib/checks/word-model.ts) on the labelled corpus and
 * writes lib/checks/data/model-KIND.json for each kind in lib/checks/models.ts. Deterministic (a seeded
 * shuffle), so the same corpus gives the same files. Trained on dev and the tuning sets, never on a
 * held-out split (`test`, and the newest fresh set).
 *
 * `--hold SPLIT[,SPLIT]`: also leave these out and print each model's scores on them (nothing is
 * written), to see how the models do on sets they have not seen.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_KINDS, type ModelKind } from '../../../lib/checks/models.ts';
import { normalizeForMatching } from '../../../lib/checks/normalize.ts';
import { seededRandom } from '../../../lib/sites/anonymise/placeholders.ts';
import { normalizedForUnlawful } from '../../../lib/checks/unlawful.ts';
import { requestExtras } from '../../../lib/checks/request-model.ts';
import { features, packWeights, readWithModel, STEM_LENGTH, tokenize, type WordModelData } from '../../../lib/checks/word-model.ts';
import { scoreBinary } from '../binary-score.ts';
import { readSplit, type CorpusComment, type LabelKind, type Split } from './score.ts';

const UP_TO_TEST18: Split[] = ['dev', 'test2', 'test3', 'test4', 'test5', 'test6', 'test7', 'test8', 'test9', 'test10', 'test11', 'test12', 'test13', 'test14', 'test15', 'test16', 'test17', 'test18'];
const UP_TO_TEST74: Split[] = [...UP_TO_TEST18, ...Array.from({ length: 56 }, (_, i) => `test${i + 19}` as Split)];
const UP_TO_TEST76: Split[] = [...UP_TO_TEST74, 'test75', 'test76'];
const UP_TO_TEST78: Split[] = [...UP_TO_TEST76, 'test77', 'test78'];
const UP_TO_TEST80: Split[] = [...UP_TO_TEST78, 'test79', 'test80'];
const UP_TO_TEST82: Split[] = [...UP_TO_TEST80, 'test81', 'test82'];
/**
 * The sets each model is trained on. The unlawful model (since stop 46; stop 48 added test71 … test74, stop 50 test75 and
 * test76, stop 51 test77 … test82): every tuning set up to test82, never `test` nor the newest fresh sets. Retrained on test83
 * and test84 too (stop 51) it changed no scored unlawful judgement outside its training sets, and four comments elsewhere
 * that it no longer flagged then asked for a reply where their labels say not; kept on dev … test82. The minor and request
 * models stay on dev … test74: retrained on test75 and test76 too (stop 50) they fitted those two and moved errors about
 * on the older sets (the request model 13 new false alarms and 11 fewer, the minor model a child lost on test22 and an
 * adult son flagged on dev), with nothing fresh to tell whether that was a gain. Chosen on blocks neither arm was trained on: trained on the sets before a
 * block and scored on the block with the rules beside it, at 0.4,
 * - (stop 45) up to test60 rather than test56, on test61 … test64: 171 rather than 166 of 182 threats, 7 false alarms
 *   either way (the model alone 143 rather than 139);
 * - up to test54 rather than test48, on test55 … test60: 165 rather than 164 of 171 threats, 7 false alarms rather than 6
 *   (the model alone 142 rather than 137);
 * - up to test48 rather than test42, on test49 … test54: 164 rather than 161 of 167, 4 false alarms either way.
 * Tried and left out the same way: pairs of stems one word apart and four-letter stems as further features (the model
 * alone lost 8 and 3 threats on the two blocks with the pairs and gained 1 with the stems).
 *
 * The minor model (stop 46): every tuning set but test22, whose second writer labelled as minors children named only as
 * one's own beside a school, which the labelling rule does not. Until stop 46 it stayed on dev … test21: trained on more
 * it had half the false alarms on fresh blocks but flagged adults the unit tests hold as not minors ("Min dotter född
 * 1988 …", "Dottern är 5 minuter sen …"). Since stop 46 the check reads such numbers as no age (personal-data.ts:
 * a birth year 18 or more years ago, a number of minutes, kronor or people), and on blocks neither arm was trained on,
 * with the rules beside it, up to test58 rather than test21 found on test59 … test66 215 rather than 218 of 230 children
 * with 15 rather than 33 false alarms, and up to test52 on test53 … test58 132 rather than 133 of 137 with 10 rather than
 * 14.
 */
export const TRAIN_SPLITS: Record<ModelKind, Split[]> = {
  unlawful: UP_TO_TEST82,
  minor: UP_TO_TEST74.filter((s) => s !== 'test22'),
  // The request model (stop 45): every resident's comment of every tuning set, labelled by needsReply. Chosen on blocks it
  // was not trained on (trained on the sets before each block; below 0.02 it takes away the rules' "asks" unless a sentence
  // opens with a request verb): with the pipeline's needsReply, on test59 … test64 it took away 13 of 49 false alarms and
  // 1 of 618 requests, on test53 … test58 14 of 45 and 2 of 544, on test47 … test52 6 of 16 and 1 of 682, on test41 …
  // test46 3 of 13 and 2 of 745 (at 0.01: 25 and 2 over the four blocks, at 0.03: 38 and 12). Without the features of the
  // whole text (a question mark, "ni", "du", "mig" …) a first version took away about as many and lost four times as many.
  request: UP_TO_TEST74,
};
const HERE = dirname(fileURLToPath(import.meta.url));
export const modelFile = (kind: ModelKind) => join(HERE, `../../../lib/checks/data/model-${kind}.json`);

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Features seen in fewer comments are dropped: a word used once says more about its writer than about the kind. */
  minCount: number;
  /** Flag at or above this score. */
  threshold: number;
}
const BASE = { epochs: 60, rate: 0.2, l2: 3e-3, minCount: 2 };
export const OPTIONS: Record<ModelKind, TrainOptions> = {
  // 0.4 until stop 40, chosen by leave-one-set-out (recall 0.892 at precision 0.987 for the model alone); 0.35 in stops
  // 40 … 43 (over test29 … test48, trained on the sets before each block: 566 threats with 13 false alarms, 0.4 560 with
  // 11). 0.4 again since stop 44, trained up to test60: on the two blocks above 0.4 found 329 threats with 11 false alarms,
  // 0.35 330 with 13, 0.45 324 with 9; and at 0.35 the model flagged "Skicka tillbaka dem dit de kom från, paketen var
  // fel" (0.38), a unit test's parcel sent back.
  // 0.25 since stop 54, chosen on the five blocks test55 … test84, each scored by a model trained on the sets before it
  // (no block's own labels): the model alone found 1,011 of 1,219 threats with 36 false alarms at 0.4, 1,025 / 41 at
  // 0.35, 1,048 / 46 at 0.3, 1,070 / 54 at 0.25 and 1,093 / 69 at 0.2. The rule, stated before the held-out sets were scored with it: go down in steps of 0.05
  // while a step adds at least two threats per false alarm (each step to 0.25 added 2.8, 4.6 and 2.75; the next 1.5),
  // because a missed threat costs more than a false alarm, and a model hit is shown as "ordvalet liknar" with no ground
  // for the moderator to read and judge. With the rules beside the model (which were tuned on these blocks, so they
  // leave the model less to add than on fresh text) the same step found 21 more threats and 13 more false alarms.
  // Known false alarms of the model at 0.25 that it did not make at 0.4, from the unit tests' minimal pairs: "Den som
  // missar konserten får ångra sig resten av livet!" (0.38), "Vet ni var deras möten hålls? Jag vill gå dit och
  // lyssna." (0.30), "Nästa gång blir det inte lika trångt, vi har bokat större lokal" (0.25); no rule fires on them.
  unlawful: { ...BASE, l2: 7e-3, threshold: 0.25 },
  minor: { ...BASE, threshold: 0.7 },
  // Read the other way round (request-model.ts): below 0.02 a flagged comment is taken to ask nothing.
  request: { ...BASE, threshold: 0.02 },
};

/**
 * The text exactly as the check that uses the model reads it: the unlawful check NFC-normalises and undoes
 * word evasions too (unlawful.ts), the personal-data check reads the comment as given (personal-data.ts).
 */
export function normalizedFor(kind: ModelKind, text: string): string {
  return kind === 'unlawful' ? normalizedForUnlawful(text.normalize('NFC')).text : normalizeForMatching(text).text;
}

function names(kind: ModelKind, text: string): string[] {
  const words = features(tokenize(normalizedFor(kind, text))).map((f) => f.name);
  return kind === 'request' ? [...words, ...new Set(requestExtras(text))] : words;
}

/** The label a model learns: the request model learns needsReply. */
const labelOf = (kind: ModelKind): LabelKind => (kind === 'request' ? 'needsReply' : kind);

function scored(split: Split, kind: ModelKind): CorpusComment[] {
  const label = labelOf(kind);
  // The office's own comments never ask for a reply: the request model does not learn from them.
  return readSplit(split).filter((c) => !c.ambiguous && !c.ambiguousFor?.includes(label) && !(kind === 'request' && c.context.own));
}

/** Everyday office texts written for training the unlawful model only (model-negatives.txt): never scored. */
export function negatives(): string[] {
  return readFileSync(join(HERE, 'model-negatives.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export function train(kind: ModelKind, splits: readonly Split[], o: TrainOptions = OPTIONS[kind]): WordModelData {
  const items = splits.flatMap((s) => scored(s, kind));
  const extra = kind === 'unlawful' ? negatives() : [];
  const docs = [
    ...items.map((c) => ({ f: names(kind, c.text), y: c.labels[labelOf(kind)] ? 1 : 0 })),
    ...extra.map((text) => ({ f: names(kind, text), y: 0 })),
  ];
  const counts = new Map<string, number>();
  for (const d of docs) for (const f of d.f) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= o.minCount) index.set(f, index.size);
  const x = docs.map((d) => d.f.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])));
  const positives = docs.filter((d) => d.y === 1).length;
  // The classes weighed so that the few positive comments count about as much as the many others.
  const posWeight = Math.sqrt((docs.length - positives) / positives);
  const w = new Float64Array(index.size);
  let bias = 0;
  const next = seededRandom(13);
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
    about: {
      trainedOn: [...splits, ...(extra.length > 0 ? ['model-negatives.txt'] : [])],
      items: docs.length,
      positives,
      features: Object.keys(weights).length,
      stemLength: STEM_LENGTH,
    },
    threshold: o.threshold,
    bias: Math.round(bias * 1000) / 1000,
    ...packWeights(weights),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--hold');
  const hold = at > 0 ? ((process.argv[at + 1] ?? '').split(',').filter(Boolean) as Split[]) : [];
  for (const kind of MODEL_KINDS) {
    const data = train(kind, TRAIN_SPLITS[kind].filter((s) => !hold.includes(s)));
    console.log(`${kind}: trained on ${data.about.trainedOn.join(', ')}: ${data.about.items} comments (${data.about.positives} positive), ${data.about.features} features`);
    for (const split of hold) {
      const items = scored(split, kind).map((c) => ({ id: c.id, lang: c.lang, text: c.text, expected: c.labels[labelOf(kind)] }));
      const r = scoreBinary(items, (text) => readWithModel(normalizedFor(kind, text), data, kind === 'request' ? requestExtras(text) : []).flagged);
      console.log(`  ${split}: model alone precision ${r.precision.toFixed(3)} recall ${r.recall.toFixed(3)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`);
    }
    if (hold.length === 0) writeFileSync(modelFile(kind), JSON.stringify(data) + '\n');
  }
}
