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
  /** DOMContentLoaded → the first overlay host inserted (null without the extension). */
  toFirstOverlayMs: number | null;
  /**
   * DOMContentLoaded → the last overlay on the first screen inserted: every comment the moderator sees on
   * opening the page has its overlay (those further down come with their chunk, or as the moderator scrolls).
   */
  toScreenOverlaysMs: number | null;
  /** DOMContentLoaded → the page panel: every comment on the page judged and counted. */
  toCountedMs: number | null;
  /** Overlays mounted once idle (those near the first screen). */
  overlays: number;
  taskMs: number;
  /** Retained JS heap after a forced GC. */
  heapBytes: number;
  /** Long tasks that started at or after DOMContentLoaded. */
  longTasks: number[];
}

export interface ScrollSample {
  /** Screens scrolled, one per task, each followed by idle. */
  screens: number;
  /** Overlays mounted at the end (every comment once scrolled past). */
  overlays: number;
  /** Main-thread time from the first scroll until idle at the bottom. */
  taskMs: number;
  longTasks: number[];
}

export interface GrowthSample {
  /** Per batch: insertion → last overlay the batch brought near the viewport (null without the extension). */
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

/**
 * Opens a post page with `comments` comments; with the extension, waits for the page panel (every
 * comment judged and counted), then for idle.
 */
export async function measureLoad(browser: BenchBrowser, url: string): Promise<LoadSample> {
  const { page, cdp, task0 } = await open(browser, url);
  try {
    const panelAt = browser.withExtension ? ((await page.evaluate(`window.__bench.panel(${WAIT_MS})`)) as number | null) : null;
    await settle(page);
    const taskMs = (((await metrics(cdp)).TaskDuration ?? 0) - task0) * 1000;
    const dcl = (await page.evaluate('window.__bench.dcl()')) as number;
    const tasks = (await page.evaluate('window.__bench.longtasks')) as [number, number][];
    const at = (await page.evaluate('({ first: window.__bench.firstOverlayAt, last: window.__bench.screenOverlaysAt(), n: window.__bench.overlays })')) as {
      first: number | null;
      last: number | null;
      n: number;
    };
    return {
      toFirstOverlayMs: at.first !== null ? at.first - dcl : null,
      toScreenOverlaysMs: at.last !== null ? at.last - dcl : null,
      toCountedMs: panelAt !== null ? panelAt - dcl : null,
      overlays: at.n,
      taskMs,
      heapBytes: await retainedHeap(cdp),
      longTasks: tasks.filter(([start]) => start >= dcl).map(([, d]) => d),
    };
  } finally {
    await page.close();
  }
}

/**
 * The same load with the extension's background stopped first, as Chrome stops an idle service worker after
 * 30 seconds: the page's first answers then wait for the background to start and to build its checks.
 */
export async function measureColdLoad(browser: BenchBrowser, url: string): Promise<LoadSample> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await page.close();
  }
  return measureLoad(browser, url);
}

/**
 * Opens a post page, waits for idle, then scrolls it one screen per step to the bottom, waiting for
 * idle after each step, as a moderator reading the whole thread does: every overlay mounts on the way.
 */
export async function measureScroll(browser: BenchBrowser, url: string, comments: number): Promise<ScrollSample> {
  const { page, cdp } = await open(browser, url);
  try {
    if (browser.withExtension) await page.evaluate(`window.__bench.panel(${WAIT_MS})`);
    await settle(page);
    const startedAt = (await page.evaluate('performance.now()')) as number;
    const before = (await metrics(cdp)).TaskDuration ?? 0;
    let screens = 0;
    while ((await page.evaluate('window.__bench.scrollScreen()')) as boolean) {
      screens++;
      await page.evaluate(`window.__bench.idle(${IDLE_MS})`);
    }
    const waited = browser.withExtension ? await waitOverlays(page, comments) : null;
    await page.evaluate(`window.__bench.idle(${IDLE_MS})`);
    const taskMs = (((await metrics(cdp)).TaskDuration ?? 0) - before) * 1000;
    const tasks = (await page.evaluate('window.__bench.longtasks')) as [number, number][];
    return { screens, overlays: waited?.count ?? 0, taskMs, longTasks: tasks.filter(([start]) => start >= startedAt).map(([, d]) => d) };
  } finally {
    await page.close();
  }
}

/**
 * Opens a post with `initial` comments and scrolls to its end (where "Visa fler kommentarer" is), then
 * appends each batch of comment markup there in one task, waits for the overlays it brings near the
 * viewport (with the extension) and for idle, and scrolls to the new end before the next batch.
 */
export async function measureGrowth(browser: BenchBrowser, url: string, initial: number, batches: { html: string; count: number }[]): Promise<GrowthSample> {
  const { page, cdp } = await open(browser, url);
  try {
    if (browser.withExtension) await page.evaluate(`window.__bench.panel(${WAIT_MS})`);
    await page.evaluate('window.__bench.scrollToEnd()');
    await settle(page);
    const startedAt = (await page.evaluate('performance.now()')) as number;
    const sample: GrowthSample = { toOverlaidMs: [], taskMs: [], longTasks: [] };
    for (const batch of batches) {
      const mounted = (await page.evaluate('window.__bench.overlays')) as number;
      const before = (await metrics(cdp)).TaskDuration ?? 0;
      const t0 = (await page.evaluate(`window.__bench.append(${JSON.stringify(batch.html)})`)) as number;
      // At least one new overlay (the batch lands on screen), then idle: whatever else mounts is in.
      const waited = browser.withExtension ? await waitOverlays(page, mounted + 1) : null;
      await page.evaluate(`window.__bench.idle(${IDLE_MS})`);
      sample.taskMs.push((((await metrics(cdp)).TaskDuration ?? 0) - before) * 1000);
      const last = (await page.evaluate('window.__bench.lastOverlayAt')) as number | null;
      sample.toOverlaidMs.push(waited && !waited.timedOut && last !== null ? last - t0 : null);
      await page.evaluate('window.__bench.scrollToEnd()');
      await page.evaluate(`window.__bench.idle(${IDLE_MS})`);
    }
    const tasks = (await page.evaluate('window.__bench.longtasks')) as [number, number][];
    sample.longTasks = tasks.filter(([start]) => start >= startedAt).map(([, d]) => d);
    return sample;
  } finally {
    await page.close();
  }
}
