import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { features, packWeights, readWithModel, tokenize, type WordModelData } from '../../lib/checks/word-model';
import { MODEL_KINDS, MODELS, useWordModels } from '../../lib/checks/models';
import { findUnlawfulCandidates, unlawfulHits } from '../../lib/checks/unlawful';
import unlawfulCheck from '../../lib/checks/unlawful.check';
import type { UnlawfulJudgement } from '../../lib/checks/unlawful.view';
import { modelFile, train, TRAIN_SPLITS } from './corpus/train-models';
import { HELD_OUT } from './corpus/score';
import { findPersonalData } from '../../lib/checks/personal-data';

describe('the word model reads words, stems and stem pairs', () => {
  it('cuts words to five letters, keeps emoji whole, and keeps positions', () => {
    const tokens = tokenize('Skjutas 🔪 NU');
    expect(tokens.map((t) => [t.word, t.stem, t.start, t.end])).toEqual([
      ['skjutas', 'skjut', 0, 7],
      ['🔪', '🔪', 8, 10],
      ['nu', 'nu', 11, 13],
    ]);
  });

  it('names each feature once, a pair spanning both words', () => {
    const names = features(tokenize('vi ses vi ses'));
    expect(names.map((f) => f.name)).toEqual(['w:vi', 's:vi', 'w:ses', 's:ses', 'b:vi_ses', 'b:ses_vi']);
    expect(names.find((f) => f.name === 'b:vi_ses')).toMatchObject({ start: 0, end: 6 });
  });
});

describe('readWithModel', () => {
  const tiny: WordModelData = {
    about: { trainedOn: [], items: 0, positives: 0, features: 3, stemLength: 5 },
    threshold: 0.5,
    bias: -2,
    ...packWeights({ 'w:ses': 1.5, 's:ses': 0.5, 'b:vi_ses': 1, 'w:snart': 0.4, 'w:tack': -3 }),
  };

  it('adds the weights of the features present to the bias (a logistic score)', () => {
    const r = readWithModel('Vi ses snart', tiny);
    expect(r.score).toBeCloseTo(1 / (1 + Math.exp(-(-2 + 1.5 + 0.5 + 1 + 0.4))), 10);
    expect(r.flagged).toBe(true);
  });

  it('shows why: the heaviest spans that do not overlap, at most three, in text order', () => {
    // "ses" (1.5 + 0.5) outweighs the pair "vi ses" (1), which overlaps it; "snart" comes next.
    expect(readWithModel('Vi ses snart', tiny).why).toEqual([{ start: 3, end: 6 }, { start: 7, end: 12 }]);
  });

  it('does not flag below the threshold, and then shows no spans', () => {
    expect(readWithModel('Tack, vi ses snart', tiny)).toMatchObject({ flagged: false, why: [] });
  });
});

describe('readWithModel looks each feature up once for every model (one numbered dictionary)', () => {
  // The reference: the features as the trainer names them, each weight found by that name in the model's own table.
  const tablesByName = new Map<WordModelData, Map<string, number>>();
  const byName = (data: WordModelData) => {
    let table = tablesByName.get(data);
    if (!table) tablesByName.set(data, (table = new Map(data.names.split('\n').map((name, i) => [name, (data.weights[i] ?? 0) / 1000]))));
    return table;
  };
  const reference = (normalized: string, data: WordModelData) => {
    const table = byName(data);
    let z = data.bias;
    for (const f of features(tokenize(normalized))) {
      const w = table.get(f.name);
      if (w !== undefined) z += w;
    }
    return 1 / (1 + Math.exp(-z));
  };
  const texts = readFileSync(join(import.meta.dirname, '../fixtures/texts/corpus/comments.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text: string }).text)
    .slice(0, 300);

  it('scores every corpus text exactly as each model\'s own table does, whichever model reads it first', () => {
    for (const text of texts) {
      // All three on the same text, one after the other (the dictionary's kept readings are shared), in both orders.
      for (const kind of [...MODEL_KINDS, ...[...MODEL_KINDS].reverse()]) {
        expect(readWithModel(text, MODELS[kind]).score).toBe(reference(text, MODELS[kind]));
      }
    }
  });

  it('a model read for the first time after a text was read still sees its own features in that text', () => {
    const late: WordModelData = {
      about: { trainedOn: [], items: 0, positives: 0, features: 2, stemLength: 5 },
      threshold: 0.5,
      bias: 0,
      ...packWeights({ 'w:zyxwv': 2, 'b:qqqqq_zyxwv': 1 }),
    };
    const text = 'qqqqq zyxwv';
    expect(readWithModel(text, MODELS.unlawful).score).toBe(reference(text, MODELS.unlawful));
    expect(readWithModel(text, late).score).toBe(1 / (1 + Math.exp(-3)));
    expect(readWithModel(text, late).why).toEqual([{ start: 6, end: 11 }]);
  });
});

describe('the built-in model beside the rules', () => {
  afterEach(() => useWordModels(true));

  // Invented for this test, in none of the corpora: wordings no rule or term covers.
  const MODEL_ONLY = [
    'Nästa gång handläggaren nekar mig bidrag får hon ångra sig, det lovar jag',
    'Skicka bilden på tjejen i duschen till alla i klassen',
  ];

  it.each(MODEL_ONLY)('flags what the rules miss, with no ground suggested: %s', (text) => {
    useWordModels(false);
    expect(findUnlawfulCandidates(text).flagged).toBe(false);
    useWordModels(true);
    const r = findUnlawfulCandidates(text);
    expect(r).toMatchObject({ flagged: true, grounds: [], byModel: true });
    // The highlighted words are the comment's own text.
    for (const term of r.terms) expect(text).toContain(term);
  });

  it('leaves a rule flag as the rule made it (a ground, no model spans)', () => {
    const r = findUnlawfulCandidates('Ni på förvaltningen ska få se vad som händer när ni minst anar det');
    expect(r.flagged).toBe(true);
    expect(r.grounds).toEqual(['olaga-hot']);
    expect(r.byModel).toBeUndefined();
    expect(unlawfulHits('Ni på förvaltningen ska få se vad som händer').every((h) => h.tag !== 'model')).toBe(true);
  });

  it.each([
    'Tack för svaret, nu förstår jag hur det fungerar',
    'Vi kommer att anmäla beslutet till JO om ni inte ändrar det',
    // The rules' exceptions hold for the model: "döda mig" is read as if it were not there.
    'Chefen kommer döda mig om jag kommer sent igen pga bussarna',
    'Ladda ner broschyren gratis här',
  ])('does not flag everyday text: %s', (text) => {
    expect(findUnlawfulCandidates(text).flagged).toBe(false);
  });

  it('a word the office took off the lists does not flag through the model either', () => {
    const text = MODEL_ONLY[0]!;
    const terms = findUnlawfulCandidates(text).terms;
    expect(findUnlawfulCandidates(text, { remove: terms }).flagged).toBe(false);
  });

  it('the check gives the model spans as its excerpt, and a view without a ground', () => {
    const text = MODEL_ONLY[1]!;
    const j = unlawfulCheck.run({ text, authorName: 'Invånare', isReply: false } as never, {} as never) as UnlawfulJudgement;
    expect(j).toMatchObject({ flagged: true, byModel: true, grounds: [] });
    // The words it weighed most, as marked spans (a pair of words may be one span: "på tjejen").
    expect(j.excerpt?.parts.filter((p) => p.mark).some((p) => /(?<![\p{L}])tjejen(?![\p{L}])/u.test(p.text))).toBe(true);
    expect(unlawfulCheck.badge!(j, [])).toMatchObject({ tone: 'unlawful', text: 'badgeUnlawfulNoGround' });
    expect(unlawfulCheck.checklistItem!(j, [])?.lines).toEqual(['checkUnlawfulModel']);
  });
});

describe('the minor model beside the personal-data rules', () => {
  afterEach(() => useWordModels(true));
  const minors = (text: string) => findPersonalData(text).filter((f) => f.kind === 'minor');

  it('reports a child the rules find no age, class or school year for', () => {
    // The example shows the mechanism, not the model's quality (the corpus scores measure that): retrained with
    // test14 the model scores "Sonen blev retad på rasten …" 0.64, under its threshold of 0.7.
    const text = 'Vår lilla tjej blev retad på rasten igen och vill inte gå till skolan';
    useWordModels(false);
    expect(minors(text)).toEqual([]);
    useWordModels(true);
    const found = minors(text);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('adds nothing where the rules already found a minor, nor to an adult', () => {
    const ruled = 'Min dotter är 7 år och går i 1B';
    useWordModels(false);
    const before = findPersonalData(ruled);
    useWordModels(true);
    expect(findPersonalData(ruled)).toEqual(before);
    expect(minors('Tack för hjälpen med bygglovet, nu kan vi börja bygga')).toEqual([]);
  });

  it('leaves long documents to the rules (it was trained on comments)', () => {
    const text = 'Vår lilla tjej blev retad på rasten igen. ' + 'Vi väntar på svar om bygglovet. '.repeat(200);
    expect(minors(text)).toEqual([]);
  });
});

describe('the committed model files', () => {
  // Training the unlawful model on dev … test74 takes 4–6 s on a shared 2-core machine: over vitest's default 5 s.
  it.each(MODEL_KINDS)('%s is what npm run train:models makes from the corpus (no stale or hand-edited weights)', (kind) => {
    const committed = JSON.parse(readFileSync(modelFile(kind), 'utf8'));
    expect(train(kind, TRAIN_SPLITS[kind])).toEqual(committed);
    expect(MODELS[kind]).toEqual(committed);
  }, 60_000);

  it('were never trained on a held-out split', () => {
    for (const kind of MODEL_KINDS) {
      for (const split of HELD_OUT) {
        expect(TRAIN_SPLITS[kind]).not.toContain(split);
        expect(MODELS[kind].about.trainedOn).not.toContain(split);
      }
    }
  });
});
