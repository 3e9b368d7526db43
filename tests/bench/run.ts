import { benchBrowser } from './browser/index.ts';
import { benchRecords } from './browser/records.ts';
import { benchEvidence } from './browser/evidence.ts';
import { benchCorpus } from './corpus.bench.ts';
import { benchPersonalData } from './personal-data.bench.ts';
import { benchSync } from './sync.bench.ts';
import { benchVocabularies } from './vocabulary.bench.ts';

// Run in sequence so one benchmark's garbage does not skew the next one's timings.
const benches: [string, () => Promise<string[]>][] = [
  ['checks on the issue-13 corpus (dev and test2 … test84 tuned on; test and test85 … test96 held out)', benchCorpus],
  ['personal-data', benchPersonalData],
  ['political and unlawful vocabularies', benchVocabularies],
  ['registry sync', benchSync],
  // The records view with a large archive in real Chromium (also `npm run bench:records`).
  ['records view with 50,000 records in real Chromium', () => benchRecords({ n: Number(process.env.BENCH_RECORDS ?? 50_000), reps: 3, build: process.env.BENCH_NO_BUILD !== '1' })],
  // Evidence: click to archived with picture and HTML copy (also `npm run bench:evidence`).
  ['evidence capture in real Chromium', () => benchEvidence({ build: process.env.BENCH_NO_BUILD !== '1' })],
  // Last and longest: builds the extension and loads pages in real Chromium (also `npm run bench:browser`).
  [
    'overlay in real Chromium (with vs without the extension)',
    () => benchBrowser({ build: process.env.BENCH_NO_BUILD !== '1', compare: process.env.BENCH_COMPARE || null }),
  ],
];

for (const [name, bench] of benches) {
  console.log(`== ${name}`);
  for (const line of await bench()) console.log(line);
}
