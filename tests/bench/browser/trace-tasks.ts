/**
 * `node --import tsx tests/bench/browser/trace-tasks.ts [COMMENTS]`: what the page renderer's long tasks
 * (over 30 ms) were made of, on one generated post page in real Chromium with the built extension: a
 * Chrome trace of the load, each long task broken into script (by file), style, layout, parsing and the
 * rest. Run it on an `MS_NO_MINIFY=1` build to read function names. For investigating, not CI.
 */
import { openInvestigation } from './investigate';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; scriptName?: string; frame?: string } };
}

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
    const parts = new Map<string, number>();
    const self = new Map<TraceEvent, number>();
    for (const e of inside) self.set(e, e.dur ?? 0);
    const sorted = [...inside].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const open: TraceEvent[] = [];
    for (const e of sorted) {
      while (open.length && open[open.length - 1]!.ts + (open[open.length - 1]!.dur ?? 0) <= e.ts) open.pop();
      const parent = open[open.length - 1];
      if (parent) self.set(parent, (self.get(parent) ?? 0) - (e.dur ?? 0));
      open.push(e);
    }
    for (const [e, us] of self) {
      const d = e.args?.data;
      const where = d?.url ? (d.url.startsWith('chrome-extension') ? 'ext' : 'page') : '';
      const key = `${e.name}${where ? ` (${where})` : ''}${d?.functionName ? ` ${d.functionName}` : ''}`;
      parts.set(key, (parts.get(key) ?? 0) + us / 1000);
    }
    const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`- at ${((task.ts - first) / 1000).toFixed(0)} ms, ${((task.dur ?? 0) / 1000).toFixed(0)} ms: ${top.map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; ')}`);
  }
} finally {
  await browser.close();
}
