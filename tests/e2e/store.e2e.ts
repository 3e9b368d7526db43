/**
 * The browser's store going away or changing version underneath, in real Chromium with the built
 * extension: the extension's IndexedDB cleared while the worker runs (what "clear site data" does, via
 * CDP Storage.clearDataForOrigin), a newer database version on disk, and an upgrade blocked by an older
 * connection that will not close. Each ends in its own plain message, and recording works again without
 * a restart. Chromium only: Firefox offers no way to clear one extension's IndexedDB from outside
 * (WebDriver BiDi has no such command), and the other two cases are the same IndexedDB code paths.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtExtension } from './support/build';
import { launchChromium, type ChromiumDriver } from './support/chromium';
import { waitFor } from './support/driver';
// The version this build upgrades to (the test makes the database at version 1 and it must reach this).
import { DB_VERSION } from '../../lib/store/schema';
import { revealOverlays } from './support/probe';
import { commentsOf, FixtureServer, loadFixture } from './support/fixtures';
import sv from '../../public/_locales/sv/messages.json';

const fixture = loadFixture('facebook', 'page-post-sv');
const server = new FixtureServer([fixture]);
const comments = commentsOf(fixture.expected).filter((c) => !c.text.includes('<script>'));
/** The user must read the store's message within this long of asking (the bound). */
const PROMPT_MS = 5_000;
const DB_NAME = 'modereringsstod';

// The Swedish texts as shown: the message with its placeholders' fixed parts.
const text = {
  wiped: sv.storeWiped.message.split('$COUNT$')[0]!,
  newer: sv.errorStorageNewer.message,
  blocked: sv.errorStorageBlocked.message,
};

/** Runs in an extension page: deletes the log database and makes it again at `version`, held open or closed. */
function remakeDatabase({ name, version, hold }: { name: string; version: number; hold: boolean }): Promise<string> {
  return new Promise((resolve, reject) => {
    const deleting = indexedDB.deleteDatabase(name);
    deleting.onerror = () => reject(deleting.error);
    deleting.onsuccess = () => {
      const open = indexedDB.open(name, version);
      open.onerror = () => reject(open.error);
      // Version 1's own schema (lib/store/migrations/001-log.ts), as an old build's page would have it.
      open.onupgradeneeded = () => {
        const log = open.result.createObjectStore('log', { keyPath: 'seq', autoIncrement: true });
        log.createIndex('byRecordId', 'record.id', { unique: true });
        log.createIndex('bySubject', 'subjectKey');
        log.createIndex('byDay', 'day');
      };
      open.onsuccess = () => {
        // An old page that never answers `versionchange`, so any upgrade waits for it.
        if (hold) (globalThis as unknown as { held: IDBDatabase }).held = open.result;
        else open.result.close();
        resolve(`${name}@${open.result.version}`);
      };
    };
  });
}

describe('the store going away or changing version underneath (chromium)', () => {
  let driver: ChromiumDriver;
  let origin: string;

  beforeAll(async () => {
    driver = await launchChromium({ extensionDir: builtExtension('chrome-mv3'), fixtures: server });
    origin = `chrome-extension://${driver.extensionId}`;
  });
  afterAll(async () => {
    await driver?.close();
  });

  const stateOf = (id: string) => async () => (await driver.overlays()).find((o) => o.commentId === id);
  /** Clicks "Arkivera" and waits (at most the 5 s a person waits) for the overlay to show `end`. */
  const archive = async (id: string, end: 'archived' | 'error') => {
    await driver.clickArchive(id);
    return waitFor(`comment ${id} to show ${end}`, stateOf(id), (o) => o?.state === end, PROMPT_MS);
  };
  const openOverlays = () =>
    revealOverlays(driver, (o) => o.length >= comments.length && o.every((x) => x.state !== 'unknown'));

  /** A tab in the extension's origin that sends the background no message (its manifest, as a page). */
  async function extensionTab(): Promise<Page> {
    const tab = await driver.context.newPage();
    await tab.goto(`${origin}/manifest.json`);
    return tab;
  }

  /** Opens the popup and returns how long it took until `wanted` was on screen, and the text then. */
  async function popupShows(wanted: string): Promise<{ ms: number; text: string }> {
    const popup = await driver.context.newPage();
    try {
      const started = Date.now();
      await popup.goto(`${origin}/popup.html`);
      await popup.getByText(wanted, { exact: false }).first().waitFor({ timeout: PROMPT_MS });
      const ms = Date.now() - started;
      return { ms, text: await popup.locator('body').innerText() };
    } finally {
      await popup.close();
    }
  }

  it('records again without a restart after its IndexedDB was cleared, and says earlier records were wiped', async () => {
    await driver.open(fixture.url);
    await openOverlays();
    await archive(comments[0]!.id, 'archived');
    const [before] = await driver.records();
    // A mark in the running worker: still there afterwards means it was never restarted.
    const worker = await driver.currentWorker();
    await worker.evaluate(() => void ((globalThis as unknown as { storeTestMark: number }).storeTestMark = 1));

    const cdp = await driver.context.newCDPSession(driver.page);
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb' });

    const after = await archive(comments[1]!.id, 'archived');
    expect(after?.text).toContain(text.wiped);
    expect(after?.text).toContain('1 st');
    expect(await (await driver.currentWorker()).evaluate(() => (globalThis as unknown as { storeTestMark?: number }).storeTestMark)).toBe(1);

    const records = await driver.records();
    expect(records.map((r) => r.kind)).toEqual(['log-reset', 'archived']);
    expect(records[0]!.integrity.prev).toBe(before!.integrity.sha256);
    expect(records[0]!.checks).toContain('lost-records:1');
    expect(records[1]!.subject?.id).toBe(comments[1]!.id);

    const popup = await popupShows(text.wiped);
    expect(popup.text).toContain('1 st');
  });

  it('says plainly, within 5 s, that the database on disk is newer than the extension', async () => {
    await driver.stopBackground();
    const tab = await extensionTab();
    expect(await tab.evaluate(remakeDatabase, { name: DB_NAME, version: 99, hold: false })).toBe(`${DB_NAME}@99`);
    await tab.close();

    const popup = await popupShows(text.newer);
    expect(popup.ms).toBeLessThan(PROMPT_MS);
    // The overlay's next action gets the same message, and nothing of the newer database is changed.
    await driver.reload();
    await openOverlays();
    const started = Date.now();
    const failed = await archive(comments[2]!.id, 'error');
    expect(Date.now() - started).toBeLessThan(PROMPT_MS);
    expect(failed?.text).toContain(text.newer);
  });

  it('says plainly, within 5 s, that an older tab blocks the upgrade, and works once that tab is closed', async () => {
    await driver.stopBackground();
    const holder = await extensionTab();
    expect(await holder.evaluate(remakeDatabase, { name: DB_NAME, version: 1, hold: true })).toBe(`${DB_NAME}@1`);

    const popup = await popupShows(text.blocked);
    expect(popup.ms).toBeLessThan(PROMPT_MS);
    await driver.reload();
    await openOverlays();
    const blocked = await archive(comments[2]!.id, 'error');
    expect(blocked?.text).toContain(text.blocked);

    // The old tab goes away: the upgrade that waited runs (the database reaches our version), and the
    // next click records.
    await holder.close();
    const tab = await extensionTab();
    await waitFor('the upgrade to run', () => tab.evaluate(() => indexedDB.databases()), (dbs) => dbs.some((d) => d.name === DB_NAME && d.version === DB_VERSION));
    await tab.close();
    await archive(comments[2]!.id, 'archived');
    const records = await driver.records();
    expect(records.at(-1)!.subject?.id).toBe(comments[2]!.id);
  });
});
