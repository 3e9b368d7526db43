/**
 * Installed with addInitScript, so it runs in the page's main world before any of the page's scripts:
 * the longtask observer sees every task from the start, and overlay hosts are counted as they are
 * inserted (from mutation records, not by querying the page, so counting costs O(added nodes)), and
 * the page panel's first insertion is noted: the extension shows it once every comment on the page
 * has been judged and counted, so it marks "all the work of reading this page is done".
 *
 * Plain JavaScript in a string on purpose: tsx may wrap named functions in helpers that do not exist
 * in the page, and the page must run exactly what is written here.
 */
export const OVERLAY_TAG = 'modereringsstod-overlay';
export const PANEL_TAG = 'modereringsstod-panel';

export const PROBE_SCRIPT = `(() => {
  const HOST = ${JSON.stringify(OVERLAY_TAG.toUpperCase())};
  const PANEL = ${JSON.stringify(PANEL_TAG.toUpperCase())};
  const ids = new Set();
  const insertedAt = new Map();
  const longtasks = [];
  let firstOverlayAt = null;
  let lastOverlayAt = null;
  let panelAt = null;
  let waiters = [];
  let panelWaiters = [];
  const b = (window.__bench = {
    longtasks,
    get overlays() { return ids.size; },
    get lastOverlayAt() { return lastOverlayAt; },
    get firstOverlayAt() { return firstOverlayAt; },
    /**
     * When the last overlay on the first screen (the viewport at the top of the page) was inserted: read once
     * the page is idle, from the times noted at insertion (the rects are read only then, never during the run).
     */
    screenOverlaysAt() {
      let last = null;
      for (const host of document.querySelectorAll(HOST.toLowerCase())) {
        const at = insertedAt.get(host);
        if (at === undefined || host.getBoundingClientRect().top + window.scrollY >= window.innerHeight) continue;
        if (last === null || at > last) last = at;
      }
      return last;
    },
    /** When the page panel (shown once every comment is judged and counted) was first inserted. */
    get panelAt() { return panelAt; },
    panel(timeoutMs) {
      return new Promise((resolve) => {
        if (panelAt !== null) return resolve(panelAt);
        const w = () => resolve(panelAt);
        panelWaiters.push(w);
        setTimeout(() => { panelWaiters = panelWaiters.filter((x) => x !== w); resolve(panelAt); }, timeoutMs);
      });
    },
    /** Scrolls one screen down; false once the bottom was already reached. */
    scrollScreen() {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      return window.scrollY > before;
    },
    scrollToEnd() { window.scrollTo(0, document.documentElement.scrollHeight); },
    dcl() {
      const nav = performance.getEntriesByType('navigation')[0];
      return nav ? nav.domContentLoadedEventStart : null;
    },
    /** Resolves when at least \`count\` distinct overlays exist, with the time the last one arrived. */
    overlaysAt(count, timeoutMs) {
      return new Promise((resolve) => {
        const done = () => resolve({ count: ids.size, lastOverlayAt, timedOut: ids.size < count });
        if (ids.size >= count) return done();
        const w = { count, done };
        waiters.push(w);
        setTimeout(() => { waiters = waiters.filter((x) => x !== w); done(); }, timeoutMs);
      });
    },
    /** Resolves once the main thread has been idle for three idle periods in a row (no fixed sleep). */
    idle(timeoutMs) {
      const until = performance.now() + timeoutMs;
      return new Promise((resolve) => {
        let calm = 0;
        const step = (deadline) => {
          calm = deadline.timeRemaining() > 40 ? calm + 1 : 0;
          if (calm >= 3 || performance.now() > until) resolve(calm >= 3);
          else requestIdleCallback(step);
        };
        requestIdleCallback(step);
      });
    },
    /** Appends comment markup to the comment list in one task; returns the time just before it. */
    append(html) {
      const t0 = performance.now();
      document.querySelector('[role="main"]').insertAdjacentHTML('beforeend', html);
      return t0;
    },
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const seen = (node) => {
    ids.add(node.getAttribute('data-comment-id') || node);
    lastOverlayAt = performance.now();
    if (!insertedAt.has(node)) insertedAt.set(node, lastOverlayAt);
    if (firstOverlayAt === null) firstOverlayAt = lastOverlayAt;
  };
  const observer = new MutationObserver((records) => {
    const before = ids.size;
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeName === HOST) seen(n);
        else if (n.nodeName === PANEL && panelAt === null) {
          panelAt = performance.now();
          for (const w of panelWaiters) w();
          panelWaiters = [];
        }
      }
    }
    if (ids.size === before) return;
    const ready = waiters.filter((w) => ids.size >= w.count);
    waiters = waiters.filter((w) => ids.size < w.count);
    for (const w of ready) w.done();
  });
  // The overlay starts on the parsed page, at DOMContentLoaded (its content script runs at document_start only to wake
  // the background early), and mounts nothing before the background's first answer: observing from then on keeps the
  // parser's own insertions (thousands of records on a big page) out of both runs. Any overlay there already counts.
  document.addEventListener('DOMContentLoaded', () => {
    observer.observe(document.documentElement, { childList: true, subtree: true });
    for (const host of document.querySelectorAll(HOST)) seen(host);
  });
})();`;
