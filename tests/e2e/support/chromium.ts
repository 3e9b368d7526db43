/** Chromium (Debian's /usr/bin/chromium) with the built MV3 extension, driven by Playwright. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { ModerationRecord } from '../../../lib/model';
import { ChromiumShadow } from './chromium-shadow';
import {
  FOCUSED_TESTID, SYNTHETIC_ATTACK, awaitInOverlay, hostsIn, inOverlay, inPanel, optionValues, OVERLAY_TAG, PANEL_TAG, readOverlays, readPanelCounts, readOwnPosts, readBaseInfo,
  readPanelKind, readPanelText, rootOf, textOf, type DomNode,
} from './closed-shadow';
import { readRecordsInExtension, waitFor, type BrowserDriver } from './driver';
import { tabExtPage, type ExtPage } from './ext-page';
import { LOOPBACK_HOSTS, SOCIAL_HOSTS, type FixtureServer } from './fixtures';
import { keys, pixel, regionHash, virtualDisplay } from './xvfb';
import { awaitSetupTab, awaitTab, completeFirstRun, type FirstRun } from './first-run';
import { AUDIT_TAGS, auditInPage, EXPOSE_ROOT, type AxeFinding } from './axe-audit';
import type { Browser } from 'webextension-polyfill';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumOptions {
  extensionDir: string;
  fixtures: FixtureServer;
  /** Keep the profile folder between launches (restart tests); removed by close() otherwise. */
  userDataDir?: string;
  headless?: boolean;
  /**
   * A headed browser on a virtual X display, for tests that answer the browser's own permission prompt
   * (headless Chromium never draws it).
   */
  headed?: boolean;
  lang?: string;
  /** A new profile's setup page: finished as a person would (the default), or left open for the scenario. */
  firstRun?: FirstRun;
}

// Where the page's own background shows in a headed window (below all content): the browser dims it
// while its permission prompt is open, which is the signal that the prompt is there to be answered.
const PROMPT_PROBE = { x: 1150, y: 950 };
// Where Chromium draws an extension's permission prompt: centred at the top of the page area.
const PROMPT_AREA = { x: 150, y: 70, width: 900, height: 300 };

export async function launchChromium(opts: ChromiumOptions): Promise<ChromiumDriver> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'ms-chromium-'));
  // Only a new profile installs the extension (and so opens its setup page); a restart finds it set up.
  const fresh = readdirSync(userDataDir).length === 0;
  const display = opts.headed ? await virtualDisplay() : null;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    args: [
      ...(opts.headless === false || display ? [] : ['--headless=new']),
      ...(display ? ['--window-position=0,0', '--window-size=1200,1000'] : []),
      `--disable-extensions-except=${opts.extensionDir}`,
      `--load-extension=${opts.extensionDir}`,
      `--lang=${opts.lang ?? 'sv-SE'}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    // Headed: the page fills the window, so the prompt probe below sits on the page's empty margin.
    viewport: display ? null : { width: 1100, height: 900 },
    // On Linux, Chromium takes its UI language (and so the extension's locale) from the environment.
    env: {
      ...process.env,
      ...(display ? { DISPLAY: display } : {}),
      LANGUAGE: (opts.lang ?? 'sv-SE').replace('-', '_'),
      LANG: `${(opts.lang ?? 'sv-SE').replace('-', '_')}.UTF-8`,
    },
    locale: opts.lang ?? 'sv-SE',
  });
  // Every request is answered from fixtures or loopback; nothing reaches the internet.
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    if (SOCIAL_HOSTS.has(url.host)) {
      const html = opts.fixtures.lookup(url.href);
      if (html) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'no fixture for this URL' });
    }
    if (LOOPBACK_HOSTS.has(url.hostname)) return route.continue();
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const setup = fresh ? await awaitSetupTab(() => context.pages(), (p) => p.url()) : null;
  const page = context.pages().find((p) => p !== setup && !p.url().startsWith('chrome-extension://')) ?? (await context.newPage());
  const driver = new ChromiumDriver(context, worker, page, opts.userDataDir ? null : userDataDir, display);
  if (setup) {
    const setupPage = playwrightExtPage(setup, 'setup.html');
    if ((opts.firstRun ?? 'complete') === 'complete') await completeFirstRun(setupPage);
    else driver.firstRunPage = setupPage;
  }
  return driver;
}

/** An extension page in a Playwright tab, behind the shared ExtPage interface (also used by the benchmark). */
export const playwrightExtPage = (page: Page, label: string): ExtPage => tabExtPage(page, label);

export class ChromiumDriver implements BrowserDriver {
  readonly name = 'chromium' as const;
  /** The setup page a new profile opened by itself, when the launch left it for the scenario. */
  firstRunPage: ExtPage | null = null;
  private pageErrors: string[] = [];
  private readonly shadow: ChromiumShadow;

  constructor(
    readonly context: BrowserContext,
    private worker: Worker,
    readonly page: Page,
    private readonly ownedProfile: string | null,
    private readonly display: string | null = null,
  ) {
    this.shadow = new ChromiumShadow(page);
    page.on('pageerror', (e) => this.pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') this.pageErrors.push(m.text());
    });
  }

  get extensionId(): string {
    return new URL(this.worker.url()).host;
  }

  /** The current service worker (it may have been stopped and restarted since launch). */
  async currentWorker(): Promise<Worker> {
    const live = this.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${this.extensionId}/`));
    this.worker = live ?? (await this.context.waitForEvent('serviceworker'));
    return this.worker;
  }

  async open(url: string): Promise<void> {
    this.pageErrors = [];
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async reload(): Promise<void> {
    this.pageErrors = [];
    await this.page.reload({ waitUntil: 'load' });
  }

  /** Our hosts with their closed shadow trees, read through the DevTools protocol. */
  private async hosts(): Promise<DomNode[]> {
    const doc = await this.shadow.document();
    return [...hostsIn(doc, OVERLAY_TAG), ...hostsIn(doc, PANEL_TAG)];
  }

  async overlays() {
    return readOverlays(await this.hosts());
  }

  async clickArchive(commentId: string): Promise<void> {
    await this.clickInOverlay(commentId, 'archive');
  }

  async clickInOverlay(commentId: string, testid: string): Promise<void> {
    await this.shadow.click(await awaitInOverlay(() => this.hosts(), commentId, testid));
  }

  /** Chooses with the keyboard, as a person would: a script's change of the select is refused. */
  async selectInOverlay(commentId: string, testid: string, value: string): Promise<void> {
    const select = inOverlay(await this.hosts(), commentId, testid);
    const target = optionValues(select).indexOf(value);
    if (target < 0) throw new Error(`no option ${value}`);
    await this.shadow.focus(select);
    const current = await this.shadow.call<number>(select, '(el) => el.selectedIndex');
    for (let i = current; i !== target; i += target > current ? 1 : -1) {
      await this.page.keyboard.press(target > current ? 'ArrowDown' : 'ArrowUp');
    }
  }

  async panelCounts() {
    return readPanelCounts(await this.hosts());
  }

  async panelOwnPosts() {
    return readOwnPosts(await this.hosts());
  }

  async panelBaseInfo() {
    return readBaseInfo(await this.hosts());
  }

  async doubleClickArchive(commentId: string, testid = 'archive'): Promise<void> {
    await this.shadow.click(inOverlay(await this.hosts(), commentId, testid), 2);
  }

  /** Presses Tab (from the page's start) until `testid` in the comment's overlay has the focus. */
  async tabTo(commentId: string, testid: string): Promise<void> {
    const hosts = await this.hosts();
    const root = rootOf(hosts, inOverlay(hosts, commentId, 'toggle'));
    for (let i = 0; i < 300; i++) {
      if ((await this.shadow.call<string | null>(root, FOCUSED_TESTID)) === testid) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`[data-testid="${testid}"] in the overlay of ${commentId} cannot be reached with the Tab key`);
  }

  /** Which element in the comment's overlay has the focus (its data-testid), or null. */
  async focusedIn(commentId: string): Promise<string | null> {
    const hosts = await this.hosts();
    return this.shadow.call<string | null>(rootOf(hosts, inOverlay(hosts, commentId, 'toggle')), FOCUSED_TESTID);
  }

  /** The text of `testid` in the comment's overlay ('' when it is not there). */
  async textInOverlay(commentId: string, testid: string): Promise<string> {
    try {
      return textOf(inOverlay(await this.hosts(), commentId, testid)).trim();
    } catch {
      return '';
    }
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async keyboardArchive(commentId: string): Promise<void> {
    const hosts = await this.hosts();
    const root = rootOf(hosts, inOverlay(hosts, commentId, 'archive'));
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 200; i++) {
      await this.page.keyboard.press('Tab');
      if ((await this.shadow.call<string | null>(root, FOCUSED_TESTID)) === 'archive') {
        await this.page.keyboard.press('Enter');
        return;
      }
    }
    throw new Error('the archive button cannot be reached with the Tab key');
  }

  async records(): Promise<ModerationRecord[]> {
    const worker = await this.currentWorker();
    return (await worker.evaluate(readRecordsInExtension)) as ModerationRecord[];
  }

  async panelKind() {
    return readPanelKind(await this.hosts());
  }

  /**
   * For an accessibility audit only: lets scripts in the page see our closed shadow roots (through
   * `host.shadowRoot`, as DevTools can), runs axe-core (its source given) on our hosts alone, and
   * returns its violations. The product's roots stay closed; this test browser is thrown away after.
   */
  async auditOverlays(axeSource: string, options: object): Promise<{ violations: AxeFinding[]; buttons: number }> {
    for (const host of await this.hosts()) if (host.shadow) await this.shadow.call(host.shadow, EXPOSE_ROOT);
    await this.page.evaluate(axeSource);
    return this.page.evaluate(auditInPage, { tags: AUDIT_TAGS, options });
  }

  /** The text of `testid` in the page panel ('' when it is not shown). */
  async panelText(testid: string): Promise<string> {
    return readPanelText(await this.hosts(), testid);
  }

  async clickInPanel(testid: string): Promise<void> {
    await this.shadow.click(inPanel(await this.hosts(), testid));
  }

  async evaluate<A, R = void>(fn: (arg: A) => R, arg: A): Promise<R> {
    return (await this.page.evaluate(fn as (arg: unknown) => R, arg)) as R;
  }

  async download(trigger: () => Promise<void>): Promise<{ name: string; text: string }> {
    // Whichever open page (the site's tab or an extension page) the download starts from; the others never answer.
    const started = Promise.race(
      this.context.pages().map((page) => page.waitForEvent('download', { timeout: 20_000 }).then((d) => d, () => new Promise<never>(() => {}))),
    );
    await trigger();
    const download = await started;
    return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
  }

  async styleInOverlay(commentId: string, testid: string, property: string): Promise<string> {
    return this.shadow.call<string>(inOverlay(await this.hosts(), commentId, testid), `(el) => getComputedStyle(el).getPropertyValue(${JSON.stringify(property)})`);
  }

  async syntheticEventsInOverlays(): Promise<number> {
    let reached = 0;
    for (const host of await this.hosts()) if (host.shadow) reached += await this.shadow.call<number>(host.shadow, SYNTHETIC_ATTACK);
    return reached;
  }

  async saveOptions(fields: Record<string, string>, buttons = { save: 'save-words', message: 'words-message' }): Promise<string> {
    const page = await this.context.newPage();
    try {
      await page.goto(`chrome-extension://${this.extensionId}/options.html`);
      for (const [testid, value] of Object.entries(fields)) await page.locator(`[data-testid="${testid}"]`).fill(value);
      await page.locator(`[data-testid="${buttons.save}"]`).click();
      const message = page.locator(`[data-testid="${buttons.message}"]`);
      await message.filter({ hasText: /./ }).waitFor();
      return (await message.innerText()).trim();
    } finally {
      await page.close();
    }
  }

  async popup() {
    const popup = await this.context.newPage();
    try {
      await popup.goto(`chrome-extension://${this.extensionId}/popup.html`);
      const count = popup.locator('[data-testid="archived-today"]');
      await count.waitFor();
      return {
        text: (await popup.locator('body').innerText()).trim(),
        archivedToday: (await count.innerText()).trim(),
        images: await popup.locator('img').count(),
        scripts: await popup.locator('body script').count(),
      };
    } finally {
      await popup.close();
    }
  }

  async openedTab(path: string): Promise<ExtPage> {
    const tab = await awaitTab(() => this.context.pages(), (p) => p.url(), path);
    await tab.waitForLoadState('load');
    return playwrightExtPage(tab, path);
  }

  async extensionPage(path: string): Promise<ExtPage> {
    const page = await this.context.newPage();
    // No bringToFront(): in a headed window it takes keyboard focus from the browser's own prompts.
    await page.goto(`chrome-extension://${this.extensionId}/${path}`);
    return playwrightExtPage(page, path);
  }

  /**
   * Runs `trigger` (a click that asks for a permission) and answers the browser's own prompt with the
   * keyboard: Return on the focused default (Deny), or Tab to Allow and Return.
   */
  async withPermissionPrompt(answer: 'allow' | 'deny', trigger: () => Promise<void>): Promise<void> {
    const display = this.display;
    if (!display) throw new Error('answering a permission prompt needs a headed browser: launch with { headed: true }');
    const probe = () => pixel(display, PROMPT_PROBE.x, PROMPT_PROBE.y);
    const area = () => regionHash(display, PROMPT_AREA.x, PROMPT_AREA.y, PROMPT_AREA.width, PROMPT_AREA.height);
    const calm = probe();
    await trigger();
    const dimmed = await waitFor('the permission prompt', async () => probe(), (p) => p !== calm && p !== '');
    // Wait for the prompt to finish drawing (its area stops changing) before pressing keys.
    const settled = async () => {
      let last = area();
      let same = 0;
      await waitFor('the permission prompt to settle', async () => {
        const now = area();
        same = now === last ? same + 1 : 0;
        last = now;
        return same;
      }, (n) => n >= 3);
      return last;
    };
    const drawn = await settled();
    if (answer === 'allow') {
      // "Deny" has the focus by default; one Tab moves it to "Allow", which must be seen to happen.
      keys(display, 'Tab');
      await waitFor('the focus to move to "Allow"', async () => area(), (h) => h !== drawn);
      await settled();
    }
    keys(display, 'Return');
    await waitFor('the permission prompt to close', async () => probe(), (p) => p !== dimmed);
  }

  /** Whether the extension may reach an origin pattern, as the browser says (read in the worker). */
  async hasHostPermission(pattern: string): Promise<boolean> {
    return (await this.currentWorker()).evaluate((p) => (globalThis as unknown as { chrome: Browser }).chrome.permissions.contains({ origins: [p] }), pattern);
  }

  /** What a user does on the extension's details page: takes the host permission away again. */
  async revokeHostPermission(pattern: string): Promise<void> {
    await (await this.currentWorker()).evaluate((p) => (globalThis as unknown as { chrome: Browser }).chrome.permissions.remove({ origins: [p] }), pattern);
  }

  /** Stops the service worker at once (as Chrome does when it idles it), whatever it is doing. */
  async stopBackground(): Promise<void> {
    const cdp = await this.context.newCDPSession(this.page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path, fullPage: true });
  }

  errors(): string[] {
    return [...this.pageErrors];
  }

  async close(): Promise<void> {
    await this.context.close();
    if (this.ownedProfile) rmSync(this.ownedProfile, { recursive: true, force: true });
  }
}

export { waitFor };
