/**
 * One of the extension's own pages (options, popup …) opened in a tab, behind the same small interface
 * in both browsers, so registry and sync scenarios are written once. Elements are found by data-testid.
 */
export interface ExtPage {
  fill(testid: string, value: string): Promise<void>;
  click(testid: string): Promise<void>;
  /** The element's text, trimmed; '' when it is not on the page. */
  text(testid: string): Promise<string>;
  /** Waits until the element exists and its text passes `accept`; returns that text. */
  waitForText(testid: string, accept: (text: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Runs a function in the page (an extension page: it may use `chrome`/`browser`, IndexedDB …). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A picture of the whole page, to look at what a user sees. */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

/** Polls the page's DOM for an element's text; shared by both implementations. */
export async function pollText(
  read: () => Promise<string | null>,
  accept: (text: string) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last: string | null = null;
  for (;;) {
    last = await read().catch(() => null);
    if (last !== null && accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last text: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const byTestId = (testid: string) => `[data-testid="${testid}"]`;

/** Runs in the page: the trimmed text of an element by data-testid, or null. */
export function readTestIdText(testid: string): string | null {
  const el = document.querySelector(`[data-testid="${testid}"]`);
  return el ? (el.textContent ?? '').trim() : null;
}

/**
 * What both harnesses' tabs offer (a Playwright or a Puppeteer page), loosely typed: each library's
 * overloads differ, the calls below are the same.
 */
export interface ScriptableTab {
  locator(selector: string): { fill(value: string): Promise<unknown>; click(): Promise<unknown> };
  evaluate(fn: never, arg: never): Promise<unknown>;
  screenshot(options: never): Promise<unknown>;
  close(): Promise<unknown>;
}

/** An extension page in a browser tab, behind the ExtPage interface (`label` names it in timeouts). */
export function tabExtPage(page: ScriptableTab, label: string): ExtPage {
  const read = (testid: string) => page.evaluate(readTestIdText as never, testid as never) as Promise<string | null>;
  return {
    fill: async (testid, value) => void (await page.locator(byTestId(testid)).fill(value)),
    click: async (testid) => void (await page.locator(byTestId(testid)).click()),
    text: async (testid) => (await read(testid)) ?? '',
    waitForText: (testid, accept, timeoutMs) => pollText(() => read(testid), accept, `${label} ${testid}`, timeoutMs),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    screenshot: async (file) => void (await page.screenshot({ path: file, fullPage: true } as never)),
    close: async () => void (await page.close()),
  };
}
