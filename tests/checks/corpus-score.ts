import type { PersonalDataFinding, PersonalDataKind } from '../../lib/checks/personal-data.ts';

export type CorpusItem = {
  id: string;
  lang: 'sv' | 'en';
  text: string;
  expected: { kind: PersonalDataKind; text: string }[];
};
export type KindScore = { tp: number; fp: number; fn: number; precision: number; recall: number };
export type Mismatch = { id: string; kind: PersonalDataKind; text: string; type: 'fp' | 'fn' };

export const KINDS: PersonalDataKind[] = [
  'personnummer',
  'samordningsnummer',
  'phone',
  'email',
  'address',
  'postal-code',
  'bank-account',
  'sensitive',
  'minor',
];

export function parseCorpus(jsonl: string): CorpusItem[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusItem);
}

/**
 * Matches findings to expectations by kind and exact substring as multisets, so a text that mentions
 * the same number twice needs two findings. An empty denominator scores 1: nothing claimed, nothing missed.
 */
export function scoreCorpus(
  items: CorpusItem[],
  findFn: (text: string) => PersonalDataFinding[],
  mismatches?: Mismatch[],
): Record<PersonalDataKind, KindScore> {
  const counts = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<
    PersonalDataKind,
    { tp: number; fp: number; fn: number }
  >;
  for (const item of items) {
    const open = item.expected.map((e) => `${e.kind}\u0000${e.text}`);
    for (const f of findFn(item.text)) {
      const i = open.indexOf(`${f.kind}\u0000${f.text}`);
      if (i >= 0) {
        open.splice(i, 1);
        counts[f.kind].tp++;
      } else {
        counts[f.kind].fp++;
        mismatches?.push({ id: item.id, kind: f.kind, text: f.text, type: 'fp' });
      }
    }
    for (const key of open) {
      const [kind = '', text = ''] = key.split('\u0000');
      counts[kind as PersonalDataKind].fn++;
      mismatches?.push({ id: item.id, kind: kind as PersonalDataKind, text, type: 'fn' });
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return Object.fromEntries(
    KINDS.map((k) => {
      const { tp, fp, fn } = counts[k];
      return [k, { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) }];
    }),
  ) as Record<PersonalDataKind, KindScore>;
}

export function formatScoreTable(scores: Record<PersonalDataKind, KindScore>): string[] {
  const lines = ['kind                tp   fp   fn  precision  recall'];
  for (const k of KINDS) {
    const s = scores[k];
    lines.push(
      `${k.padEnd(18)}${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}` +
        `  ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}`,
    );
  }
  return lines;
}
