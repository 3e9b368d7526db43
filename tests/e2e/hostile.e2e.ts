/**
 * A hostile page cannot make the log lie. The page's own script (installed before anything else, as a
 * compromised or malicious page would) tries to capture the overlay's shadow roots, presses and
 * changes every control it can reach, and keys Enter on our hosts; then the same synthetic events are
 * fired on every control inside the closed roots with the references only browser tooling has. Not one
 * record may come of it, and a person's real click still archives afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor, type BrowserDriver } from './support/driver';
import { commentsOf, FixtureServer, loadFixture } from './support/fixtures';
import { BROWSERS, launchBrowser } from './support/launch';

const base = loadFixture('facebook', 'checks-sv');
const ATTACK = `<script>
  // Runs before the extension: try to keep every shadow root anyone attaches, and force them open.
  window.__roots = [];
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, { ...init, mode: 'open' });
    window.__roots.push(root);
    return root;
  };
  window.attack = () => {
    let reached = 0;
    const hosts = [...document.querySelectorAll('modereringsstod-overlay, modereringsstod-panel')];
    const roots = [...window.__roots, ...hosts.map((h) => h.shadowRoot)].filter(Boolean);
    for (const host of hosts) {
      host.focus();
      for (const type of ['keydown', 'keypress', 'keyup']) host.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', bubbles: true, composed: true }));
      host.click();
    }
    for (const root of roots) {
      for (const el of root.querySelectorAll('button, select, input')) {
        reached += 1;
        if (el.tagName === 'SELECT') { el.value = 'olaga-hot'; el.dispatchEvent(new Event('change', { bubbles: true })); }
        el.click();
      }
    }
    return { hosts: hosts.length, roots: roots.length, reached };
  };
</script>`;
const page = { ...base, html: base.html.replace('<head>', `<head>${ATTACK}`) };
const server = new FixtureServer([page]);
const ids = { anna: '1200000000000001', greta: '1200000000000006' };

describe.each(BROWSERS)('a hostile page (%s)', (browserName) => {
  let driver: BrowserDriver;

  beforeAll(async () => {
    driver = await launchBrowser(browserName, server);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('records nothing from scripted clicks, keys and changes, and a real click still archives', async () => {
    await driver.open(page.url);
    const count = commentsOf(page.expected).length;
    await waitFor('overlays', () => driver.overlays(), (o) => o.length === count && o.every((x) => x.state === 'idle'));
    // A person opens the threat's checklist, so the removal controls are there to be attacked too.
    await driver.clickInOverlay(ids.greta, 'toggle');
    await waitFor('the checklist open', () => driver.overlays(), (o) => o.some((x) => x.commentId === ids.greta && x.text.length > 200));

    const fromPage = await driver.evaluate(() => (window as unknown as { attack: () => { hosts: number; roots: number; reached: number } }).attack(), undefined);
    expect(fromPage).toEqual({ hosts: count + 1, roots: 0, reached: 0 });
    const withReferences = await driver.syntheticEventsInOverlays();
    expect(withReferences).toBeGreaterThan(count * 2);
    console.log(`[hostile ${browserName}] page script reached ${fromPage.reached} controls in ${fromPage.roots} roots; synthetic events on ${withReferences} controls inside the closed roots`);

    // A person's click afterwards: its record is the first and only one. Any record an attack had caused
    // would have been sent earlier and so logged before it.
    await driver.clickArchive(ids.anna);
    const records = await waitFor('the real archive record', () => driver.records(), (r) => r.length > 0);
    expect(records.map((r) => [r.kind, r.subject?.id])).toEqual([['archived', ids.anna]]);
    const after = await waitFor('the archived state', () => driver.overlays(), (o) => o.find((x) => x.commentId === ids.anna)?.state === 'archived');
    expect(after.filter((o) => o.state === 'archived')).toHaveLength(1);
  });
});
