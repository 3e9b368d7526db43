/**
 * The records view ("Arkiv") with a large archive, in real Chromium with the built extension: the log is
 * filled with N sealed records (a real chain, so the background's check does real work), then the view
 * is opened several times and filtered. Prints: first rows on screen, every record read (filters and
 * counts complete), the background's whole-chain check, each filter's time from input to the new count
 * on screen, long tasks while scrolling the list to the end, the popup's archive panel, and an export of
 * the newest 5,000. A benchmark: it prints and returns; nothing fails on a slow figure.
 * `npm run bench:records` (BENCH_RECORDS=50000, BENCH_REPS=3, BENCH_NO_BUILD=1).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { ModerationRecord } from '../../../lib/model';
import { seal } from '../../../lib/store/integrity';
import { FixtureServer } from '../../e2e/support/fixtures';
import { launchBench } from './browser';
import { median } from './stats';

const ROOT = resolve(import.meta.dirname, '../../..');
const EXTENSION = resolve(ROOT, '.output/chrome-mv3');
const AUTHORS = ['Anna Exempelsson', 'Bertil Provsson', 'Cecilia Testdotter', 'David Demosson', 'Eva Påhittad'];
const TEXTS = ['När öppnar simhallen igen?', 'Tack för den nya lekplatsen!', 'Varför är gatlyktorna släckta på Exempelvägen?', 'Ring mig om bygglovet, 070-174 06 99', 'Bra jobbat med snöröjningen'];

export async function makeRecords(n: number): Promise<{ seq: number; record: ModerationRecord; subjectKey: string; day: string }[]> {
  const out = [];
  let prev: string | null = null;
  const start = Date.parse('2025-01-01T08:00:00Z');
  for (let i = 0; i < n; i++) {
    const at = new Date(start + i * 9 * 60_000);
    const record: ModerationRecord = await seal(
      {
        schema: 'moderation-record/1',
        id: crypto.randomUUID(),
        kind: i % 17 === 0 ? 'removed' : i % 5 === 0 ? 'replied' : 'archived',
        occurredAt: at.toISOString(),
        moderator: { id: `m-${i % 4}`, name: `Moderator ${i % 4}` },
        office: 'Stadsdelsförvaltning Norrby (exempel)',
        account: i % 3 === 0 ? { platform: 'instagram', name: 'norrbyexempel', url: 'https://www.instagram.com/norrbyexempel/' } : { platform: 'facebook', name: 'Norrby (exempel)', url: 'https://www.facebook.com/norrbyexempel' },
        subject: {
          platform: i % 3 === 0 ? 'instagram' : 'facebook',
          kind: 'comment',
          id: `c${i}`,
          permalink: `https://www.facebook.com/norrbyexempel/posts/1?comment_id=${i}`,
          authorName: AUTHORS[i % AUTHORS.length]!,
          text: `${TEXTS[i % TEXTS.length]} (#${i})`,
          post: { text: 'Inlägg om stadsdelens planer för våren.' },
        },
        checks: ['archive'],
        ...(i % 17 === 0 ? { lawGround: 'olaga-hot' } : {}),
      },
      prev,
    );
    prev = record.integrity.sha256;
    out.push({ seq: i + 1, record, subjectKey: `${record.subject!.platform}:${record.subject!.id}`, day: at.toISOString().slice(0, 10) });
  }
  return out;
}

/** Opens an extension page and waits until the background has made the database (it opens it at start). */
export async function openWhenDatabaseReady(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/options.html`);
  await page.waitForFunction(() => new Promise((r) => {
    const open = indexedDB.open('modereringsstod');
    open.onsuccess = () => r(open.result.objectStoreNames.contains('outbox') && (open.result.close(), true));
    open.onerror = () => r(false);
  }));
}

/** Writes the entries into the log and the outbox from an extension page, 5,000 a transaction. */
export async function seedLog(page: Page, entries: unknown[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 5_000) await page.evaluate(writeEntries, entries.slice(i, i + 5_000));
}

/** Runs in an extension page: writes entries into the log and the outbox (as the background would have). */
export function writeEntries(entries: unknown[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('modereringsstod');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['log', 'outbox'], 'readwrite');
      for (const e of entries as { seq: number; record: { id: string } }[]) {
        tx.objectStore('log').put(e);
        tx.objectStore('outbox').put({ recordId: e.record.id, seq: e.seq, state: 'pending', attempts: 0 });
      }
      tx.oncomplete = () => {
        db.close();
        resolve(entries.length);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

interface OpenSample {
  firstRows: number;
  logRows: number;
  script: number;
  /** The page's own mark: the database open (the first rows read is `logRows`). */
  dbOpen: number;
  allRead: number;
  chainChecked: number;
  filters: Record<string, number>;
  scrollLongTasks: number;
  scrollLongest: number;
}

async function openAndFilter(page: Page, url: string, n: number): Promise<OpenSample> {
  await page.goto(url);
  // The frame in which the first row exists, as the page itself saw it (an init script watches every
  // frame from the start): polling from here would add the round trip to the browser and start only
  // after the load event.
  const firstRows = await page.waitForFunction(() => performance.getEntriesByName('bench:first-row')[0]?.startTime ?? 0, undefined, { polling: 'raf', timeout: 60_000 });
  // When the newest rows were read from IndexedDB (the page marks it).
  const logRows = await page.waitForFunction(() => performance.getEntriesByName('records:first-rows-read')[0]?.startTime ?? 0, undefined, { polling: 'raf', timeout: 60_000 });
  const allRead = await page.waitForFunction((total) => ((document.querySelector('[data-testid=records-count]')?.textContent ?? '').includes(`av ${total} poster`) ? performance.now() : 0), n, { polling: 'raf', timeout: 120_000 });
  const chain = await page.waitForFunction(() => (document.querySelector('[data-testid=chain-status]')?.getAttribute('data-chain') === 'whole' ? performance.now() : 0), undefined, { polling: 100, timeout: 300_000 });
  const filters: Record<string, number> = {};
  for (const [name, testid, value] of [
    ['text search "simhallen"', 'filter-text', 'simhallen'],
    ['text search two words', 'filter-text', 'bertil gatlyktorna'],
    ['clear search', 'filter-text', ''],
    ['kind: removed', 'filter-kind', 'removed'],
    ['all kinds', 'filter-kind', ''],
    ['period: one month', 'filter-from', '2025-03-01'],
    ['moderator', 'filter-moderator', 'm-2'],
  ] as const) {
    filters[name] = await page.evaluate(
      ({ testid, value }) =>
        new Promise<number>((resolve) => {
          const count = document.querySelector('[data-testid=records-count]')!;
          const before = count.textContent;
          const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-testid="${testid}"]`)!;
          const t0 = performance.now();
          el.value = value;
          el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
          // Until the new count is on screen (the frame after it changed); a count that stays the same
          // (a small archive) reads as -1 after 2 s.
          const look = () =>
            count.textContent !== before
              ? requestAnimationFrame(() => resolve(performance.now() - t0))
              : performance.now() - t0 > 2_000
                ? resolve(-1)
                : requestAnimationFrame(look);
          look();
        }),
      { testid, value },
    );
  }
  // Reset the period and moderator, then scroll fast through the list (one screen a frame for 600
  // frames, some 6,000 records), watching long tasks.
  await page.evaluate(() => {
    for (const id of ['filter-from', 'filter-moderator']) {
      const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-testid="${id}"]`)!;
      el.value = '';
      el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    }
  });
  const scroll = await page.evaluate(
    () =>
      new Promise<{ count: number; longest: number }>((resolve) => {
        const tasks: number[] = [];
        const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
        observer.observe({ type: 'longtask', buffered: false });
        const list = document.querySelector<HTMLElement>('[data-testid=record-list]')!;
        let frames = 0;
        const step = () => {
          list.scrollTop += list.clientHeight;
          if (++frames < 600 && list.scrollTop + list.clientHeight < list.scrollHeight - 1) requestAnimationFrame(step);
          else
            setTimeout(() => {
              observer.disconnect();
              resolve({ count: tasks.length, longest: Math.max(0, ...tasks) });
            }, 200);
        };
        requestAnimationFrame(step);
      }),
  );
  return {
    firstRows: (await firstRows.jsonValue()) as number,
    logRows: (await logRows.jsonValue()) as number,
    script: (await page.evaluate(() => performance.getEntriesByName('records:script')[0]?.startTime ?? NaN)) as number,
    dbOpen: (await page.evaluate(() => performance.getEntriesByName('records:db-open')[0]?.startTime ?? NaN)) as number,
    allRead: (await allRead.jsonValue()) as number,
    chainChecked: (await chain.jsonValue()) as number,
    filters,
    scrollLongTasks: scroll.count,
    scrollLongest: scroll.longest,
  };
}

export async function benchRecords(options: { n: number; reps: number; build: boolean }): Promise<string[]> {
  if (options.build) {
    const r = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) return [`build failed: ${r.stderr}`];
  }
  const lines: string[] = [];
  const browser = await launchBench(new FixtureServer([]), EXTENSION);
  try {
    const worker = browser.context.serviceWorkers()[0]!;
    const origin = `chrome-extension://${new URL(worker.url()).host}`;
    // tsx names the arrow functions inside page.evaluate callbacks with a helper the page lacks.
    await browser.context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
    await browser.context.addInitScript({
      content: `if (location.pathname.endsWith('/records.html')) {
        const look = () => document.querySelector('[data-testid=record-row]') ? performance.mark('bench:first-row') : requestAnimationFrame(look);
        requestAnimationFrame(look);
      }
      // The popup's panel is seen from inside the page and reported on the console: waiting for it with
      // waitForFunction would inject Playwright's own script (about 20-30 ms of the popup's main thread) into the
      // very load it measures.
      if (location.pathname.endsWith('/popup.html')) {
        const look = () => document.querySelector('[data-testid=archive-panel]')
          ? (performance.mark('bench:archive-panel'), console.log('bench:archive-panel'))
          : requestAnimationFrame(look);
        requestAnimationFrame(look);
      }`,
    });
    const page = await browser.context.newPage();
    await openWhenDatabaseReady(page, origin);
    const made = Date.now();
    const entries = await makeRecords(options.n);
    lines.push(`records view with ${options.n.toLocaleString('en')} records (sealed chain made in ${((Date.now() - made) / 1000).toFixed(1)} s in Node)`);
    await seedLog(page, entries);

    const samples: OpenSample[] = [];
    for (let rep = 0; rep < options.reps; rep++) samples.push(await openAndFilter(page, `${origin}/records.html`, options.n));
    const med = (f: (s: OpenSample) => number) => median(samples.map(f)).toFixed(0);
    lines.push(`  (medians of ${options.reps} opens; ms from navigation start)`);
    lines.push(`  the page's script starts (the browser's own page start, before any of our code): ${med((s) => s.script)} ms`);
    lines.push(`  first rows on screen: ${med((s) => s.firstRows)} ms`);
    lines.push(`  database open at ${med((s) => s.dbOpen)} ms, the first screen's rows read (one transaction) at ${med((s) => s.logRows)} ms`);
    lines.push(`  all ${options.n.toLocaleString('en')} read (filters and counts complete): ${med((s) => s.allRead)} ms`);
    lines.push(`  whole chain checked by the background: ${med((s) => s.chainChecked)} ms`);
    for (const name of Object.keys(samples[0]!.filters)) lines.push(`  filter ${name}: ${med((s) => s.filters[name]!)} ms to the new count on screen`);
    lines.push(`  fast scroll (a screen a frame, 600 frames): long tasks ${med((s) => s.scrollLongTasks)}, longest ${med((s) => s.scrollLongest)} ms`);

    // The popup reads the archive's status (records not handed over) on every open.
    const popupTimes: number[] = [];
    const popupScript: number[] = [];
    const popupAnswers: number[] = [];
    for (let rep = 0; rep < options.reps; rep++) {
      const shown = page.waitForEvent('console', { predicate: (m) => m.text() === 'bench:archive-panel', timeout: 60_000 });
      await page.goto(`${origin}/popup.html`);
      await shown;
      const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
      popupTimes.push(marks['bench:archive-panel'] ?? NaN);
      popupScript.push(marks['popup:script'] ?? NaN);
      popupAnswers.push(Math.max(...['summary', 'sync', 'records-status'].map((k) => marks[`popup:${k}`] ?? NaN)));
    }
    lines.push(`  popup with its archive panel: ${median(popupTimes).toFixed(0)} ms from navigation start (its script starts at ${median(popupScript).toFixed(0)} ms: the browser's own page start; the background's answers are in by ${median(popupAnswers).toFixed(0)} ms)`);

    // An export of the newest 5,000 (the period a registrar takes at most monthly).
    await page.goto(`${origin}/records.html`);
    await page.waitForFunction((total) => (document.querySelector('[data-testid=records-count]')?.textContent ?? '').includes(`av ${total} poster`), options.n, { timeout: 120_000 });
    const fromDay = entries[Math.max(0, entries.length - 5_000)]!.day;
    const exportMs = await page.evaluate(async (day) => {
      const from = document.querySelector<HTMLInputElement>('[data-testid=filter-from]')!;
      from.value = day;
      from.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
      const t0 = performance.now();
      (document.querySelector('[data-testid=export]') as HTMLButtonElement).click();
      const result = document.querySelector('[data-testid=export-result]')!;
      await new Promise<void>((r) => {
        const look = () => (result.textContent ? r() : setTimeout(look, 20));
        look();
      });
      return { ms: performance.now() - t0, text: result.textContent, count: document.querySelector('[data-testid=records-count]')!.textContent };
    }, fromDay);
    lines.push(`  export (${exportMs.count}): ${exportMs.ms.toFixed(0)} ms to a signed package (${exportMs.text})`);
  } finally {
    await browser.close();
  }
  return lines;
}

if (process.argv[1]?.endsWith('records.ts')) {
  const lines = await benchRecords({
    n: Number(process.env.BENCH_RECORDS ?? 50_000),
    reps: Math.max(1, Number(process.env.BENCH_REPS ?? 3)),
    build: process.env.BENCH_NO_BUILD !== '1',
  });
  for (const line of lines) console.log(line);
}
