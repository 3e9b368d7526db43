/**
 * The set-up the investigation scripts share (profile.ts, trace-tasks.ts): one generated post page of
 * `n` comments served at its Facebook URL, a headless Chromium with the built extension, a blank tab
 * and a CDP session on it, ready for the script to start its recording and load `post.url`.
 */
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { FixtureServer } from '../../e2e/support/fixtures';
import { launchBench, type BenchBrowser } from './browser';
import { benchPost } from './page';

export interface Investigation {
  post: { url: string };
  browser: BenchBrowser;
  page: Page;
  cdp: CDPSession;
}

export async function openInvestigation(n: number, idPrefix: string, postId: string, withExtension = true): Promise<Investigation> {
  const fixtures = new FixtureServer([]);
  const post = benchPost(n, idPrefix, postId);
  fixtures.add(post.url, post.html);
  const browser = await launchBench(fixtures, withExtension ? resolve(import.meta.dirname, '../../../.output/chrome-mv3') : null);
  const page = await browser.context.newPage();
  await page.goto('about:blank');
  const cdp = await browser.context.newCDPSession(page);
  return { post, browser, page, cdp };
}

/**
 * One live-growth step of the investigation scripts: `html` (comment blocks) appended at the end of the page, idle, the
 * page scrolled to its new end (overlays mount near the viewport), idle again.
 */
export async function appendAndSettle(page: Page, html: string, idleMs = 5000): Promise<void> {
  await page.evaluate(`window.__bench.append(${JSON.stringify(html)})`);
  await page.evaluate(`window.__bench.idle(${idleMs})`);
  await page.evaluate('window.__bench.scrollToEnd()');
  await page.evaluate(`window.__bench.idle(${idleMs})`);
}
