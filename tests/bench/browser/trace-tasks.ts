/**
 * `node --import tsx tests/bench/browser/trace-tasks.ts [COMMENTS]`: what the page renderer's long tasks
 * (over 30 ms) were made of, on one generated post page in real Chromium with the built extension: a
 * Chrome trace of the load, each long task broken into script (by file), style, layout, parsing and the
 * rest. Run it on an `MS_NO_MINIFY=1` build to read function names. For investigating, not CI.
 */
import { openInvestigation } from './investigate';
import { selfTimes, type TraceEvent } from './trace-events';

const n = Number(process.argv[2] ?? 2000);
const { post, browser, page, cdp } = await openInvestigation(n, '7600000', `pfbid0Trace${n}`);
try {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  await page.goto(post.url, { waitUntil: 'domcontentloaded' });
  await page.evaluate('window.__bench.panel(60000)');
  await page.evaluate('window.__bench.idle(5000)');
  await cdp.send('Tracing.end');
  await done;
  // The renderer's main thread: the one that ran the page's parsing.
  const parse = events.find((e) => e.name === 'ParseHTML');
  const main = events.filter((e) => parse && e.pid === parse.pid && e.tid === parse.tid);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > 30_000);
  const first = main.find((e) => e.name === 'RunTask')?.ts ?? 0;
  console.log(`${n} comments: ${tasks.length} tasks over 30 ms on the renderer's main thread`);
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = main.filter((e) => e !== task && e.ph === 'X' && e.ts >= task.ts && e.ts < end);
    // Self time per kind: a child's time is not counted again in its parent.
    const parts = selfTimes(inside, true);
    const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`- at ${((task.ts - first) / 1000).toFixed(0)} ms, ${((task.dur ?? 0) / 1000).toFixed(0)} ms: ${top.map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; ')}`);
  }
} finally {
  await browser.close();
}
