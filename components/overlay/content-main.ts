/**
 * What a content script does on a supported page: start the overlay with the background's settings and checks. Each
 * platform has its own content script (entrypoints/facebook.content, entrypoints/instagram.content) that calls this
 * with its own sites, so a page loads only its platform's reader (issue 12: the content script's size).
 */
import { browser } from 'wxt/browser';
import css from './overlay.css?inline';
import { preactRenderer } from './render';
import { request } from '../../lib/messaging/client';
import type { ResponseOf, Result } from '../../lib/messaging/protocol';
import { pageCheckRegistry, TEXT_CHECK_IDS } from '../../lib/checks/page-checks';
import { OverlayController } from '../../lib/overlay/controller';
import { seenReporter } from '../../lib/overlay/seen-reporter';
import { importDefault, onDemand, ON_DEMAND_UI_PATH } from '../../lib/overlay/on-demand';
import { loadViews, setViewsLoader } from './lazy';
import type { ViewsFactory } from './on-demand-views';
import { pageCopyListener } from '../../lib/messaging/page-copy';
import type { SiteRegistry } from '../../lib/sites/site-registry';

/** What the overlay needs of its content script's context (WXT's type, or lib/browser/content-context.ts as built). */
export interface OverlayContext {
  onInvalidated(cb: () => void): () => void;
}

/**
 * Runs `start` once the page's HTML has been parsed (DOMContentLoaded), unless the script's life ended first. The
 * content scripts are injected at document_start only so that their first message wakes the background while the page
 * is still loading; the overlay itself starts where it did at document_idle's earliest, on a parsed page.
 */
export function whenParsed(doc: Document, ctx: OverlayContext, start: () => void): void {
  if (doc.readyState !== 'loading') return start();
  let ended = false;
  const stop = ctx.onInvalidated(() => (ended = true));
  doc.addEventListener(
    'DOMContentLoaded',
    () => {
      stop();
      if (!ended) start();
    },
    { once: true },
  );
}

export function startOverlay(ctx: OverlayContext, sites: SiteRegistry): void {
  // Asked for as the page starts loading: the message wakes the background (Chrome stops it after 30 s idle), which then
  // makes its checks ready while the page loads (entrypoints/background.ts). The overlay waits for the answer before it
  // shows anything.
  let settings: Result<ResponseOf<'getOverlaySettings'>> | null = null;
  const ready = request('getOverlaySettings').then((answer) => (settings = answer));
  whenParsed(document, ctx, () => startOnParsedPage(ctx, sites, ready, () => settings));
}

function startOnParsedPage(
  ctx: OverlayContext,
  sites: SiteRegistry,
  ready: Promise<unknown>,
  current: () => Result<ResponseOf<'getOverlaySettings'>> | null,
): void {
  const open = (pageUrl: string) => void request('openSetup', { pageUrl });
  const controller = new OverlayController({
    sites,
    // The checks' views; the text checks (and the user's word lists) are the background's.
    checks: pageCheckRegistry,
    get officeAccounts() {
      const settings = current();
      return settings?.ok ? settings.value.officeAccounts : [];
    },
    get setup() {
      const settings = current();
      return { awaiting: settings?.ok === true && settings.value.awaitingSetup, open };
    },
    ready,
    doc: document,
    getUrl: () => location.href,
    css,
    render: preactRenderer,
    record: (req) => request('recordAction', req),
    status: (req) => request('getSubjectStatus', req),
    // Colleagues' actions from the office's registry, merged in when (and if) they come.
    office: (req) => request('getOfficeStatus', req),
    retract: (req) => request('retractAction', req),
    reviewPublishing: (req) => request('reviewPublishing', req),
    publishingStatus: (req) => request('getPublishingStatus', req),
    onAccountInfo: (report) => void request('accountInfoSeen', report),
    // Evidence is drawn from the page's own DOM on the click: no tab capture, no extra permission. That code and the
    // page copy's are loaded on the first click that needs them (lib/overlay/on-demand.ts), not with every page.
    capture: async (element, exclude) => (await onDemand()).captureComment(element, { exclude, url: location.href, now: () => new Date() }),
    anonymise: async () => (await onDemand()).anonymisedCopy,
    diagnose: async () => (await onDemand()).diagnose,
    // The vocabulary checks run in the background, off Facebook's main thread; none of their code is here.
    remote: { ids: TEXT_CHECK_IDS, judge: (items) => request('judgeTexts', { items }) },
    onScanned: seenReporter((counts, name) => void request('pageSeen', { pageUrl: location.href, name, counts })),
  });
  // The expanded checklist comes from a module of its own, fetched now beside the page's first scan rather than
  // parsed with this script: a checklist that arrived only on its first "▸" grew the page under the pointer a
  // moment after the click (an e2e click on the next bar missed). A failed fetch is tried again on "▸".
  setViewsLoader(() => importDefault<ViewsFactory>(ON_DEMAND_UI_PATH));
  loadViews().catch(() => undefined);
  const abort = new AbortController();
  ctx.onInvalidated(() => abort.abort());
  // The options page's "Spara anonymiserad sidkopia" reaches this page through the background.
  const copy = pageCopyListener(browser.runtime.id, async () => (await onDemand()).anonymisedCopy(document, location.href));
  browser.runtime.onMessage.addListener(copy);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(copy));
  controller.start(abort.signal);
}
