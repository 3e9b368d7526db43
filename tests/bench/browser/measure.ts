/**
 * One measured page load or live-growth run in one browser. Main-thread time is CDP's TaskDuration for
 * the page's renderer, read after the page has gone idle, so everything the extension does is in it.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { BenchBrowser } from './browser';

/** Generous: a slow build must show up as a slow figure, not as a hang. */
const WAIT_MS = 60_000;
const IDLE_MS = 15_000;

export interface LoadSample {
  /** DOMContentLoaded → the last overlay host inserted (null without the extension). */
  toLastOverlayMs: number | null;
  overlays: number;
  taskMs: number;
  /** Retained JS heap after a forced GC. */
  heapBytes: number;
  /** Long tasks that started at or after DOMContentLoaded. */
  longTasks: number[];
}

export interface GrowthSample {
  /** Per batch: insertion → last overlay of the batch (null without the extension). */
  toOverlaidMs: (number | null)[];
  /** Per batch: main-thread time from just before the insertion until idle again. */
  taskMs: number[];
  longTasks: number[];
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function open(browser: BenchBrowser, url: string): Promise<{ page: Page; cdp: CDPSession; task0: number }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const task0 = (await metrics(cdp)).TaskDuration ?? 0;
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, cdp, task0 };
}

async function waitOverlays(page: Page, count: number): Promise<{ count: number; lastOverlayAt: number | null; timedOut: boolean }> {
  return page.evaluate(`window.__bench.overlaysAt(${count}, ${WAIT_MS})`);
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(`window.__bench.idle(${IDLE_MS})`);
}

async function retainedHeap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize ?? 0;
}

/** Opens a post page with `comments` comments and waits for every overlay (with the extension) and idle. */
export async function measureLoad(browser: BenchBrowser, url: string, comments: number): Promise<LoadSample> {
  const { page, cdp, task0 } = await open(browser, url);
  try {
    const waited = browser.withExtension ? await waitOverlays(page, comments) : null;
    await settle(page);
    const taskMs = (((await metrics(cdp)).TaskDuration ?? 0) - task0) * 1000;
    const dcl = (await page.evaluate('window.__bench.dcl()')) as number;
    const tasks = (await page.evaluate('window.__bench.longtasks')) as [number, number][];
    return {
      toLastOverlayMs: waited?.lastOverlayAt != null ? waited.lastOverlayAt - dcl : null,
      overlays: waited?.count ?? 0,
      taskMs,
      heapBytes: await retainedHeap(cdp),
      longTasks: tasks.filter(([start]) => start >= dcl).map(([, d]) => d),
    };
  } finally {
    await page.close();
  }
}

/**
 * Opens a post with `initial` comments, then appends each batch of comment markup in one task and waits
 * for its overlays (with the extension) and for idle before the next one.
 */
export async function measureGrowth(browser: BenchBrowser, url: string, initial: number, batches: { html: string; count: number }[]): Promise<GrowthSample> {
  const { page, cdp } = await open(browser, url);
  try {
    let expected = initial;
    if (browser.withExtension) await waitOverlays(page, expected);
    await settle(page);
    const startedAt = (await page.evaluate('performance.now()')) as number;
    const sample: GrowthSample = { toOverlaidMs: [], taskMs: [], longTasks: [] };
    for (const batch of batches) {
      expected += batch.count;
      const before = (await metrics(cdp)).TaskDuration ?? 0;
      const t0 = (await page.evaluate(`window.__bench.append(${JSON.stringify(batch.html)})`)) as number;
      const waited = browser.withExtension ? await waitOverlays(page, expected) : null;
      await page.evaluate(`window.__bench.idle(${IDLE_MS})`);
      sample.taskMs.push((((await metrics(cdp)).TaskDuration ?? 0) - before) * 1000);
      sample.toOverlaidMs.push(waited?.lastOverlayAt != null && !waited.timedOut ? waited.lastOverlayAt - t0 : null);
    }
    const tasks = (await page.evaluate('window.__bench.longtasks')) as [number, number][];
    sample.longTasks = tasks.filter(([start]) => start >= startedAt).map(([, d]) => d);
    return sample;
  } finally {
    await page.close();
  }
}
