/**
 * Two headless Debian Chromiums with identical flags, one with the built extension and one without,
 * so every figure is a difference measured in the same run. Pages come from fixtures at their real
 * Facebook URLs (the real manifest match patterns apply); nothing leaves loopback.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, playwrightExtPage } from '../../e2e/support/chromium';
import { awaitSetupTab, completeFirstRun, SETUP_PAGE } from '../../e2e/support/first-run';
import { LOOPBACK_HOSTS, SOCIAL_HOSTS, type FixtureServer } from '../../e2e/support/fixtures';
import { PROBE_SCRIPT } from './probe';

export interface BenchBrowser {
  readonly withExtension: boolean;
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBench(fixtures: FixtureServer, extensionDir: string | null): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'ms-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(extensionDir
        ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
        : ['--disable-extensions']),
      '--lang=sv-SE',
      ...(process.env.PROBE_PROFILE ? [`--remote-debugging-port=${process.env.PROBE_PROFILE}`] : []),
    ],
    viewport: { width: 1100, height: 900 },
    locale: 'sv-SE',
    env: { ...process.env, LANGUAGE: 'sv_SE', LANG: 'sv_SE.UTF-8' },
  });
  await context.addInitScript(PROBE_SCRIPT);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'chrome-extension:') return route.continue();
    if (SOCIAL_HOSTS.has(url.host)) {
      const html = fixtures.lookup(url.href);
      if (html) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'no fixture for this URL' });
    }
    if (LOOPBACK_HOSTS.has(url.hostname)) return route.continue();
    return route.abort('blockedbyclient');
  });
  if (extensionDir && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  // The installation opens the setup page: finished (checklists on every page) and closed before measuring.
  // A build from before the setup page (BENCH_COMPARE) opens none.
  if (extensionDir && existsSync(join(extensionDir, SETUP_PAGE))) await completeFirstRun(playwrightExtPage(await awaitSetupTab(() => context.pages(), (p) => p.url()), SETUP_PAGE));
  return {
    withExtension: extensionDir !== null,
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
