/**
 * Evidence that holds, in real Chromium and Firefox with the built extension: archiving a comment keeps
 * a PNG of it the size of its box at the screen's pixel ratio and an inert HTML copy of its DOM, both in
 * the evidence store under their SHA-256, named by the record. An edit on the page after archiving is
 * noticed and archived as a new version (one record for a double click); "Document and remove" shows
 * the captured picture before it records and refuses without a legal ground.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { ARTIFACTS } from './support/build';
import { waitFor, type BrowserDriver } from './support/driver';
import { commentsOf, FixtureServer, loadFixture } from './support/fixtures';
import { BROWSERS, launchBrowser } from './support/launch';
import { revealOverlays, uiText } from './support/probe';
import type { ModerationRecord } from '../../lib/model';

const sv = loadFixture('facebook', 'page-post-sv');
const checks = loadFixture('facebook', 'checks-sv');
const server = new FixtureServer([sv, checks]);
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Runs in an extension page: the bytes kept under a digest in the evidence store, as base64. */
function readEvidence(digest: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('modereringsstod');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('evidence').objectStore('evidence').get(digest);
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const file = req.result as { bytes: Uint8Array } | undefined;
        if (!file) return resolve(null);
        let binary = '';
        const bytes = new Uint8Array(file.bytes);
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        resolve(btoa(binary));
      };
    };
  });
}

/** Runs in the page: the comment's own box (its article, down to our bar or its first nested reply) and the pixel ratio. */
function commentBoxOf(id: string) {
  const host = document.querySelector(`modereringsstod-overlay[data-comment-id="${id}"]`)!;
  const article = (host.previousElementSibling?.getAttribute('role') === 'article' ? host.previousElementSibling : host.closest('[role="article"]'))!;
  const rect = article.getBoundingClientRect();
  let bottom = rect.bottom;
  for (const el of article.querySelectorAll('[role="article"], modereringsstod-overlay')) {
    const r = el.getBoundingClientRect();
    if (r.height > 0 && r.top > rect.top && r.top < bottom) bottom = r.top;
  }
  return { width: rect.width, height: bottom - rect.top, dpr: window.devicePixelRatio };
}

/**
 * Runs in the page: opens the fragment in a frame *without* its Content-Security-Policy (so the markup
 * itself is what is tested) and reports what it tried to load or run.
 */
function openFragment(html: string): Promise<{ resources: string[]; scripts: number; handlers: number; text: string }> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.srcdoc = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    frame.style.cssText = 'position:fixed;left:-9999px;width:800px;height:600px';
    frame.onload = () => {
      // Give lazy loads (images, fonts, backgrounds) a frame to start.
      requestAnimationFrame(() =>
        setTimeout(() => {
          const doc = frame.contentDocument!;
          const all = [...doc.querySelectorAll('*')];
          resolve({
            resources: frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name),
            scripts: doc.querySelectorAll('script').length,
            handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
            text: doc.body.textContent ?? '',
          });
          frame.remove();
        }, 200),
      );
    };
    document.body.appendChild(frame);
  });
}

const pngSize = (b: Uint8Array) => ({ width: Buffer.from(b).readUInt32BE(16), height: Buffer.from(b).readUInt32BE(20) });
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(BROWSERS)('%s', (browserName) => {
  let driver: BrowserDriver;
  const shots = join(ARTIFACTS, browserName, 'evidence');

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    driver = await launchBrowser(browserName, server);
  });
  afterAll(async () => {
    await driver?.close();
  });

  const ready = (fixture: typeof sv) =>
    revealOverlays(driver, (o) => o.length >= commentsOf(fixture.expected).length && o.every((x) => x.state !== 'unknown'), 'overlays with a known state');
  const recordsOf = async (id: string) => (await driver.records()).filter((r) => r.subject?.id === id);

  async function evidenceFile(digest: string): Promise<Uint8Array> {
    const page = await driver.extensionPage('popup.html');
    try {
      const base64 = await page.evaluate(readEvidence, digest);
      expect(base64, `evidence ${digest} in the store`).not.toBeNull();
      return new Uint8Array(Buffer.from(base64!, 'base64'));
    } finally {
      await page.close();
    }
  }

  it('archives with a picture the size of the comment and an inert HTML copy of it, both kept under their digests', async () => {
    await driver.open(sv.url);
    await ready(sv);
    // A comment whose text looks like markup: it must stay text in the copy.
    const target = commentsOf(sv.expected).find((c) => c.id === '1100000000000002')!;
    const box = await driver.evaluate(commentBoxOf, target.id);
    await driver.clickArchive(target.id);
    const [record] = await waitFor('archived record', () => recordsOf(target.id), (r) => r.length === 1);
    const evidence = record!.evidence!;
    expect(evidence.failure).toBeUndefined();
    expect(evidence.url).toBe(sv.url);

    const png = await evidenceFile(evidence.screenshot!.sha256);
    expect(sha256(png)).toBe(evidence.screenshot!.sha256);
    expect(png.byteLength).toBe(evidence.screenshot!.size);
    const size = pngSize(png);
    expect(size).toEqual({ width: evidence.screenshot!.width, height: evidence.screenshot!.height });
    expect(evidence.screenshot!.scale).toBeCloseTo(box.dpr, 2);
    expect(Math.abs(size.width - box.width * box.dpr)).toBeLessThanOrEqual(2);
    expect(Math.abs(size.height - box.height * box.dpr)).toBeLessThanOrEqual(2);
    writeFileSync(join(shots, `${target.id}.png`), png);

    const htmlBytes = await evidenceFile(evidence.html!.sha256);
    expect(sha256(htmlBytes)).toBe(evidence.html!.sha256);
    const html = new TextDecoder().decode(htmlBytes);
    writeFileSync(join(shots, `${target.id}.html`), html);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script, iframe, object, embed, link, style, img').length).toBe(0);
    expect([...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'))).toEqual([]);
    // Nothing that loads: no src/srcset anywhere, no url() or @import in any style (page text may say "src=").
    const attributes = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes]);
    expect(attributes.filter((a) => a.name === 'src' || a.name === 'srcset' || a.name === 'poster')).toEqual([]);
    expect(attributes.filter((a) => a.name === 'style' && /url\(|@import|image-set/i.test(a.value))).toEqual([]);
    // The comment's text is in the copy exactly as on the page: markup-looking text stays text.
    expect(squash(document.body.textContent ?? '')).toContain(squash(target.text));
    expect(squash(document.body.textContent ?? '')).toContain(target.authorName);

    // Opened in the browser, the copy loads and runs nothing, even without its own CSP.
    const opened = await driver.evaluate(openFragment, html);
    expect(opened).toMatchObject({ resources: [], scripts: 0, handlers: 0 });
    expect(squash(opened.text)).toContain(squash(target.text));
    expect(driver.errors()).toEqual([]);
  });

  it('leaves nested replies out of the parent comment\'s picture and copy', async () => {
    const parent = commentsOf(sv.expected).find((c) => commentsOf(sv.expected).some((r) => r.parentId === c.id))!;
    const reply = commentsOf(sv.expected).find((r) => r.parentId === parent.id)!;
    const box = await driver.evaluate(commentBoxOf, parent.id);
    await driver.clickArchive(parent.id);
    const [record] = await waitFor('archived parent', () => recordsOf(parent.id), (r) => r.length === 1);
    const png = await evidenceFile(record!.evidence!.screenshot!.sha256);
    expect(Math.abs(pngSize(png).height - box.height * box.dpr)).toBeLessThanOrEqual(2);
    const html = new TextDecoder().decode(await evidenceFile(record!.evidence!.html!.sha256));
    expect(squash(html)).toContain(squash(parent.text).slice(0, 40));
    expect(squash(html)).not.toContain(squash(reply.text).slice(0, 40));
  });

  it('notices an edit after archiving and archives the new version once, naming the first', async () => {
    const target = commentsOf(sv.expected).find((c) => c.id === '1100000000000002')!;
    const [first] = await recordsOf(target.id);
    expect(first).toBeDefined();
    // The writer edits the comment: the page's text node changes in place.
    await driver.evaluate((id: string) => {
      const host = document.querySelector(`modereringsstod-overlay[data-comment-id="${id}"]`)!;
      const article = host.previousElementSibling!;
      const text = [...article.querySelectorAll('[dir="auto"]')].find((el) => (el.textContent ?? '').includes('Testar om sidan'))!;
      text.textContent = 'Nu vet jag var du bor och jag ska hitta dig.';
    }, target.id);
    const edited = uiText(browserName, 'editedSinceArchive');
    await waitFor('"changed since archived"', () => driver.overlays(), (o) => o.find((x) => x.commentId === target.id)?.text.includes(edited) === true);
    await driver.doubleClickArchive(target.id, 'archive-new-version');
    const records = await waitFor('the new version', () => recordsOf(target.id), (r) => r.length >= 2);
    await waitFor('the bar back to archived', () => driver.overlays(), (o) => {
      const bar = o.find((x) => x.commentId === target.id);
      return bar?.state === 'archived' && !bar.text.includes(edited);
    });
    expect(await recordsOf(target.id)).toHaveLength(2);
    const second = records[1] as ModerationRecord;
    expect(second).toMatchObject({ kind: 'archived', supersedes: first!.id, subject: { text: 'Nu vet jag var du bor och jag ska hitta dig.' } });
    const html = new TextDecoder().decode(await evidenceFile(second.evidence!.html!.sha256));
    expect(html).toContain('Nu vet jag var du bor och jag ska hitta dig.');
  });

  it('takes back an archive with "Ångra": a retracted record names it and the comment can be archived again', async () => {
    const target = commentsOf(sv.expected).find((c) => c.id === '1100000000000003')!;
    await driver.open(sv.url);
    await ready(sv);
    await driver.clickArchive(target.id);
    const [archived] = await waitFor('archived record', () => recordsOf(target.id), (r) => r.length === 1);
    await driver.clickInOverlay(target.id, 'undo');
    const both = await waitFor('retracted record', () => recordsOf(target.id), (r) => r.length === 2);
    expect(both[1]).toMatchObject({ kind: 'retracted', refersTo: archived!.id, checks: ['retracts:archived'] });
    await waitFor('the archive button back', () => driver.overlays(), (o) => o.find((x) => x.commentId === target.id)?.state === 'idle');
    await driver.clickArchive(target.id);
    const three = await waitFor('archived again', () => recordsOf(target.id), (r) => r.length === 3);
    expect(three.map((r) => r.kind)).toEqual(['archived', 'retracted', 'archived']);
  });

  it('shows the captured picture before documenting, refuses without a legal ground, then records the removal after it', async () => {
    await driver.open(checks.url);
    await ready(checks);
    const threat = commentsOf(checks.expected).find((c) => /döda/.test(c.text))!;
    await driver.clickInOverlay(threat.id, 'toggle');
    await driver.clickInOverlay(threat.id, 'action-document');
    await waitFor('the confirmation step', () => driver.overlays(), (o) => o.find((x) => x.commentId === threat.id)?.text.includes(uiText(browserName, 'documentConfirm')) === true);
    expect(await recordsOf(threat.id)).toEqual([]);
    await driver.screenshot(join(shots, 'document-confirm.png'));
    await driver.selectInOverlay(threat.id, 'law-ground', '');
    await driver.clickInOverlay(threat.id, 'action-documented');
    const required = uiText(browserName, 'lawGroundRequired');
    await waitFor('the legal ground asked for', () => driver.overlays(), (o) => o.find((x) => x.commentId === threat.id)?.text.includes(required) === true);
    await driver.selectInOverlay(threat.id, 'law-ground', 'olaga-hot');
    await driver.clickInOverlay(threat.id, 'action-documented');
    const [documented] = await waitFor('documented record', () => recordsOf(threat.id), (r) => r.length === 1);
    expect(documented).toMatchObject({ kind: 'documented', lawGround: 'olaga-hot' });
    const png = await evidenceFile(documented!.evidence!.screenshot!.sha256);
    expect(sha256(png)).toBe(documented!.evidence!.screenshot!.sha256);
    // Documented counts as archived; then the moderator removes it on the site and says so.
    await waitFor('removal help', () => driver.overlays(), (o) => o.find((x) => x.commentId === threat.id)?.text.includes(uiText(browserName, 'removalConfirm')) === true);
    await driver.clickInOverlay(threat.id, 'action-removed');
    const both = await waitFor('removed record', () => recordsOf(threat.id), (r) => r.length === 2);
    expect(both[1]).toMatchObject({ kind: 'removed', lawGround: 'olaga-hot', refersTo: documented!.id });
  });
});
