/**
 * `node --import tsx tests/bench/browser/trace-sum.ts [COMMENTS]`: all of the page renderer's main-thread
 * work from DOMContentLoaded until idle, by kind (script by file, style, layout, paint, GC …), on one
 * generated post page in real Chromium, without and then with the built extension. For investigating.
 */
import { resolve } from 'node:path';
import { FixtureServer } from '../../e2e/support/fixtures';
import { launchBench } from './browser';
import { benchPost } from './page';
import { selfTimes, type TraceEvent } from './trace-events';

const n = Number(process.argv[2] ?? 2000);
const fixtures = new FixtureServer([]);
const post = benchPost(n, '7700000', `pfbid0Sum${n}`);
fixtures.add(post.url, post.html);
for (const ext of [null, resolve(import.meta.dirname, '../../../.output/chrome-mv3')]) {
  const browser = await launchBench(fixtures, ext);
  try {
    for (let rep = 0; rep < 2; rep++) {
      const page = await browser.context.newPage();
      await page.goto('about:blank');
      const cdp = await browser.context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
      const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,v8', transferMode: 'ReportEvents' });
      await page.goto(post.url, { waitUntil: 'domcontentloaded' });
      if (ext) await page.evaluate('window.__bench.panel(60000)');
      await page.waitForLoadState('load');
      await page.evaluate('window.__bench.idle(5000)');
      await cdp.send('Tracing.end');
      await done;
      await page.close();
      if (rep === 0) continue; // warm-up
      const parse = events.find((e) => e.name === 'ParseHTML');
      const main = events.filter((e) => parse && e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
      const dcl = events.find((e) => e.name === 'MarkDOMContent' && parse && e.pid === parse.pid)?.ts ?? parse!.ts;
      const tasks = main.filter((e) => e.name === 'RunTask' && e.ts >= dcl);
      const parts = new Map<string, number>();
      let total = 0;
      for (const task of tasks) {
        total += (task.dur ?? 0) / 1000;
        const end = task.ts + (task.dur ?? 0);
        const inside = main.filter((e) => e !== task && e.ts >= task.ts && e.ts < end);
        selfTimes([task, ...inside], false, parts);
      }
      console.log(`${ext ? 'with' : 'without'} the extension, ${n} comments: ${tasks.length} tasks after DCL, ${total.toFixed(0)} ms`);
      for (const [k, v] of [...parts].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
    }
  } finally {
    await browser.close();
  }
}
