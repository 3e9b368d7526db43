/**
 * The overlay's cost in real Chromium: generated Facebook post pages with and without the built
 * extension, alternating in one run, medians of several runs. A benchmark, not a test: it prints and
 * returns; nothing here fails on a slow figure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH } from '../../e2e/support/chromium';
import { FixtureServer } from '../../e2e/support/fixtures';
import { launchBench, type BenchBrowser } from './browser';
import { measureGrowth, measureLoad, type GrowthSample, type LoadSample } from './measure';
import { benchPost, commentBlocks } from './page';
import { growthTable, loadTable } from './report';

const ROOT = resolve(import.meta.dirname, '../../..');
const EXTENSION = resolve(ROOT, '.output/chrome-mv3');

export interface BrowserBenchOptions {
  sizes: number[];
  reps: number;
  batches: number;
  batchSize: number;
  initial: number;
  build: boolean;
  log: (line: string) => void;
}

export const DEFAULTS: BrowserBenchOptions = {
  sizes: [250, 1000, 2000, 5000],
  reps: 5,
  batches: 10,
  batchSize: 50,
  initial: 250,
  build: true,
  log: (line) => process.stderr.write(`${line}\n`),
};

function build(): string | null {
  const r = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? null : `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-15).join('\n');
}

/** Runs `measure` in both browsers `reps` times, swapping which goes first each time to cancel drift. */
async function alternate<T>(reps: number, pair: [BenchBrowser, BenchBrowser], measure: (b: BenchBrowser) => Promise<T>) {
  const out = { with: [] as T[], without: [] as T[] };
  for (let rep = 0; rep < reps; rep++) {
    const order = rep % 2 === 0 ? pair : ([pair[1], pair[0]] as const);
    for (const b of order) (b.withExtension ? out.with : out.without).push(await measure(b));
  }
  return out;
}

export async function benchBrowser(options: Partial<BrowserBenchOptions> = {}): Promise<string[]> {
  const o = { ...DEFAULTS, ...options };
  if (!existsSync(CHROMIUM_PATH)) return [`skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`];
  if (o.build) {
    o.log('building the extension (wxt build -b chrome) …');
    const failed = build();
    if (failed) return ['skipped: the build failed', failed];
  }
  if (!existsSync(resolve(EXTENSION, 'manifest.json'))) return [`skipped: no build in ${EXTENSION}`];

  const fixtures = new FixtureServer([]);
  const pages = o.sizes.map((n, i) => {
    const post = benchPost(n, `7${i}00000`, `pfbid0Bench${n}`);
    fixtures.add(post.url, post.html);
    return { n, url: post.url };
  });
  const growthPost = benchPost(o.initial, '7900000', 'pfbid0BenchGrowth');
  fixtures.add(growthPost.url, growthPost.html);
  const batches = Array.from({ length: o.batches }, (_, k) => ({
    html: commentBlocks(benchPost(o.batchSize, `8${k}00000`, 'pfbid0BenchGrowth', o.initial + k * o.batchSize)),
    count: o.batchSize,
  }));

  const withExt = await launchBench(fixtures, EXTENSION);
  const without = await launchBench(fixtures, null);
  const pair: [BenchBrowser, BenchBrowser] = [withExt, without];
  try {
    // A first page load pays for starting the renderer and compiling the content script from cold;
    // real users pay that once per browser session, so it is left out of the medians.
    o.log('warm-up …');
    for (const b of pair) await measureLoad(b, pages[0]!.url, pages[0]!.n);
    const loads: { n: number; samples: { with: LoadSample[]; without: LoadSample[] } }[] = [];
    for (const { n, url } of pages) {
      o.log(`${n} comments × ${o.reps} runs each way …`);
      loads.push({ n, samples: await alternate(o.reps, pair, (b) => measureLoad(b, url, n)) });
    }
    o.log(`live growth: ${o.initial} comments + ${o.batches} × ${o.batchSize} × ${o.reps} runs each way …`);
    const growth: { with: GrowthSample[]; without: GrowthSample[] } = await alternate(o.reps, pair, (b) =>
      measureGrowth(b, growthPost.url, o.initial, batches),
    );
    const script = readFileSync(resolve(EXTENSION, 'content-scripts/social.js'));
    return [
      `headless Debian Chromium ${withExt.context.browser()?.version() ?? ''}, medians of ${o.reps} runs each way, alternating;`,
      'the machine is shared with other work, so single figures are noisy.',
      `content script: ${(script.length / 1024).toFixed(1)} KB raw, ${(gzipSync(script, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
      '',
      ...loadTable(loads),
      '',
      ...growthTable(growth, o.initial, o.batchSize),
    ];
  } finally {
    await Promise.all(pair.map((b) => b.close()));
  }
}
