// The overlay on a long, growing page: a batch of new comments costs reading and judging that batch,
// not the page; the first scan of a long page is done in slices that yield to the page; and the
// counts stay complete and right whichever comments have their overlay mounted yet.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { preactRenderer } from '../../components/overlay/render';
import { createCheckRegistry, CHECKS } from '../../lib/checks/registry';
import { OverlayController, HOST_TAG, PANEL_TAG } from '../../lib/overlay/controller';
import { shadowOf } from '../../lib/overlay/hosts';
import type { NearbyFactory } from '../../lib/overlay/nearby';
import { ReadingMemo } from '../../lib/sites/core/memo';
import { LAYOUT_FREE } from '../helpers/overlay';
import { siteRegistry } from '../../lib/sites/registry';

const POST_URL = 'https://www.facebook.com/norrbyexempel/posts/123456789';
const comment = (i: number) => `<div role="article" aria-label="Kommentar av Person ${i} för 2 dagar sedan">
  <a href="https://www.facebook.com/person.${i}">Person ${i}</a>
  <div dir="auto">Kommentar nummer ${i}${i % 10 === 0 ? ', när öppnar ni?' : '.'}</div>
  <a href="${POST_URL}?comment_id=${100_000 + i}">2 d</a></div>`;
const comments = (from: number, n: number) => Array.from({ length: n }, (_, k) => comment(from + k)).join('');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
const running: AbortController[] = [];
afterEach(() => {
  running.splice(0).forEach((a) => a.abort());
  vi.useRealTimers();
  document.body.innerHTML = '';
});

function start(overrides: Partial<ConstructorParameters<typeof OverlayController>[0]> = {}) {
  document.body.innerHTML = `<div role="main"><div data-ad-rendering-role="story_message"><div dir="auto">Inlägget.</div></div>${comments(0, 200)}</div>`;
  const judged = vi.fn();
  const checks = createCheckRegistry(CHECKS);
  const judge = checks.judge;
  checks.judge = (...args) => {
    judged();
    return judge(...args);
  };
  const controller = new OverlayController({
    doc: document,
    getUrl: () => POST_URL,
    css: '',
    render: preactRenderer,
    record: async () => ({ ok: false, error: 'internal' }),
    status: async () => ({ ok: true, value: {} }),
    isTrusted: () => true,
    checks,
    ...LAYOUT_FREE,
    sites: siteRegistry,
    ...overrides,
  });
  const abort = new AbortController();
  controller.start(abort.signal);
  running.push(abort);
  return { controller, judged, abort };
}

/** A viewport the test moves by hand: `tell` says which comments came near. */
function manualNearby(): { nearby: NearbyFactory; tell: (elements: Element[]) => void } {
  let onNear: Parameters<NearbyFactory>[0] = () => {};
  const nearby: NearbyFactory = (callback) => {
    onNear = callback;
    return { watch: () => undefined, unwatch: () => undefined, disconnect: () => undefined };
  };
  return { nearby, tell: (elements) => onNear(elements) };
}

/** Like manualNearby, but keeping the set of elements watched (IntersectionObserver targets). */
function watchingNearby(): { nearby: NearbyFactory; tell: (elements: Element[]) => void; watched: Set<Element> } {
  let onNear: Parameters<NearbyFactory>[0] = () => {};
  const watched = new Set<Element>();
  const nearby: NearbyFactory = (callback) => {
    onNear = callback;
    return { watch: (e) => void watched.add(e), unwatch: (e) => void watched.delete(e), disconnect: () => watched.clear() };
  };
  return { nearby, watched, tell: (elements) => onNear(elements.filter((e) => watched.has(e))) };
}

const panelCount = (key: string) => {
  const host = document.querySelector(PANEL_TAG);
  return host ? shadowOf(host)?.querySelector(`[data-testid=count-${key}]`)?.textContent : undefined;
};

describe('a growing page', () => {
  it('reads and judges exactly the 50 comments a batch adds, and counts all 250', async () => {
    const remembered = vi.spyOn(ReadingMemo.prototype, 'remember');
    const { controller, judged, abort } = start();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(controller.count).toBe(200);
    expect(judged).toHaveBeenCalledTimes(200);
    judged.mockClear();
    remembered.mockClear();
    document.querySelector('[role=main]')!.insertAdjacentHTML('beforeend', comments(200, 50));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(controller.count).toBe(250);
    expect(judged).toHaveBeenCalledTimes(50);
    expect(remembered).toHaveBeenCalledTimes(50);
    expect(panelCount('notArchived')).toBe('250');
    expect(panelCount('replyDue')).toBe('25');
    abort.abort();
  });

  it('reads an edited comment again and judges only it', async () => {
    const { judged, abort } = start();
    await vi.advanceTimersByTimeAsync(1_000);
    judged.mockClear();
    const text = document.querySelectorAll('[role=article] div[dir=auto]')[3]!;
    text.firstChild!.nodeValue = 'Nu undrar jag: när öppnar ni?';
    await vi.advanceTimersByTimeAsync(1_000);
    expect(judged).toHaveBeenCalledTimes(1);
    expect(panelCount('replyDue')).toBe('21');
    abort.abort();
  });
});

describe('settings on their way', () => {
  it('reads the page meanwhile, and tracks, judges and shows nothing before they come', async () => {
    let settle: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (settle = resolve));
    const remembered = vi.spyOn(ReadingMemo.prototype, 'remember');
    const { controller, judged, abort } = start({ ready });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(remembered).toHaveBeenCalledTimes(200);
    expect(judged).not.toHaveBeenCalled();
    expect(controller.count).toBe(0);
    expect(panelCount('notArchived')).toBeUndefined();
    settle();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(controller.count).toBe(200);
    expect(judged).toHaveBeenCalledTimes(200);
    expect(remembered).toHaveBeenCalledTimes(200);
    expect(panelCount('notArchived')).toBe('200');
    remembered.mockRestore();
    abort.abort();
  });
});

describe('a long page', () => {
  it('is read and judged in slices that yield to the page, with the same overlays and counts', async () => {
    let now = 0;
    const yields = vi.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    // A clock that moves 0.5 ms per look: a slice of 8 ms holds about 16 readings or checks.
    const { controller, abort } = start({ clock: () => (now += 0.5), yieldToPage: yields });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(yields.mock.calls.length).toBeGreaterThan(10);
    expect(controller.count).toBe(200);
    expect(panelCount('notArchived')).toBe('200');
    expect(panelCount('replyDue')).toBe('20');
    abort.abort();
  });

  it("goes over every comment's deadline each minute a slice at a time too", async () => {
    let now = 0;
    const yields = vi.fn(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    const { abort } = start({ clock: () => (now += 0.5), yieldToPage: yields });
    await vi.advanceTimersByTimeAsync(5_000);
    const before = yields.mock.calls.length;
    await vi.advanceTimersByTimeAsync(60_000);
    // 200 comments, about 16 to a slice: the pass yielded to the page a dozen times or more.
    expect(yields.mock.calls.length - before).toBeGreaterThan(10);
    expect(panelCount('replyDue')).toBe('20');
    abort.abort();
  });

  it("works out each comment's count keys in the slice that judged it, not all at once for the panel", async () => {
    const checks = createCheckRegistry(CHECKS);
    const open = checks.open;
    // Whether the scan had finished when each comment's keys were worked out (white-box: the panel draws its
    // counts only once the scan is complete, so keys left to the panel would all be worked out then).
    const whenComplete: boolean[] = [];
    let controller: OverlayController | undefined;
    checks.open = (...args) => {
      whenComplete.push((controller as unknown as { complete: boolean } | undefined)?.complete ?? false);
      return open(...args);
    };
    const started = start({ checks });
    controller = started.controller;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(panelCount('notArchived')).toBe('200');
    expect(panelCount('replyDue')).toBe('20');
    expect(whenComplete.length).toBeGreaterThanOrEqual(200);
    expect(whenComplete.filter(Boolean)).toEqual([]);
    started.abort.abort();
  });

  it('mounts overlays only near the viewport, yet counts every comment', async () => {
    const near = new Set<Element>();
    const { nearby, tell } = manualNearby();
    const { controller, abort } = start({ nearby });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(controller.count).toBe(0);
    expect(panelCount('notArchived')).toBe('200');
    const waves: string[][] = [];
    const watcher = new MutationObserver((records) => {
      const added = records.flatMap((r) => [...r.addedNodes]).filter((n) => n.nodeName.toLowerCase() === HOST_TAG);
      if (added.length > 0) waves.push(added.map((h) => (h as HTMLElement).dataset.commentId!));
    });
    watcher.observe(document.body, { childList: true, subtree: true });
    const first = [...document.querySelectorAll('[role=article]')].slice(0, 12);
    first.forEach((e) => near.add(e));
    tell(first);
    // Drawn at once but put on the page together, before the next frame: one layout for the page, not twelve.
    await vi.advanceTimersByTimeAsync(0);
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(100_000 + from + i));
    // The first screenful with the rest of its chunk of 60, in one wave (one layout of the page, not two); the
    // comments further down wait until they come near.
    expect(waves).toEqual([ids(0, 60)]);
    expect(controller.count).toBe(60);
    // A comment of the next chunk coming near brings its whole chunk, in one wave.
    tell([document.querySelectorAll('[role=article]')[70]!]);
    await vi.advanceTimersByTimeAsync(200);
    expect(waves).toHaveLength(2);
    expect([...waves[1]!].sort()).toEqual(ids(60, 60));
    expect(controller.count).toBe(120);
    expect(panelCount('notArchived')).toBe('200');
    watcher.disconnect();
    abort.abort();
  });

  it('watches one comment in four for coming near, and brings the screenful around it whole', async () => {
    const { nearby, tell, watched } = watchingNearby();
    const { controller, abort } = start({ nearby });
    await vi.advanceTimersByTimeAsync(1_000);
    const articles = () => [...document.querySelectorAll('[role=article]')];
    // 200 comments met in two runs (the first screen's threads, then the rest): one in four is watched, the
    // first of each run among them, and never more than three in a row are not.
    const at = articles().map((a, i) => (watched.has(a) ? i : -1)).filter((i) => i >= 0);
    expect(at[0]).toBe(0);
    expect(watched.size).toBeLessThanOrEqual(51);
    expect(Math.max(...at.slice(1).map((i, k) => i - at[k]!), 200 - at.at(-1)!)).toBeLessThanOrEqual(4);
    const waves: string[][] = [];
    const observer = new MutationObserver((records) => {
      const added = records.flatMap((r) => [...r.addedNodes]).filter((n) => n.nodeName.toLowerCase() === HOST_TAG);
      if (added.length > 0) waves.push(added.map((h) => (h as HTMLElement).dataset.commentId!).sort());
    });
    observer.observe(document.body, { childList: true, subtree: true });
    // The window holds comments 9 … 14 (watched: 12): the comments back to the previous watched one (9 … 11)
    // and those it watches for (13 … 15) come with it, and with them the rest of their chunk of 60, in one wave.
    tell(articles().slice(9, 15));
    await vi.advanceTimersByTimeAsync(200);
    const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(100_000 + from + i));
    expect(waves).toEqual([ids(0, 60)]);
    expect(controller.count).toBe(60);
    // A watched comment gone from the page: the ones it watched for are watched themselves from now on. (Where the
    // runs split depends on how the page was read in slices, so the watched comment is looked up, not assumed.)
    const from = at.find((i) => i >= 100 && at.includes(i + 4) && ![1, 2, 3].some((k) => at.includes(i + k)))!;
    const gone = articles()[from]!;
    const followers = articles().slice(from + 1, from + 4);
    expect(followers.some((a) => watched.has(a))).toBe(false);
    gone.remove();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(followers.map((a) => watched.has(a))).toEqual([true, true, true]);
    tell([followers[1]!]);
    await vi.advanceTimersByTimeAsync(200);
    expect(waves.at(-1)).toContain(String(100_000 + from + 2));
    observer.disconnect();
    abort.abort();
  });

  it('starts the chunks afresh when every comment is gone (another post opened in the same tab)', async () => {
    const { nearby, tell } = manualNearby();
    const { controller, abort } = start({ nearby });
    await vi.advanceTimersByTimeAsync(1_000);
    const articles = () => [...document.querySelectorAll('[role=article]')];
    tell(articles().slice(0, 12));
    await vi.advanceTimersByTimeAsync(200);
    // Comment 190 comes near: its chunk (180–239) opens, though only 180–199 are on this post.
    tell([articles()[190]!]);
    await vi.advanceTimersByTimeAsync(200);
    expect(controller.count).toBe(80);
    // Another post: every comment replaced.
    const main = document.querySelector('[role=main]')!;
    articles().forEach((a) => a.remove());
    main.insertAdjacentHTML('beforeend', comments(1000, 100));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(panelCount('notArchived')).toBe('100');
    // None of the new post's comments is drawn before it comes near, whatever chunks the old post opened.
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(0);
    const waves: number[] = [];
    const watcher = new MutationObserver((records) => {
      const added = records.flatMap((r) => [...r.addedNodes]).filter((n) => n.nodeName.toLowerCase() === HOST_TAG);
      if (added.length > 0) waves.push(added.length);
    });
    watcher.observe(document.body, { childList: true, subtree: true });
    tell(articles().slice(0, 12));
    await vi.advanceTimersByTimeAsync(200);
    // As on a freshly opened page: the first screenful with the rest of its chunk, in one wave.
    expect(waves).toEqual([60]);
    watcher.disconnect();
    abort.abort();
  });

  it('asks the log about the first comments alone, then the rest in parts, each comment once', async () => {
    const asked: string[][] = [];
    const { controller, abort } = start({
      status: async ({ commentIds }) => {
        asked.push([...commentIds]);
        return { ok: true, value: {} };
      },
    });
    document.querySelector('[role=main]')!.insertAdjacentHTML('beforeend', comments(200, 1_300));
    await vi.advanceTimersByTimeAsync(5_000);
    const all = asked.flat();
    expect(new Set(all).size).toBe(1_500);
    expect(all).toHaveLength(1_500);
    expect(asked[0]!.slice(0, 3)).toEqual(['100000', '100001', '100002']);
    expect(asked[0]!.length).toBeLessThanOrEqual(100);
    expect(Math.max(...asked.map((ids) => ids.length))).toBeLessThanOrEqual(1_000);
    expect(controller.count).toBe(1_500);
    abort.abort();
    // 1,500 comments in happy-dom: seconds on a busy machine, not a speed test (see npm run bench:browser).
  }, 30_000);
});
