/**
 * Registry sync in real Chromium with the built extension and the test registry on 127.0.0.1: nothing
 * lost while the registry is down, nothing registered twice when the worker dies mid-flush, and every
 * fault switch ending with each good record registered exactly once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistry, type TestRegistry } from '../registry/server';
import { builtExtension } from './support/build';
import { launchChromium, type ChromiumDriver } from './support/chromium';
import { waitFor } from './support/driver';
import { configureRegistry, outboxState, popupSync, testConnection } from './support/extension-pages';
import { FixtureServer } from './support/fixtures';
import { generatedPost, type GeneratedPost } from './support/generated-post';

const fixtures = new FixtureServer([]);
const post = (count: number, prefix: string) => {
  const p = generatedPost(count, prefix, `pfbid0Sync${prefix}`);
  fixtures.add(p.url, p.html);
  return p;
};
const big = post(50, '3100000000');
const restart = post(30, '3200000000');

describe('registry sync (Chromium)', () => {
  let registry: TestRegistry;
  let driver: ChromiumDriver;
  const profile = mkdtempSync(join(tmpdir(), 'ms-sync-profile-'));
  const launch = () => launchChromium({ extensionDir: builtExtension('chrome-mv3'), fixtures, userDataDir: profile });

  async function archiveAll(p: GeneratedPost) {
    await driver.open(p.url);
    await waitFor('overlays', () => driver.overlays(), (o) => o.length === p.commentIds.length && o.every((x) => x.state === 'idle'));
    for (const id of p.commentIds) await driver.clickArchive(id);
    await waitFor('all archived', () => driver.overlays(), (o) => o.every((x) => x.state === 'archived'));
  }

  const registeredOnce = (p: GeneratedPost) => p.commentIds.length;
  async function subjectRecordIds(p: GeneratedPost): Promise<string[]> {
    const records = await driver.records();
    return records.filter((r) => p.commentIds.includes(r.subject?.id ?? '')).map((r) => r.id);
  }

  beforeAll(async () => {
    registry = await startRegistry({ token: 'e2e-token' });
    driver = await launch();
  });
  afterAll(async () => {
    await driver?.close();
    await registry?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('explains bad registry settings in plain Swedish and tests the connection', async () => {
    expect(await configureRegistry(driver, 'http://diarium.example.org/api', 'x')).toContain('måste börja med https://');
    expect(await configureRegistry(driver, 'diarium', 'x')).toBe('Adressen är inte en giltig webbadress.');
    expect(await configureRegistry(driver, registry.url, '   ')).toBe('Ange nyckeln (token) som diariet har gett er.');
    // /health needs no token (contract v1), so the test proves the address; the token is tried on sending.
    expect(await testConnection(driver, registry.url, registry.token)).toMatch(/^Diariet svarar/);
    expect(await testConnection(driver, 'http://127.0.0.1:9/api', registry.token)).toBe('Diariet gick inte att nå på den adressen.');
    expect((await popupSync(driver)).text).toContain('Ingen diarieserver är inställd');
  });

  it('keeps 50 archived comments pending while the registry is down, then registers each exactly once', async () => {
    registry.setFaults({ mode: 'down' });
    expect(await configureRegistry(driver, registry.url, registry.token)).toBe('Diarieinställningarna är sparade.');
    await archiveAll(big);
    expect(await outboxState(driver)).toMatchObject({ pending: 50, registered: 0, log: 50 });
    const down = await popupSync(driver);
    expect(down.pending).toBe('50');
    expect(down.error).toContain('gick inte att nå');

    registry.setFaults({ mode: 'ok' });
    const up = await popupSync(driver, { sendNow: true });
    expect(up).toMatchObject({ pending: '0', registered: '50', rejected: '0' });
    const ids = await subjectRecordIds(big);
    expect(ids).toHaveLength(registeredOnce(big));
    expect(ids.map((id) => registry.registrationsOf(id))).toEqual(ids.map(() => 1));
    expect(registry.registered()).toHaveLength(50);

    await driver.reload();
    const overlays = await waitFor('numbers in the overlay', () => driver.overlays(), (o) =>
      o.length === 50 && o.every((x) => /Arkiverad · HÄ 2026\/\d+/.test(x.text)),
    );
    expect(new Set(overlays.map((o) => /HÄ 2026\/\d+/.exec(o.text)![0])).size).toBe(50);
  });

  it('loses nothing and registers nothing twice when the worker is stopped mid-flush and the browser restarts', async () => {
    registry.setFaults({ delayMs: 3_000 });
    await archiveAll(restart);
    // Stop the service worker while a POST is in flight (the registry holds its answer for 3 s).
    await registry.waitFor(() => registry.requests().some((r) => r.method === 'POST' && r.status === 0), 10_000);
    const cdp = await driver.context.newCDPSession(driver.page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await driver.close();

    registry.setFaults({ delayMs: 0 });
    driver = await launch();
    // The restarted worker resumes from the outbox on its own.
    await waitFor('outbox drained after restart', () => outboxState(driver), (s) => s.pending === 0, 30_000);
    expect(await outboxState(driver)).toMatchObject({ pending: 0, rejected: 0, registered: 80, log: 80 });
    const ids = await subjectRecordIds(restart);
    expect(ids).toHaveLength(30);
    expect(ids.map((id) => registry.registrationsOf(id))).toEqual(ids.map(() => 1));
    expect(registry.registered()).toHaveLength(80);
  });

  it.each([
    ['error-500', { mode: 'error-500', failTimes: 1 }, '3300000000'],
    ['429 with Retry-After', { mode: 'rate-limit-429', retryAfterSeconds: 1, failTimes: 1 }, '3400000000'],
    ['503 with Retry-After', { mode: 'unavailable-503', retryAfterSeconds: 1, failTimes: 1 }, '3500000000'],
    ['invalid JSON (answer lost after registering)', { mode: 'bad-json', failTimes: 1 }, '3600000000'],
    ['a request that times out', { mode: 'timeout', failTimes: 1 }, '3700000000'],
  ] as const)('recovers by itself from %s with every record registered exactly once', async (_, faults, prefix) => {
    const p = post(4, prefix);
    expect(await configureRegistry(driver, registry.url, registry.token)).toBe('Diarieinställningarna är sparade.');
    registry.setFaults(faults);
    await archiveAll(p);
    await waitFor('registered by the automatic retry', () => outboxState(driver), (s) => s.pending === 0, 45_000);
    const ids = await subjectRecordIds(p);
    expect(ids.map((id) => registry.registrationsOf(id))).toEqual([1, 1, 1, 1]);
    registry.resetFaults();
  }, 60_000);

  it('stops on a refused token, says so, and sends everything once the token is fixed', async () => {
    const p = post(3, '3800000000');
    expect(await configureRegistry(driver, registry.url, 'wrong-token')).toBe('Diarieinställningarna är sparade.');
    await archiveAll(p);
    const stopped = await waitFor('401 stop shown', () => popupSync(driver), (s) => s.error.includes('godtar inte nyckeln'));
    expect(stopped.pending).toBe('3');
    expect(await configureRegistry(driver, registry.url, registry.token)).toBe('Diarieinställningarna är sparade.');
    await waitFor('registered after the fix', () => outboxState(driver), (s) => s.pending === 0, 15_000);
    const ids = await subjectRecordIds(p);
    expect(ids.map((id) => registry.registrationsOf(id))).toEqual([1, 1, 1]);
  });

  it('keeps a poisoned record as rejected with its error shown, and registers the rest', async () => {
    const p = post(5, '3900000000');
    expect(await configureRegistry(driver, registry.url, registry.token)).toBe('Diarieinställningarna är sparade.');
    // Hold the records back so the poisoned one is known before anything is sent.
    registry.setFaults({ mode: 'down' });
    await archiveAll(p);
    await waitFor('all pending', () => outboxState(driver), (s) => s.pending === 5);
    const ids = await subjectRecordIds(p);
    registry.setFaults({ mode: 'ok', poisonIds: [ids[1]!] });
    await popupSync(driver, { sendNow: true });
    await waitFor('sent and isolated', () => outboxState(driver), (s) => s.pending === 0 && s.rejected === 1, 15_000);
    expect(ids.map((id) => registry.registrationsOf(id))).toEqual([1, 0, 1, 1, 1]);
    const popup = await popupSync(driver);
    expect(popup.rejected).toBe('1');
    expect(popup.rejectedItems).toMatch(/^Arkivering · \S.+: \S/);
    // The rejected record is still in the log, visible and never dropped.
    expect((await driver.records()).some((r) => r.id === ids[1])).toBe(true);
    registry.resetFaults();
  });
});
