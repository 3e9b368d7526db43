/**
 * The archive leaves the browser, in real Chromium and Firefox with the built extension: comments are
 * archived while the test registry (127.0.0.1, no CORS headers) is down, then partly registered with one
 * record rejected, and more archived while it is down again. The records view shows them, filters and
 * searches them, and exports the period as a package. The test takes the zip the page hands to the
 * browser, and checks it with its own code (node:crypto, fflate, papaparse, xmllint), not the
 * extension's verifier: every SHA-256 in the manifest, the ECDSA signature with the package's public key,
 * the records' chain, METS.xml against the bundled E-ARK schemas, and the CSV against the JSON.
 */
import { spawnSync } from 'node:child_process';
import { createHash, webcrypto } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import canonicalize from 'canonicalize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistry, type TestRegistry } from '../registry/server';
import { ARTIFACTS } from './support/build';
import { waitFor, type BrowserDriver } from './support/driver';
import type { ExtPage } from './support/ext-page';
import { FixtureServer } from './support/fixtures';
import { generatedPost } from './support/generated-post';
import { BROWSERS, launchBrowser, type BrowserName } from './support/launch';
import { revealOverlays } from './support/probe';
import { configureRegistry, outboxState, popupSync } from './support/registry-pages';

const fixtures = new FixtureServer([]);
const SCHEMAS = join(import.meta.dirname, '../../lib/export/schemas');

// Chromium runs with a Swedish UI, Firefox with its English one.
const words = {
  chromium: { saved: 'Diarieinställningarna är sparade.', count: (n: number, total: number) => `Visar ${n} av ${total} poster.`, done: 'poster exporterade till' },
  firefox: { saved: 'The registry settings are saved.', count: (n: number, total: number) => `Showing ${n} of ${total} records.`, done: 'records exported to' },
};

type Json = Record<string, unknown>;
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Runs in the records page: sets a filter control (input or select) as a person would, by its testid. */
function setControl({ testid, value }: { testid: string; value: string }) {
  const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(`[data-testid="${testid}"]`)!;
  el.focus();
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** Runs in the records page: keeps the Blob the page offers as a download, and reads it back as base64. */
function captureDownloads() {
  const w = globalThis as unknown as { captured?: Blob[] };
  w.captured = [];
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) w.captured!.push(blob);
    return original(blob);
  };
}
async function readCapture(): Promise<string | null> {
  const blob = (globalThis as unknown as { captured?: Blob[] }).captured?.[0];
  if (!blob) return null;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

const rowIds = (page: ExtPage) =>
  page.evaluate(() => [...document.querySelectorAll('[data-testid=record-row]')].map((r) => r.getAttribute('data-record-id') ?? ''), undefined);

describe.each(BROWSERS)('records view and export (%s)', (browserName: BrowserName) => {
  let registry: TestRegistry;
  let driver: BrowserDriver;
  const w = words[browserName];
  const profile = mkdtempSync(join(tmpdir(), `ms-records-${browserName}-`));
  const prefix = browserName === 'chromium' ? '5100' : '5200';
  const p = generatedPost(6, prefix, `pfbid0Records${prefix}`);
  fixtures.add(p.url, p.html);

  beforeAll(async () => {
    mkdirSync(join(ARTIFACTS, browserName), { recursive: true });
    registry = await startRegistry({ token: 'e2e-token' });
    driver = await launchBrowser(browserName, fixtures, { userDataDir: profile, headed: true });
  });
  afterAll(async () => {
    await driver?.close();
    await registry?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function archive(ids: readonly string[]) {
    for (const id of ids) await driver.clickArchive(id);
    await waitFor('archived', () => driver.overlays(), (o) => ids.every((id) => o.find((x) => x.commentId === id)?.state === 'archived'));
  }

  it('shows registered, rejected and pending records, filters and searches them, and exports a package that checks out', async () => {
    expect(await configureRegistry(driver, registry.url, registry.token)).toBe(w.saved);
    registry.setFaults({ mode: 'down' });
    await driver.open(p.url);
    await revealOverlays(driver, (o) => o.length === 6 && o.every((x) => x.state !== 'unknown'));
    await archive(p.commentIds.slice(0, 3));
    const first = await driver.records();
    expect(first).toHaveLength(3);
    // The registry comes back and refuses the second record; the other two get numbers.
    registry.setFaults({ mode: 'ok', rejectIds: [first[1]!.id] });
    await popupSync(driver, { sendNow: true });
    await waitFor('two registered, one rejected', () => outboxState(driver), (s) => s.registered === 2 && s.rejected === 1);
    // Down again: three more stay pending.
    registry.setFaults({ mode: 'down' });
    await archive(p.commentIds.slice(3));
    const records = await driver.records();
    expect(records).toHaveLength(6);

    let zip = new Uint8Array();
    const page = await driver.extensionPage('records.html');
    try {
      await page.waitForText('records-count', (t) => t === w.count(6, 6), 15_000);
      await page.waitForText('chain-status', (t) => t !== '' && !/Kontrollerar|Checking/.test(t), 15_000);
      expect(await page.evaluate(() => document.querySelector('[data-testid=chain-status]')!.getAttribute('data-chain'), undefined)).toBe('whole');
      // Newest first.
      expect(await rowIds(page)).toEqual(records.map((r) => r.id).reverse());
      const states = await page.evaluate(() => [...document.querySelectorAll('[data-testid=record-state]')].map((s) => s.textContent), undefined);
      expect(states.filter((s) => /^HÄ 2026\/\d+$/.test(s ?? ''))).toHaveLength(2);

      // Search, as a registrar types a name: every word must occur, in any case.
      await page.evaluate(setControl, { testid: 'filter-text', value: 'fredrik FIKTIVSSON' });
      await page.waitForText('records-count', (t) => t === w.count(1, 6));
      expect(await rowIds(page)).toEqual([records.find((r) => r.subject?.id === p.commentIds[4])!.id]);
      await page.evaluate(setControl, { testid: 'filter-text', value: '' });
      // The registry's refusal, kept and findable.
      await page.evaluate(setControl, { testid: 'filter-state', value: 'rejected' });
      await page.waitForText('records-count', (t) => t === w.count(1, 6));
      expect(await rowIds(page)).toEqual([first[1]!.id]);
      await page.evaluate(setControl, { testid: 'filter-state', value: 'pending' });
      await page.waitForText('records-count', (t) => t === w.count(3, 6));
      await page.evaluate(setControl, { testid: 'filter-state', value: '' });
      // The period: today (Stockholm), as the registrar picks it.
      const today = records[0]!.occurredAt.slice(0, 10);
      await page.evaluate(setControl, { testid: 'filter-from', value: today });
      await page.evaluate(setControl, { testid: 'filter-to', value: today });
      await page.waitForText('records-count', (t) => t === w.count(6, 6));
      await page.screenshot(join(ARTIFACTS, browserName, 'records.png'));

      await page.evaluate(captureDownloads, undefined);
      await page.click('export');
      await page.waitForText('export-result', (t) => t.includes(w.done), 30_000);
      // A record opened in full, for the picture.
      await page.evaluate(() => (document.querySelector('[data-testid=record-row]') as HTMLElement).click(), undefined);
      await page.waitForText('detail-integrity', (t) => t !== '' && !/Kontrollerar|Checking/.test(t));
      // Its evidence from the store: the picture as an image, the HTML copy as text, never as markup.
      await page.waitForText('detail-fragment', (t) => t.length > 0);
      const shown = await waitFor('the picture decoded', () => page.evaluate(() => {
        const img = document.querySelector<HTMLImageElement>('[data-testid=detail-screenshot]');
        const pre = document.querySelector('[data-testid=detail-fragment] pre');
        return { loaded: !!img && img.complete && img.naturalWidth > 0, source: pre?.textContent?.startsWith('<!DOCTYPE html>') ?? false, live: pre?.children.length ?? -1 };
      }, undefined), (v) => v.loaded);
      expect(shown).toEqual({ loaded: true, source: true, live: 0 });
      await page.screenshot(join(ARTIFACTS, browserName, 'records-detail.png'));
      const base64 = await waitFor('the package', () => page.evaluate(readCapture, undefined), (b) => b !== null);
      zip = new Uint8Array(Buffer.from(base64!, 'base64'));
      writeFileSync(join(ARTIFACTS, browserName, 'export.zip'), zip);
      await checkPackage(zip, records);
    } finally {
      await page.close();
    }
    // The options page shows the key the package was signed with.
    const options = await driver.extensionPage('options.html');
    try {
      const shown = await options.waitForText('key-fingerprint', (t) => /^[0-9A-F]{4}( [0-9A-F]{4}){7}$/.test(t));
      const files = unzipSync(zip);
      const sig = JSON.parse(Buffer.from(Object.entries(files).find(([k]) => k.endsWith('/signature.json'))![1]).toString()) as Json;
      expect(shown.replaceAll(' ', '').toLowerCase()).toBe(String(sig.fingerprint).slice(0, 32));
    } finally {
      await options.close();
    }
  }, 180_000);
});

/** Checks the package with code of its own (not lib/export/verify.ts). */
async function checkPackage(zip: Uint8Array, logged: { id: string }[]): Promise<void> {
  const entries = unzipSync(zip);
  const names = Object.keys(entries);
  const root = names[0]!.split('/')[0]!;
  expect(names.every((n) => n.startsWith(`${root}/`))).toBe(true);
  const file = (path: string) => entries[`${root}/${path}`]!;
  const manifestBytes = file('manifest.json');
  const manifest = JSON.parse(Buffer.from(manifestBytes).toString('utf8')) as { files: { path: string; sha256: string; size: number }[]; records: { count: number; seqs: number[] } };

  // Every file's SHA-256 and size, and nothing unlisted besides the manifest and its signature.
  for (const f of manifest.files) {
    expect(file(f.path), f.path).toBeDefined();
    expect(sha256(file(f.path)), f.path).toBe(f.sha256);
    expect(file(f.path).byteLength, f.path).toBe(f.size);
  }
  expect(names.map((n) => n.slice(root.length + 1)).sort()).toEqual([...manifest.files.map((f) => f.path), 'manifest.json', 'signature.json'].sort());

  // The signature over the manifest's digest, with the public key in the package (P-256, SHA-256).
  const sig = JSON.parse(Buffer.from(file('signature.json')).toString()) as { publicKey: JsonWebKey; signature: string; manifestSha256: string };
  expect(sig.manifestSha256).toBe(sha256(manifestBytes));
  const digest = createHash('sha256').update(manifestBytes).digest();
  await webcrypto.subtle
    .importKey('jwk', sig.publicKey, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify'])
    .then((key) => webcrypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, Buffer.from(sig.signature, 'base64'), digest))
    .then((ok) => expect(ok).toBe(true))
    .then(() => {
      // The records: the six logged, in log order, each chained to the one before.
      const records = JSON.parse(Buffer.from(file('representations/rep1/data/records.json')).toString()) as (Json & { id: string; integrity: { sha256: string; prev: string | null } })[];
      expect(records.map((r) => r.id)).toEqual(logged.map((r) => r.id));
      let prev: string | null = null;
      for (const r of records) {
        const { integrity, ...rest } = r;
        expect(integrity.prev).toBe(prev);
        expect(createHash('sha256').update(canonicalize({ ...rest, integrity: { prev: integrity.prev } })!).digest('hex')).toBe(integrity.sha256);
        prev = integrity.sha256;
      }
      // Each record's picture and HTML copy is in the package under its digest (issue 14's evidence).
      const evidence = records.flatMap((r) => {
        const e = r.evidence as { screenshot?: { sha256: string }; html?: { sha256: string } } | undefined;
        return [
          ...(e?.screenshot ? [`representations/rep1/data/evidence/${e.screenshot.sha256}.png`] : []),
          ...(e?.html ? [`representations/rep1/data/evidence/${e.html.sha256}.html`] : []),
        ];
      });
      expect(evidence.length).toBe(records.length * 2);
      for (const path of evidence) expect(sha256(file(path)), path).toBe(path.split('/').at(-1)!.split('.')[0]);
      const registrations = JSON.parse(Buffer.from(file('representations/rep1/data/registrations.json')).toString()) as unknown[];
      expect(registrations).toHaveLength(2);

      // records.csv: UTF-8 with BOM, `;`, the same records as the JSON.
      const csvBytes = file('representations/rep1/data/records.csv');
      expect([...csvBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = Papa.parse<Record<string, string>>(Buffer.from(csvBytes.slice(3)).toString('utf8'), { delimiter: ';', header: true, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.data.map((row) => [row.id, row.text, row.sha256])).toEqual(
        records.map((r) => [r.id, (r.subject as { text: string }).text, r.integrity.sha256]),
      );

      // METS.xml against the bundled E-ARK schemas, offline.
      const dir = mkdtempSync(join(tmpdir(), 'ms-mets-'));
      try {
        writeFileSync(join(dir, 'METS.xml'), file('METS.xml'));
        const lint = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(SCHEMAS, 'mets.xsd'), join(dir, 'METS.xml')], {
          encoding: 'utf8',
          env: { ...process.env, XML_CATALOG_FILES: join(SCHEMAS, 'catalog.xml') },
        });
        expect(lint.stderr.trim()).toMatch(/METS\.xml validates$/);
        expect(lint.status).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
}
