/** Firefox ESR (Debian's /usr/bin/firefox-esr) with the built add-on, driven by Puppeteer over WebDriver BiDi. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Browser as ExtensionBrowser } from 'webextension-polyfill';
import { tabExtPage, type ExtPage } from './ext-page';
import { GECKO_ID } from '../../../wxt.config';
import type { ModerationRecord } from '../../../lib/model';
import {
  FOCUSED_TESTID, SYNTHETIC_ATTACK, awaitInOverlay, inOverlay, inPanel, optionValues, OVERLAY_TAG, PANEL_TAG, readOverlays, readPanelCounts, readOwnPosts, readBaseInfo, readPanelKind, readPanelText, rootOf,
  type DomNode,
} from './closed-shadow';
import { readRecordsInExtension, waitFor, type BrowserDriver } from './driver';
import { FirefoxShadow } from './firefox-shadow';
import { firefoxPrefs } from './firefox-prefs';
import { awaitSetupTab, awaitTab, completeFirstRun, SETUP_PAGE, type FirstRun } from './first-run';
import { AUDIT_TAGS, auditInPage, EXPOSE_ROOT, type AxeFinding } from './axe-audit';
import { LOOPBACK_HOSTS, SOCIAL_HOSTS, type FixtureServer } from './fixtures';

/** A name Firefox gives a download while it is under way (eight random letters and digits), before the file's own. */
const FIREFOX_TEMPORARY_NAME = /^[A-Za-z0-9]{8}\.[A-Za-z0-9]+$/;

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_UUID = '6d1f3c2a-5b7e-4c1d-9a8f-0e2b4c6d8f10';

export interface FirefoxOptions {
  extensionDir: string;
  fixtures: FixtureServer;
  /** Keep the profile (and the installed add-on) between launches, for restart tests. */
  userDataDir?: string;
  /** A new profile's setup page: finished as a person would (the default), or left open for the scenario. */
  firstRun?: FirstRun;
}

/**
 * Installs the built add-on into the profile as a regular (not temporary) add-on, as IT would deploy
 * it: it then survives a browser restart. Firefox ESR accepts it unsigned with the prefs below.
 */
function installIntoProfile(profile: string, extensionDir: string): void {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(extensionDir, path)] = readFileSync(path);
    }
  };
  walk(extensionDir);
  mkdirSync(join(profile, 'extensions'), { recursive: true });
  writeFileSync(join(profile, 'extensions', `${GECKO_ID}.xpi`), zipSync(files));
}

export async function launchFirefox(opts: FirefoxOptions): Promise<FirefoxDriver> {
  const profile = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'ms-firefox-'));
  // Once per profile: a restart must find the same add-on (and its data), not a fresh install.
  const fresh = !existsSync(join(profile, 'extensions', `${GECKO_ID}.xpi`));
  if (fresh) installIntoProfile(profile, opts.extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...firefoxPrefs(GECKO_ID, EXTENSION_UUID),
      // A regular add-on from the profile folder, unsigned (ESR honours this), enabled without asking.
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      // Firefox's automation switch for permission prompts: permissions.request (still only from a
      // user's click) is granted without the doorhanger, which headless Firefox cannot show.
      'extensions.webextOptionalPermissionPrompts': false,
      // Downloads go straight into the profile's own folder, without a dialog (the page copy, issue 16).
      'browser.download.folderList': 2,
      'browser.download.dir': join(profile, 'downloads'),
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/html',
      'browser.download.alwaysOpenPanel': false,
    },
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    protocolTimeout: 30_000,
    timeout: 30_000,
  });
  // The add-on's installation opens its setup page in a tab of its own; the scenario's tab is another.
  const setup = fresh ? (await awaitSetupTab(() => tabsWithAddress(browser), (t) => t.href)).p : null;
  const page = (await browser.pages()).find((p) => p !== setup && !p.url().startsWith('moz-extension://')) ?? (await browser.newPage());
  await page!.setViewport({ width: 1100, height: 900 });
  await page!.setRequestInterception(true);
  page!.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = new URL(req.url());
    if (SOCIAL_HOSTS.has(url.host)) {
      const html = opts.fixtures.lookup(url.href);
      void (html
        ? req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : req.respond({ status: 404, contentType: 'text/plain', body: 'no fixture for this URL' }));
    } else if (LOOPBACK_HOSTS.has(url.hostname)) {
      void req.continue();
    } else {
      void req.abort();
    }
  });
  const driver = new FirefoxDriver(browser, page!, opts.userDataDir ? null : profile, profile);
  if (setup) {
    const setupPage = puppeteerExtPage(setup, SETUP_PAGE);
    if ((opts.firstRun ?? 'complete') === 'complete') await completeFirstRun(setupPage);
    else driver.firstRunPage = setupPage;
  }
  return driver;
}

/** Puppeteer may still report a tab the extension opened as about:blank: each tab is asked where it is. */
function tabsWithAddress(browser: Browser): Promise<{ p: Page; href: string }[]> {
  return browser.pages().then((pages) => Promise.all(pages.map(async (p) => ({ p, href: await p.evaluate(() => location.href).catch(() => p.url()) }))));
}

const puppeteerExtPage = (page: Page, label: string): ExtPage => tabExtPage(page, label);

export class FirefoxDriver implements BrowserDriver {
  readonly name = 'firefox' as const;
  /** The setup page a new profile opened by itself, when the launch left it for the scenario. */
  firstRunPage: ExtPage | null = null;
  private pageErrors: string[] = [];
  private readonly shadow: FirefoxShadow;

  constructor(
    private readonly browser: Browser,
    readonly page: Page,
    private readonly ownedProfile: string | null,
    private readonly profileDir: string,
  ) {
    this.shadow = new FirefoxShadow(browser, page);
    page.on('pageerror', (e) => this.pageErrors.push(String((e as Error).message ?? e)));
    page.on('console', (m) => {
      if (m.type() === 'error') this.pageErrors.push(m.text());
    });
  }

  async open(url: string): Promise<void> {
    this.pageErrors = [];
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async reload(): Promise<void> {
    this.pageErrors = [];
    await this.page.reload({ waitUntil: 'load' });
  }

  /** Our hosts with their closed shadow trees, read through WebDriver BiDi. */
  private hosts(): Promise<DomNode[]> {
    return this.shadow.hosts(`${OVERLAY_TAG}, ${PANEL_TAG}`);
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

  /**
   * Reaches the button with Tab like a keyboard user. Over WebDriver BiDi, headless Firefox delivers
   * the Enter key events but runs no activation behaviour for them (not even on a plain page button),
   * so once the focus is proven to be on the button it is activated with a (trusted) click.
   */
  async keyboardArchive(commentId: string): Promise<void> {
    const hosts = await this.hosts();
    const button = inOverlay(hosts, commentId, 'archive');
    const root = rootOf(hosts, button);
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 200; i++) {
      await this.page.keyboard.press('Tab');
      if ((await this.shadow.call<string | null>(root, FOCUSED_TESTID)) === 'archive') {
        await this.shadow.click(button);
        return;
      }
    }
    throw new Error('the archive button cannot be reached with the Tab key');
  }

  /**
   * Opens an extension page in a new tab. page.goto() never settles for moz-extension:// URLs over
   * BiDi (no load event is sent for extension documents), so navigate and poll the document instead.
   */
  async openedTab(path: string): Promise<ExtPage> {
    const tab = (await awaitTab(() => tabsWithAddress(this.browser), (t) => t.href, path)).p;
    await waitFor(`${path} loaded`, () => tab.evaluate(() => document.readyState).catch(() => ''), (s) => s === 'complete');
    return puppeteerExtPage(tab, path);
  }

  async extensionPage(path: string): Promise<ExtPage> {
    return puppeteerExtPage(await this.openExtensionTab(path), path);
  }

  /** Firefox grants the request itself (extensions.webextOptionalPermissionPrompts=false); deny is not possible. */
  async withPermissionPrompt(answer: 'allow' | 'deny', trigger: () => Promise<void>): Promise<void> {
    if (answer === 'deny') throw new Error('this Firefox profile grants permission requests without a prompt');
    await trigger();
  }

  async hasHostPermission(pattern: string): Promise<boolean> {
    const page = await this.openExtensionTab('popup.html');
    try {
      return await page.evaluate((p) => (globalThis as unknown as { browser: ExtensionBrowser }).browser.permissions.contains({ origins: [p] }), pattern);
    } finally {
      await page.close();
    }
  }

  /** What a user does in about:addons → Permissions: takes the host permission away again. */
  async revokeHostPermission(pattern: string): Promise<void> {
    const page = await this.openExtensionTab('popup.html');
    try {
      await page.evaluate((p) => (globalThis as unknown as { browser: ExtensionBrowser }).browser.permissions.remove({ origins: [p] }), pattern);
    } finally {
      await page.close();
    }
  }

  /** The background page dies with the browser; close() mid-request is the stop in Firefox. */
  async stopBackground(): Promise<void> {}

  private async openExtensionTab(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    const url = `moz-extension://${EXTENSION_UUID}/${path}`;
    page.goto(url, { timeout: 0 }).catch(() => undefined);
    // Evaluating while the tab swaps from about:blank to the extension process can fail; poll instead.
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      const ready = await page
        .evaluate((u) => location.href === u && document.readyState === 'complete', url)
        .catch(() => false);
      if (ready) return page;
      await new Promise((r) => setTimeout(r, 50));
    }
    await page.close();
    throw new Error(`extension page ${path} did not load`);
  }

  async records(): Promise<ModerationRecord[]> {
    const page = await this.openExtensionTab('popup.html');
    try {
      return (await page.evaluate(readRecordsInExtension)) as ModerationRecord[];
    } finally {
      await page.close();
    }
  }

  async panelKind() {
    return readPanelKind(await this.hosts());
  }

  /** axe-core on the overlays and the panel, their closed roots handed to the page over WebDriver BiDi. */
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

  /** The profile's download folder: a file that appears there, complete (no `.part` beside it), is the download. */
  async download(trigger: () => Promise<void>): Promise<{ name: string; text: string }> {
    const dir = join(this.profileDir, 'downloads');
    mkdirSync(dir, { recursive: true });
    const before = new Set(readdirSync(dir));
    await trigger();
    // Firefox first writes an empty file of the final name and the data into a `.part` beside it: the
    // download is finished when no `.part` is left and the new file has its content. A download started a
    // moment after the click (the page copy's code is loaded first, lib/overlay/on-demand.ts) may first
    // appear under a temporary name ("9YBWk7JH.html") that is then renamed: such names are passed over,
    // and the folder must read the same on two polls in a row, so a rename in flight is waited out.
    let previous: string | null = null;
    const name = await waitFor(
      'a finished download',
      async () => {
        const files = readdirSync(dir).sort();
        const listing = files.join('\n');
        const settled = listing === previous;
        previous = listing;
        if (!settled || files.some((f) => f.endsWith('.part'))) return null;
        const found = files.find((f) => !before.has(f) && !FIREFOX_TEMPORARY_NAME.test(f));
        if (!found) return null;
        try {
          return statSync(join(dir, found)).size > 0 ? found : null;
        } catch {
          return null; // renamed or removed between the listing and the look
        }
      },
      (found) => found !== null,
      20_000,
    );
    const text = readFileSync(join(dir, name!), 'utf8');
    // Gone again, so a later download of the same name keeps its name (Firefox would add "(1)").
    rmSync(join(dir, name!));
    return { name: name!, text };
  }

  async evaluate<A, R = void>(fn: (arg: A) => R, arg: A): Promise<R> {
    return (await this.page.evaluate(fn as (arg: unknown) => R, arg)) as R;
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
    const page = await this.openExtensionTab('options.html');
    try {
      for (const [testid, value] of Object.entries(fields)) {
        await page.locator(`[data-testid="${testid}"]`).fill(value);
      }
      await page.locator(`[data-testid="${buttons.save}"]`).click();
      const handle = await page.waitForFunction(
        (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() || null,
        { timeout: 10_000, polling: 50 },
        buttons.message,
      );
      return String(await handle.jsonValue());
    } finally {
      await page.close();
    }
  }

  async popup() {
    const page = await this.openExtensionTab('popup.html');
    try {
      await page.waitForSelector('[data-testid="archived-today"]', { timeout: 10_000 });
      return await page.evaluate(() => ({
        text: document.body.innerText.trim(),
        archivedToday: document.querySelector('[data-testid="archived-today"]')!.textContent!.trim(),
        images: document.querySelectorAll('img').length,
        scripts: document.querySelectorAll('body script').length,
      }));
    } finally {
      await page.close();
    }
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path: path as `${string}.png`, fullPage: true });
  }

  errors(): string[] {
    return [...this.pageErrors];
  }

  async close(): Promise<void> {
    await this.browser.close();
    if (this.ownedProfile) rmSync(this.ownedProfile, { recursive: true, force: true });
  }
}
