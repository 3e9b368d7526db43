/**
 * What a scenario needs from a real browser with the built extension loaded. One implementation per
 * browser (Playwright for Chromium, Puppeteer over WebDriver BiDi for Firefox) so scenarios are shared.
 */
import type { ModerationRecord } from '../../../lib/model';
import type { ExtPage } from './ext-page';
import type { BaseInfoPieceInfo, OwnPostInfo } from './closed-shadow';

export interface OverlayInfo {
  commentId: string;
  state: string;
  text: string;
  /** data-testid of each badge shown, e.g. `badge-reply`, `badge-personal-data`. */
  badges: string[];
}

export interface BrowserDriver {
  readonly name: 'chromium' | 'firefox';
  /** The setup page a new profile opened by itself, when launched with `firstRun: 'leave'`; else null. */
  readonly firstRunPage: ExtPage | null;
  /** Opens a URL (served from fixtures) in the test tab. */
  open(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Reads every overlay host on the page and the visible text of its shadow root. */
  overlays(): Promise<OverlayInfo[]>;
  /** Clicks the archive button of one comment's overlay, as a user would. */
  clickArchive(commentId: string): Promise<void>;
  /** Two clicks in quick succession on the archive button (the second one must not archive again). */
  doubleClickArchive(commentId: string, testid?: string): Promise<void>;
  /** Reaches the archive button with Tab presses and activates it (Enter where the harness allows). */
  keyboardArchive(commentId: string): Promise<void>;
  /** Clicks an element (by data-testid) inside one comment's overlay. */
  clickInOverlay(commentId: string, testid: string): Promise<void>;
  /** Chooses an option of a select (by data-testid) inside one comment's overlay. */
  selectInOverlay(commentId: string, testid: string, value: string): Promise<void>;
  /** The page panel's counts, by key (replyDue, overdue, notArchived, flagged). */
  panelCounts(): Promise<Record<string, string>>;
  /** Opens the options page, fills fields (by data-testid), saves, and returns the save message. */
  saveOptions(fields: Record<string, string>, buttons?: { save: string; message: string }): Promise<string>;
  /** The office's own posts listed in the page panel, with their publishing reminders. */
  panelOwnPosts(): Promise<OwnPostInfo[]>;
  /** The account's base-information pieces listed in the page panel (on its about/intro view or bio). */
  panelBaseInfo(): Promise<BaseInfoPieceInfo[]>;
  /** The page panel's state (counts, quiet, unrecognised) or null when there is none. */
  panelKind(): Promise<string | null>;
  clickInPanel(testid: string): Promise<void>;
  /** The visible text of `testid` in the page panel ('' when it is not shown). */
  panelText(testid: string): Promise<string>;
  /** Runs `trigger` (a click) and returns the file the browser downloaded because of it. */
  download(trigger: () => Promise<void>): Promise<{ name: string; text: string }>;
  /** Runs a function in the page, in the page's own world (in-app navigation, late comments, a hostile script). */
  evaluate<A, R = void>(fn: (arg: A) => R, arg: A): Promise<R>;
  /**
   * What a page script could do if it ever got hold of the overlay's closed shadow roots: clicks,
   * key presses and changes on every control, all synthetic (isTrusted false). Runs with the
   * references only browser tooling has; returns how many controls it reached.
   */
  syntheticEventsInOverlays(): Promise<number>;
  /** A computed style of an element (by data-testid) inside one comment's overlay: is our stylesheet applied? */
  styleInOverlay(commentId: string, testid: string, property: string): Promise<string>;
  /** All records in the extension's IndexedDB log, in log order. */
  records(): Promise<ModerationRecord[]>;
  /** Opens the popup page in a tab and returns its visible text and element counts. */
  popup(): Promise<{ text: string; archivedToday: string; images: number; scripts: number }>;
  /** A tab the extension opened by itself (not `extensionPage`), found by a part of its path, e.g. `setup.html?account=`. */
  openedTab(path: string): Promise<ExtPage>;
  /** axe-core (its source, its options) on the overlays and the panel, collapsed or expanded as they are now. */
  auditOverlays(axeSource: string, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: number; help: string }[]; buttons: number }>;
  /** Opens one of the extension's own pages (options.html, popup.html …) in a new tab. */
  extensionPage(path: string): Promise<ExtPage>;
  /** Runs a click that asks for a permission and answers the browser's prompt. */
  withPermissionPrompt(answer: 'allow' | 'deny', trigger: () => Promise<void>): Promise<void>;
  hasHostPermission(pattern: string): Promise<boolean>;
  /** Takes a granted host permission away, as the user can in the browser's extension settings. */
  revokeHostPermission(pattern: string): Promise<void>;
  /** Stops the extension's background at once, whatever it is doing (Chromium); a no-op where close() does it. */
  stopBackground(): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Errors seen in the page console or thrown on the page since the last open(). */
  errors(): string[];
  close(): Promise<void>;
}

export async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 10_000,
  intervalMs = 100,
): Promise<T> {
  const start = Date.now();
  let last: T = await read();
  while (!done(last)) {
    if (Date.now() - start > timeoutMs) {
      throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
    last = await read();
  }
  return last;
}

/** Runs in an extension page: reads the log store with the raw IndexedDB API. */
export function readRecordsInExtension(): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('modereringsstod');
    // No database yet (e.g. just wiped): do not create an empty one the extension could not upgrade.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('log')) return resolve([]);
      const req = db.transaction('log').objectStore('log').getAll();
      req.onsuccess = () => resolve((req.result as { record: unknown }[]).map((e) => e.record));
      req.onerror = () => reject(req.error);
    };
  });
}
