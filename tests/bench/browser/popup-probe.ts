/**
 * Investigation aid (not part of `npm run bench`): seeds N records as bench:records does, then opens the
 * popup several times and prints when each of the background's answers arrived (performance marks the
 * popup sets), to see which answer the popup waits for. `node --import tsx tests/bench/browser/popup-probe.ts [N]`
 */
import { resolve } from 'node:path';
import { FixtureServer } from '../../e2e/support/fixtures';
import { launchBench } from './browser';
import { makeRecords, openWhenDatabaseReady, seedLog } from './records';

const ROOT = resolve(import.meta.dirname, '../../..');
const n = Number(process.argv[2] ?? 50_000);
const browser = await launchBench(new FixtureServer([]), resolve(ROOT, '.output/chrome-mv3'));
try {
  const worker = browser.context.serviceWorkers()[0]!;
  const origin = `chrome-extension://${new URL(worker.url()).host}`;
  await browser.context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  if (process.env.PROBE_EARLY) await browser.context.addInitScript({ content: `if (location.pathname.endsWith('/popup.html')) { performance.mark('probe:early-start'); chrome.runtime.sendMessage({ id: 999, type: 'getSyncStatus', data: undefined, timestamp: Date.now() }).then(() => performance.mark('probe:early-done')); }` });
  const page = await browser.context.newPage();
  await openWhenDatabaseReady(page, origin);
  await seedLog(page, await makeRecords(n));
  let profiler: { stop: () => Promise<void> } | undefined;
  if (process.env.PROBE_PROFILE) profiler = await profileWorker(Number(process.env.PROBE_PROFILE));
  for (let rep = 0; rep < 6; rep++) {
    await page.goto(`${origin}/popup.html`);
    const shown = await page.waitForFunction(() => (document.querySelector('[data-testid=archive-panel]') ? performance.now() : 0), undefined, { polling: 'raf', timeout: 60_000 });
    // Every answer the popup asked for has arrived (each marks itself).
    await page.waitForFunction(() => ['summary', 'sync', 'records-status', 'rounds'].every((k) => performance.getEntriesByName(`popup:${k}`).length > 0));
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)])));
    console.log(`panel ${Math.round((await shown.jsonValue()) as number)}`, JSON.stringify(marks));
    if (process.env.PROBE_NAV) console.log(await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return JSON.stringify({ fetchStart: Math.round(nav.fetchStart), responseEnd: Math.round(nav.responseEnd), domInteractive: Math.round(nav.domInteractive), resources: res.map((r) => `${r.name.split('/').pop()} ${Math.round(r.startTime)}-${Math.round(r.responseEnd)}`) });
    }));
  }
  await profiler?.stop();
  if (process.env.PROBE_RTT) {
    for (const name of ['getSyncStatus', 'getRecordsStatus', 'getSummary', 'getRounds', 'getOverlaySettings', 'getSyncStatus']) {
      const times = await page.evaluate(async (type) => {
        const out: number[] = [];
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          await (globalThis as any).chrome.runtime.sendMessage({ id: i + 1, type, data: undefined, timestamp: Date.now() });
          out.push(Math.round(performance.now() - t0));
        }
        return out;
      }, name);
      console.log(name, JSON.stringify(times));
    }
  }
} finally {
  await browser.close();
}

/** A CPU profile of the extension's service worker over raw CDP (the browser was started with a debugging port). */
async function profileWorker(port: number) {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { type: string; url: string; webSocketDebuggerUrl: string }[];
  const sw = targets.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'))!;
  const { default: WebSocket } = await import('ws');
  const ws = new WebSocket(sw.webSocketDebuggerUrl);
  await new Promise((r) => ws.once('open', r));
  let id = 0;
  const pending = new Map<number, (v: any) => void>();
  ws.on('message', (d: any) => { const m = JSON.parse(String(d)); if (m.id && pending.has(m.id)) { pending.get(m.id)!(m.result); pending.delete(m.id); } });
  const send = (method: string, params: object = {}) => new Promise<any>((r) => { const i = ++id; pending.set(i, r); ws.send(JSON.stringify({ id: i, method, params })); });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 200 });
  await send('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await send('Profiler.stop');
      const { writeFileSync } = await import('node:fs');
      writeFileSync('/tmp/sw.cpuprofile', JSON.stringify(profile));
      ws.close();
    },
  };
}
