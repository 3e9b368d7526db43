/**
 * The content script's click-only code (entrypoints/on-demand.ts: evidence capture, the anonymised page
 * copy), loaded from the extension's own package the first time a person's click needs it and kept for
 * the page's life; the expanded checklist comes the same way, fetched as the page starts (components/overlay/lazy.tsx). Both are
 * web-accessible resources for the supported sites only; Chrome serves them under a per-session address
 * (`use_dynamic_url`), so a page cannot probe for the extension through them.
 */
import { browser } from 'wxt/browser';
import type { captureComment } from '../evidence/capture';
import type { anonymisedCopy } from '../sites/anonymise';
import type { diagnose } from '../sites/diagnose';

/** What entrypoints/on-demand.ts's module gives the content script. */
export type OnDemand = { captureComment: typeof captureComment; anonymisedCopy: typeof anonymisedCopy; diagnose: typeof diagnose };

/** Where the module is, as the build writes it (wxt.config.ts names it in web_accessible_resources). */
export const ON_DEMAND_PATH = '/on-demand.js';
/** The expanded checklist (entrypoints/on-demand-ui.ts), fetched the same way as the content script starts. */
export const ON_DEMAND_UI_PATH = '/on-demand-ui.js';

/** The default export of one of the extension's own modules (a web-accessible resource on these sites). */
export function importDefault<T>(path: typeof ON_DEMAND_PATH | typeof ON_DEMAND_UI_PATH): Promise<T> {
  return import(/* @vite-ignore */ browser.runtime.getURL(path)).then((module: { default: T }) => module.default);
}

let loading: Promise<OnDemand> | null = null;

/** The module's exports; a failed load (an extension reloaded under the page) is tried again next time. */
export function onDemand(): Promise<OnDemand> {
  loading ??= importDefault<OnDemand>(ON_DEMAND_PATH).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
