import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { findPersonalData, type PersonalDataKind } from '../../lib/checks/personal-data.ts';
import { seededRandom } from '../../lib/sites/anonymise/placeholders.ts';
import { formatScoreTable, parseCorpus, scoreCorpus, type CorpusItem } from '../checks/corpus-score.ts';

const CORPUS = new URL('../fixtures/texts/personal-data.jsonl', import.meta.url);
const TARGET_BYTES = 4 * 1024 * 1024;

type Redactor = { redact(text: string): string };

function buildText(items: CorpusItem[]): string {
  // A fixed seed (mulberry32) makes the benchmark text identical run to run.
  const random = seededRandom(0x5eed);
  const swedish = items.filter((i) => i.lang === 'sv');
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const item = swedish[Math.floor(random() * swedish.length)] as CorpusItem;
    parts.push(item.text);
    bytes += Buffer.byteLength(item.text) + 1;
  }
  return parts.join(random() < 0.5 ? '\n' : ' ');
}

type Speed = { wall: number; cpu: number };

/**
 * MB/s of each function, best of `rounds` after a warm-up, by the wall clock and by this process's CPU
 * time. The functions take turns, so a burst of other work on this shared machine hits both alike.
 */
function throughputs(fns: ((text: string) => unknown)[], text: string, rounds = 5): Speed[] {
  const mb = Buffer.byteLength(text) / (1024 * 1024);
  const best = fns.map(() => ({ wall: Infinity, cpu: Infinity }));
  for (const fn of fns) fn(text);
  for (let r = 0; r < rounds; r++) {
    fns.forEach((fn, i) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      fn(text);
      const b = best[i] as Speed;
      b.wall = Math.min(b.wall, performance.now() - t0);
      const c = process.cpuUsage(c0);
      b.cpu = Math.min(b.cpu, (c.user + c.system) / 1000);
    });
  }
  return best.map((b) => ({ wall: mb / (b.wall / 1000), cpu: mb / (b.cpu / 1000) }));
}

function loadRedactor(): Redactor | null {
  try {
    const { SyncRedactor } = createRequire(import.meta.url)('redact-pii') as {
      SyncRedactor: new () => Redactor;
    };
    return new SyncRedactor();
  } catch {
    return null;
  }
}

/** Recall of a redactor on Swedish items: a hit is an expected substring that no longer survives. */
function redactorRecall(items: CorpusItem[], redactor: Redactor, kinds: PersonalDataKind[]) {
  let hits = 0;
  let total = 0;
  for (const item of items) {
    const wanted = item.expected.filter((e) => kinds.includes(e.kind));
    if (wanted.length === 0) continue;
    const redacted = redactor.redact(item.text);
    for (const e of wanted) {
      total++;
      if (!redacted.includes(e.text)) hits++;
    }
  }
  return { hits, total };
}

export async function benchPersonalData(): Promise<string[]> {
  const items = parseCorpus(readFileSync(CORPUS, 'utf8'));
  const sv = items.filter((i) => i.lang === 'sv');
  const lines = [`personal-data corpus: ${items.length} items (${sv.length} sv, ${items.length - sv.length} en)`];
  lines.push(...formatScoreTable(scoreCorpus(items, findPersonalData)));

  const text = buildText(items);
  const redactor = loadRedactor();
  const [ours, theirs] = throughputs(redactor ? [findPersonalData, (t) => redactor.redact(t)] : [findPersonalData], text) as [Speed, Speed?];
  lines.push(`benchmark text: ${(Buffer.byteLength(text) / 1048576).toFixed(2)} MB mixed Swedish`);
  lines.push(`findPersonalData: ${ours.wall.toFixed(1)} MB/s (best of 5 after warm-up; ${ours.cpu.toFixed(1)} MB/s of CPU time)`);
  if (!redactor || !theirs) {
    lines.push('redact-pii: not installed, comparison skipped');
    return lines;
  }
  const ratio = ours.wall / theirs.wall;
  lines.push(
    `redact-pii SyncRedactor: ${theirs.wall.toFixed(1)} MB/s (${theirs.cpu.toFixed(1)} MB/s of CPU time), taking turns with ours; ours is ${ratio.toFixed(1)}× faster (${(ours.cpu / theirs.cpu).toFixed(1)}× by CPU time)`,
  );
  lines.push(
    `goal ≥ 30 MB/s: ${ours.wall >= 30 ? 'met' : 'NOT met'}; goal ≥ 5× redact-pii: ${ratio >= 5 ? 'met' : 'NOT met'} (wall clock, same run)`,
  );
  const groups: [string, PersonalDataKind[]][] = [
    ['phone', ['phone']],
    ['email', ['email']],
    ['personnummer+samordningsnummer', ['personnummer', 'samordningsnummer']],
  ];
  for (const [label, kinds] of groups) {
    const r = redactorRecall(sv, redactor, kinds);
    const scores = scoreCorpus(sv, findPersonalData);
    const tp = kinds.reduce((n, k) => n + scores[k].tp, 0);
    const fn = kinds.reduce((n, k) => n + scores[k].fn, 0);
    lines.push(
      `Swedish recall ${label}: redact-pii ${(r.hits / r.total).toFixed(3)} (${r.hits}/${r.total}), ours ${(tp / (tp + fn)).toFixed(3)} (${tp}/${tp + fn})`,
    );
  }
  return lines;
}
