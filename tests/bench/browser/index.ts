/**
 * The overlay's cost in real Chromium: generated Facebook post pages with and without the built
 * extension, alternating in one run, medians of several runs. A benchmark, not a test: it prints and
 * returns; nothing here fails on a slow figure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_PATH } from '../../e2e/support/chromium';
import { FixtureServer } from '../../e2e/support/fixtures';
import { launchBench, type BenchBrowser } from './browser';
import { measureColdLoad, measureGrowth, measureLoad, measureScroll, type GrowthSample, type LoadSample, type ScrollSample } from './measure';
import { benchPost, growthBatches } from './page';
import { coldTable, growthTable, loadTable, scrollTable } from './report';

const ROOT = resolve(import.meta.dirname, '../../..');
const EXTENSION = resolve(ROOT, '.output/chrome-mv3');

export interface BrowserBenchOptions {
  sizes: number[];
  reps: number;
  batches: number;
  batchSize: number;
  initial: number;
  build: boolean;
  /** Another built extension (e.g. the pre-change one) measured in the same run, taking turns with this one. */
  compare: string | null;
  log: (line: string) => void;
}

export const DEFAULTS: BrowserBenchOptions = {
  sizes: [250, 1000, 2000, 5000],
  reps: 5,
  batches: 10,
  batchSize: 50,
  initial: 250,
  build: true,
  compare: null,
  log: (line) => process.stderr.write(`${line}\n`),
};

function build(): string | null {
  const r = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? null : `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-15).join('\n');
}

/**
 * Runs `measure` in every browser `reps` times, rotating which goes first each time to cancel drift;
 * returns the samples of each browser in the order given.
 */
async function alternate<T>(reps: number, browsers: readonly BenchBrowser[], measure: (b: BenchBrowser) => Promise<T>): Promise<T[][]> {
  const out = browsers.map(() => [] as T[]);
  for (let rep = 0; rep < reps; rep++) {
    for (let k = 0; k < browsers.length; k++) {
      const i = (rep + k) % browsers.length;
      (out[i] as T[]).push(await measure(browsers[i] as BenchBrowser));
    }
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
  const batches = growthBatches('pfbid0BenchGrowth', o.initial, o.batches, o.batchSize).map((html) => ({ html, count: o.batchSize }));

  const builds = [{ label: 'this build', dir: EXTENSION }, ...(o.compare ? [{ label: `compared build (${o.compare})`, dir: o.compare }] : [])];
  const without = await launchBench(fixtures, null);
  const browsers = [without];
  try {
    for (const b of builds) browsers.push(await launchBench(fixtures, b.dir));
    // A first page load pays for starting the renderer and compiling the content script from cold;
    // real users pay that once per browser session, so it is left out of the medians.
    o.log('warm-up …');
    for (const b of browsers) await measureLoad(b, pages[0]!.url);
    const loads: { n: number; samples: LoadSample[][] }[] = [];
    for (const { n, url } of pages) {
      o.log(`${n} comments × ${o.reps} runs in each of ${browsers.length} browsers …`);
      loads.push({ n, samples: await alternate(o.reps, browsers, (b) => measureLoad(b, url)) });
    }
    // Reading a whole thread: the largest page up to 2,000 comments, scrolled a screen at a time.
    const scrolled = [...pages].reverse().find((p) => p.n <= 2000) ?? pages[0]!;
    const scrollReps = Math.min(o.reps, 3);
    o.log(`scrolling through ${scrolled.n} comments × ${scrollReps} runs in each …`);
    const scroll: ScrollSample[][] = await alternate(scrollReps, browsers, (b) => measureScroll(b, scrolled.url, scrolled.n));
    o.log(`live growth: ${o.initial} comments + ${o.batches} × ${o.batchSize} × ${o.reps} runs in each …`);
    const growth: GrowthSample[][] = await alternate(o.reps, browsers, (b) => measureGrowth(b, growthPost.url, o.initial, batches));
    // A page opened after a pause: the background (stopped by Chrome after 30 s idle) starts again and builds its checks.
    const coldPage = pages[0]!;
    o.log(`cold background: ${coldPage.n} comments × ${o.reps} runs in each build …`);
    const cold: LoadSample[][] = await alternate(o.reps, browsers.slice(1), (b) => measureColdLoad(b, coldPage.url));
    const lines = [
      `headless Debian Chromium ${without.context.browser()?.version() ?? ''}, medians of ${o.reps} runs each, the browsers taking turns;`,
      'the machine is shared with other work, so single figures are noisy.',
    ];
    builds.forEach((build, k) => {
      // One content script per platform since stop 49 (one, social.js, before): each one's size.
      const scripts = readdirSync(resolve(build.dir, 'content-scripts'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => {
          const script = readFileSync(resolve(build.dir, 'content-scripts', f));
          return `${f} ${(script.length / 1024).toFixed(1)} KB raw, ${(gzipSync(script, { level: 9 }).length / 1024).toFixed(1)} KB gzip`;
        });
      const pair = <T>(samples: T[][]) => ({ with: samples[k + 1] as T[], without: samples[0] as T[] });
      lines.push(
        '',
        `### ${build.label}: content scripts ${scripts.join('; ')}`,
        '',
        ...loadTable(loads.map(({ n, samples }) => ({ n, samples: pair(samples) }))),
        '',
        ...scrollTable(pair(scroll), scrolled.n),
        '',
        ...growthTable(pair(growth), o.initial, o.batchSize),
        '',
        ...coldTable(cold[k] as LoadSample[], coldPage.n),
      );
    });
    return lines;
  } finally {
    await Promise.all(browsers.map((b) => b.close()));
  }
}
