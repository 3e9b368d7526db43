/** Chromium (Debian's /usr/bin/chromium) with the built MV3 extension, driven by Playwright. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { ModerationRecord } from '../../../lib/model';
import { readOverlaysInPage, readPanelInPage, readPanelKindInPage, readRecordsInExtension, waitFor, type BrowserDriver } from './driver';
import { LOOPBACK_HOSTS, SOCIAL_HOSTS, type FixtureServer } from './fixtures';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumOptions {
  extensionDir: string;
  fixtures: FixtureServer;
  /** Keep the profile folder between launches (restart tests); removed by close() otherwise. */
  userDataDir?: string;
  headless?: boolean;
  lang?: string;
}

export async function launchChromium(opts: ChromiumOptions): Promise<ChromiumDriver> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'ms-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    args: [
      ...(opts.headless === false ? [] : ['--headless=new']),
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
    viewport: { width: 1100, height: 900 },
    // On Linux, Chromium takes its UI language (and so the extension's locale) from the environment.
    env: { ...process.env, LANGUAGE: (opts.lang ?? 'sv-SE').replace('-', '_'), LANG: `${(opts.lang ?? 'sv-SE').replace('-', '_')}.UTF-8` },
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
  const page = context.pages()[0] ?? (await context.newPage());
  return new ChromiumDriver(context, worker, page, opts.userDataDir ? null : userDataDir);
}

export class ChromiumDriver implements BrowserDriver {
  readonly name = 'chromium' as const;
  private pageErrors: string[] = [];

  constructor(
    readonly context: BrowserContext,
    private worker: Worker,
    readonly page: Page,
    private readonly ownedProfile: string | null,
  ) {
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

  overlays() {
    return this.page.evaluate(readOverlaysInPage);
  }

  private archiveButton(commentId: string) {
    // Playwright's CSS engine pierces the open shadow root.
    return this.page.locator(`modereringsstod-overlay[data-comment-id="${commentId}"] [data-testid="archive"]`);
  }

  async clickArchive(commentId: string): Promise<void> {
    await this.archiveButton(commentId).click();
  }

  private inOverlay(commentId: string, testid: string) {
    return this.page.locator(`modereringsstod-overlay[data-comment-id="${commentId}"] [data-testid="${testid}"]`);
  }

  async clickInOverlay(commentId: string, testid: string): Promise<void> {
    await this.inOverlay(commentId, testid).click();
  }

  async selectInOverlay(commentId: string, testid: string, value: string): Promise<void> {
    await this.inOverlay(commentId, testid).selectOption(value);
  }

  panelCounts() {
    return this.page.evaluate(readPanelInPage);
  }

  async doubleClickArchive(commentId: string): Promise<void> {
    await this.archiveButton(commentId).dblclick();
  }

  async keyboardArchive(commentId: string): Promise<void> {
    const button = this.archiveButton(commentId);
    await button.waitFor({ state: 'visible' });
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 200; i++) {
      await this.page.keyboard.press('Tab');
      if (await button.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)) {
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

  panelKind() {
    return this.page.evaluate(readPanelKindInPage);
  }

  async clickInPanel(testid: string): Promise<void> {
    await this.page.locator(`modereringsstod-panel [data-testid="${testid}"]`).click();
  }

  async evaluate<A>(fn: (arg: A) => void, arg: A): Promise<void> {
    await this.page.evaluate(fn as (arg: unknown) => void, arg);
  }

  async saveOptions(fields: Record<string, string>, buttons = { save: 'save', message: 'save-message' }): Promise<string> {
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
