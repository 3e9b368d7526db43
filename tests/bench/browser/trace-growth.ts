/**
 * `node --import tsx tests/bench/browser/trace-growth.ts [COMMENTS] [BATCH]`: one live-growth batch, task by task, on a
 * generated post page in real Chromium with the built extension: when each of the renderer's tasks ran after the
 * batch's insertion, how long it took, and its largest parts (script by function, style, layout, paint). Shows how many
 * frames the overlay's work for a batch takes. Run it on an `MS_NO_MINIFY=1` build. For investigating, not CI.
 */
import { growthBatches } from './page';
import { appendAndSettle, openInvestigation } from './investigate';
import { selfTimes, type TraceEvent } from './trace-events';

const n = Number(process.argv[2] ?? 250);
const pick = Number(process.argv[3] ?? 5);
/** NO_EXTENSION=1: the same without the extension, to compare. */
const withExtension = process.env.NO_EXTENSION !== '1';
const { post, browser, page, cdp } = await openInvestigation(n, '7800000', `pfbid0Growth${n}`, withExtension);
const batches = growthBatches(`pfbid0Growth${n}`, n);
try {
  await page.goto(post.url, { waitUntil: 'domcontentloaded' });
  if (withExtension) await page.evaluate('window.__bench.panel(60000)');
  await page.evaluate('window.__bench.scrollToEnd()');
  await page.evaluate('window.__bench.idle(5000)');
  for (const [i, html] of batches.entries()) {
    const traced = i === pick;
    const events: TraceEvent[] = [];
    const listener = (d: { value: unknown }) => void events.push(...(d.value as TraceEvent[]));
    let done: Promise<void> | undefined;
    if (traced) {
      cdp.on('Tracing.dataCollected', listener);
      done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
    }
    await appendAndSettle(page, html);
    if (!traced) continue;
    await cdp.send('Tracing.end');
    await done;
    const busiest = new Map<string, number>();
    for (const e of events) if (e.name === 'RunTask') busiest.set(`${e.pid}:${e.tid}`, (busiest.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
    const [key] = [...busiest].sort((a, b) => b[1] - a[1])[0]!;
    const main = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X');
    const tasks = main.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= 300).sort((a, b) => a.ts - b.ts);
    const t0 = tasks[0]?.ts ?? 0;
    let total = 0;
    for (const task of tasks) {
      const end = task.ts + (task.dur ?? 0);
      const parts = selfTimes(main.filter((e) => e.ts >= task.ts && e.ts < end), true);
      parts.delete('RunTask');
      total += (task.dur ?? 0) / 1000;
      const top = [...parts].sort((a, b) => b[1] - a[1]).filter(([, v]) => v >= 0.3).slice(0, 7);
      console.log(`+${((task.ts - t0) / 1000).toFixed(1).padStart(7)} ms ${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${top.map(([k, v]) => `${k} ${v.toFixed(1)}`).join('; ')}`);
    }
    // What each layout had to do: the objects it found dirty of all on the page.
    for (const e of main.filter((x) => x.name === 'Layout')) {
      const begin = (e.args as { beginData?: { dirtyObjects?: number; totalObjects?: number } } | undefined)?.beginData;
      console.log(`  layout at +${((e.ts - t0) / 1000).toFixed(1)} ms, ${((e.dur ?? 0) / 1000).toFixed(1)} ms: ${begin?.dirtyObjects} dirty of ${begin?.totalObjects}`);
    }
    // The other threads that worked meanwhile (the extension's service worker among them), by name.
    const names = new Map<string, string>();
    for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, String((e.args as { name?: string } | undefined)?.name));
    for (const [thread, us] of [...busiest].sort((a, b) => b[1] - a[1]).slice(1, 12)) {
      const work = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) >= 1000).sort((a, b) => a.ts - b.ts);
      console.log(`  ${names.get(thread) ?? thread}: ${(us / 1000).toFixed(1)} ms in tasks; of 1 ms or more: ${work.map((e) => `+${((e.ts - t0) / 1000).toFixed(0)} (${((e.dur ?? 0) / 1000).toFixed(1)})`).join(' ')}`);
    }
    console.log(`batch ${i + 1}: ${tasks.length} tasks of 0.3 ms or more, ${total.toFixed(0)} ms`);
  }
} finally {
  await browser.close();
}
