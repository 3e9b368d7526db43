/**
 * `node --import tsx tests/bench/browser/trace-sum.ts [COMMENTS] [scroll]`: all of the page renderer's main-thread
 * work from DOMContentLoaded until idle, by kind (script by file, style, layout, paint, GC …), on one
 * generated post page in real Chromium, without and then with the built extension. For investigating.
 */
import { resolve } from 'node:path';
import { FixtureServer } from '../../e2e/support/fixtures';
import { launchBench } from './browser';
import { benchPost, growthBatches } from './page';
import { appendAndSettle } from './investigate';
import { selfTimes, type TraceEvent } from './trace-events';

const n = Number(process.argv[2] ?? 2000);
/**
 * With `scroll`: the work of scrolling the loaded page through, a screen at a time, instead of the load.
 * With `growth`: the work of 10 batches of 50 comments appended at the end of the loaded page (scrolled there).
 */
const mode = process.argv[3];
const scroll = mode === 'scroll' || mode === 'growth';
const fixtures = new FixtureServer([]);
const post = benchPost(n, '7700000', `pfbid0Sum${n}`);
fixtures.add(post.url, post.html);
const batches = growthBatches(`pfbid0Sum${n}`, n);
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
      const load = async () => {
        await page.goto(post.url, { waitUntil: 'domcontentloaded' });
        if (ext) await page.evaluate('window.__bench.panel(60000)');
        await page.waitForLoadState('load');
        await page.evaluate('window.__bench.idle(5000)');
      };
      if (scroll) await load();
      if (mode === 'growth') {
        await page.evaluate('window.__bench.scrollToEnd()');
        await page.evaluate('window.__bench.idle(5000)');
      }
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,v8', transferMode: 'ReportEvents' });
      if (mode === 'growth') {
        for (const html of batches) {
          await appendAndSettle(page, html);
        }
      } else if (scroll) {
        while (await page.evaluate('window.__bench.scrollScreen()')) await page.evaluate('window.__bench.idle(5000)');
        await page.evaluate('window.__bench.idle(5000)');
      } else await load();
      await cdp.send('Tracing.end');
      await done;
      await page.close();
      if (rep === 0) continue; // warm-up
      // The page's renderer main thread: the one that parsed it, or (scrolling) the busiest CrRendererMain.
      const busiest = () => {
        const tasks = new Map<string, number>();
        for (const e of events) if (e.name === 'RunTask') tasks.set(`${e.pid}:${e.tid}`, (tasks.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
        const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain');
        const count = (m: TraceEvent) => tasks.get(`${m.pid}:${m.tid}`) ?? 0;
        return mains.sort((a, b) => count(b) - count(a))[0];
      };
      const parse = scroll ? busiest() : events.find((e) => e.name === 'ParseHTML');
      const main = events.filter((e) => parse && e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
      const dcl = scroll ? 0 : events.find((e) => e.name === 'MarkDOMContent' && parse && e.pid === parse.pid)?.ts ?? parse!.ts;
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
      // How often the renderer laid out and styled, and how many of those a script forced (nested in script).
      const scripts = main.filter((e) => e.ts >= dcl && (e.name === 'FunctionCall' || e.name === 'RunMicrotasks' || e.name === 'v8.callFunction'));
      const inScript = (e: TraceEvent) => scripts.some((s) => s.ts <= e.ts && e.ts < s.ts + (s.dur ?? 0));
      for (const name of ['Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint']) {
        const all = main.filter((e) => e.name === name && e.ts >= dcl);
        const forced = all.filter(inScript);
        const ms = (list: TraceEvent[]) => list.reduce((a, e) => a + (e.dur ?? 0), 0) / 1000;
        console.log(`   ${name}: ${all.length} (${ms(all).toFixed(0)} ms), ${forced.length} inside script (${ms(forced).toFixed(0)} ms)`);
      }
    }
  } finally {
    await browser.close();
  }
}
