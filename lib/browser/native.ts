/**
 * The extension API as the browser gives it, without webextension-polyfill: what the content script is
 * built against (wxt.config.ts swaps it in for `webextension-polyfill` in that build only). Firefox's
 * `browser` and Chrome's `chrome` (Manifest V3) both return promises from the calls the content script
 * makes: runtime.sendMessage, i18n, runtime.id. The one listener it has (the page copy) answers through
 * `sendResponse`, which both browsers support, so nothing here needs the polyfill's wrapping; it costs
 * the content script 9.8 kB minified (2.6 kB gzip) and its evaluation on every Facebook and Instagram page.
 */
import type Browser from 'webextension-polyfill';

type NativeGlobal = { browser?: { runtime?: { id?: string } }; chrome?: unknown };

const g = globalThis as unknown as NativeGlobal;
export const browser = (g.browser?.runtime?.id ? g.browser : g.chrome) as Browser.Browser;
export default browser;
