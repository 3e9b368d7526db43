/**
 * Positive signals for "nothing happened" checks: instead of sleeping and then looking, make a later
 * real change the extension must answer, wait for its answer, and only then look for the earlier one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageKey } from '../../../lib/i18n';
import { waitFor, type BrowserDriver, type OverlayInfo } from './driver';
import { OVERLAY_TAG } from './closed-shadow';

export const PROBE_COMMENT_ID = '9990000000000001';

/**
 * Appends one comment in Facebook's markup (like a comment arriving while the page is open) and waits
 * for its overlay. The content script scans the whole page each time, so once the probe has its
 * overlay every comment already on the page has had its chance: the overlays returned (without the
 * probe) are the page's own, final ones.
 */
export async function overlaysAfterScan(driver: BrowserDriver): Promise<OverlayInfo[]> {
  await driver.evaluate((id: string) => {
    const post = location.href.split('#')[0]!;
    const link = `${post}${post.includes('?') ? '&' : '?'}comment_id=${id}`;
    const comment = document.createElement('div');
    comment.innerHTML = `<div role="article" aria-label="Kommentar av Sonja Provsson för 1 minut sedan" tabindex="-1">
  <a href="https://www.facebook.com/profile.php?id=100090099" role="link"><span dir="auto">Sonja Provsson</span></a>
  <div><div dir="auto" style="text-align: start;">En kommentar som kom medan sidan var öppen.</div></div>
  <ul><li><a href="${link}" role="link">1 min</a></li></ul>
</div>`;
    (document.querySelector('[role="main"]') ?? document.body).append(comment);
  }, PROBE_COMMENT_ID);
  const all = await waitFor(
    'the overlay of a comment added to the page',
    () => driver.overlays(),
    (o) => o.some((x) => x.commentId === PROBE_COMMENT_ID && x.state !== 'unknown'),
  );
  return all.filter((o) => o.commentId !== PROBE_COMMENT_ID);
}

// Chromium runs with a Swedish UI and Firefox with its English one (see chromium.ts / firefox-prefs.ts).
const UI_LOCALE = { chromium: 'sv', firefox: 'en' } as const;

/** A message as the extension shows it in that browser's UI language. */
export function uiText(browser: BrowserDriver['name'], key: MessageKey): string {
  const file = join(import.meta.dirname, '../../../public/_locales', UI_LOCALE[browser], 'messages.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>)[key]!.message;
}

/**
 * Overlays are mounted only near the viewport (two screens above and below), each with its chunk of
 * neighbours, so a long page shows all of them once it has been scrolled through, as a moderator would:
 * two screens at a time. A step past the last overlay on the page waits for the overlays near it to
 * appear; a step still above it (inside a chunk already drawn) expects none. Returns the overlays once
 * `done` holds, back at the top.
 */
export async function revealOverlays(
  driver: BrowserDriver,
  done: (overlays: OverlayInfo[]) => boolean,
  what = 'every overlay, the page scrolled through',
): Promise<OverlayInfo[]> {
  await driver.evaluate(() => window.scrollTo(0, 0), undefined);
  let overlays = await driver.overlays();
  for (let step = 0; step < 500 && !done(overlays); step++) {
    const { moved, inside } = await driver.evaluate((tag) => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight * 2);
      const hosts = document.querySelectorAll(tag);
      const last = hosts[hosts.length - 1];
      // The viewport still ends above the last overlay placed: its comments came with an earlier chunk.
      return { moved: window.scrollY !== before, inside: last !== undefined && last.getBoundingClientRect().top > window.innerHeight };
    }, OVERLAY_TAG);
    if (inside) continue;
    const before = overlays.length;
    // Past the last overlay either new overlays appear or, where all are already there, `done` holds.
    overlays = await waitFor(`overlays near scroll step ${step}`, () => driver.overlays(), (o) => done(o) || o.length > before || !moved, 10_000).catch(() => overlays);
    if (!moved) break;
  }
  const final = await waitFor(what, () => driver.overlays(), done);
  await driver.evaluate(() => window.scrollTo(0, 0), undefined);
  return final;
}
