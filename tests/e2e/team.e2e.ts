/**
 * An office, not a lone browser: two moderators, each in their own Chromium profile with the built
 * extension, and one test registry on 127.0.0.1 (contract v1.1, no CORS headers). What A archives, B's
 * overlay shows with A's name and the registration number, and B's "Arkivera" asks first; a round A
 * completes takes B's reminder away and B's week view says A did it. Against a registry without the
 * v1.1 capabilities the same steps work as v1, with no request but /health and POST /records.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRegistry, type TestRegistry } from '../registry/server';
import { ARTIFACTS, builtExtension } from './support/build';
import { launchChromium, type ChromiumDriver } from './support/chromium';
import { waitFor } from './support/driver';
import { withExtensionPage } from './support/extension-pages';
import { FixtureServer, loadFixture } from './support/fixtures';
import { configureRegistry, outboxState } from './support/registry-pages';

const fixture = loadFixture('facebook', 'checks-sv');
const fixtures = new FixtureServer([fixture]);
const ACCOUNT = 'https://www.facebook.com/norrbyexempel';
const SAVED = 'Diarieinställningarna är sparade.';

const hhmm = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' }).format(d);
/** The next whole Stockholm minute at least 40 s away, so both browsers' settings are saved before it. */
function roundTimeAhead(now = new Date()): { label: string; at: Date } {
  const at = new Date(Math.ceil((now.getTime() + 40_000) / 60_000) * 60_000);
  return { label: hhmm(at), at };
}

type Notifications = Record<string, boolean>;
async function notifications(driver: ChromiumDriver): Promise<Notifications> {
  const worker = await driver.currentWorker();
  return worker.evaluate(() =>
    (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } } }).chrome.notifications.getAll(),
  );
}

async function setName(driver: ChromiumDriver, name: string): Promise<void> {
  const message = await withExtensionPage(driver, 'options.html', async (page) => {
    await page.locator('[data-testid="moderatorName"]').fill(name);
    await page.locator('[data-testid="save-you"]').click();
    return (await page.locator('[data-testid="you-message"]').filter({ hasText: /./ }).innerText()).trim();
  });
  expect(message).toMatch(/^Sparat/);
}

async function setRound(driver: ChromiumDriver, label: string): Promise<void> {
  const message = await withExtensionPage(driver, 'options.html', async (page) => {
    await page.locator('[data-testid="times"]').fill(`${label}, 23:59`);
    await page.locator('[data-testid="weekends"]').check();
    await page.locator('[data-testid="accounts"]').fill(ACCOUNT);
    await page.locator('[data-testid="save-monitoring"]').click();
    return (await page.locator('[data-testid="monitoring-message"]').filter({ hasText: /./ }).innerText()).trim();
  });
  expect(message).toBe('Sparat.');
}

const overlaysReady = (driver: ChromiumDriver) =>
  waitFor('overlays', () => driver.overlays(), (o) => o.length === 8 && o.every((x) => x.state !== 'unknown'));
/** A bar's text without the isolation marks around names (U+2066–U+2069). */
const overlayText = async (driver: ChromiumDriver, id: string) =>
  ((await driver.overlays()).find((o) => o.commentId === id)?.text ?? '').replace(/[\u2066-\u2069]/g, '');
const subjectOf = (r: { record: unknown }) => (r.record as { subject?: { id: string } }).subject?.id;

describe('an office of two moderators (Chromium, two profiles, one registry)', () => {
  let registry: TestRegistry;
  let plain: TestRegistry;
  let a: ChromiumDriver;
  let b: ChromiumDriver;
  const profiles = { a: mkdtempSync(join(tmpdir(), 'ms-team-a-')), b: mkdtempSync(join(tmpdir(), 'ms-team-b-')) };

  beforeAll(async () => {
    mkdirSync(join(ARTIFACTS, 'chromium'), { recursive: true });
    registry = await startRegistry({ token: 'team-token' });
    plain = await startRegistry({ token: 'team-token', capabilities: [] });
    // Each moderator sets up their browser once, headed, to answer the browser's permission prompt for
    // the registry; then both run side by side, headless, with the permission kept in their profiles.
    for (const [profile, name] of [[profiles.a, 'Anna Exempel'], [profiles.b, 'Bertil Exempel']] as const) {
      const setup = await launchChromium({ extensionDir: builtExtension('chrome-mv3'), fixtures, userDataDir: profile, headed: true });
      try {
        expect(await configureRegistry(setup, registry.url, registry.token)).toBe(SAVED);
        await setName(setup, name);
      } finally {
        await setup.close();
      }
    }
    a = await launchChromium({ extensionDir: builtExtension('chrome-mv3'), fixtures, userDataDir: profiles.a });
    b = await launchChromium({ extensionDir: builtExtension('chrome-mv3'), fixtures, userDataDir: profiles.b });
  }, 120_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await registry?.close();
    await plain?.close();
    rmSync(profiles.a, { recursive: true, force: true });
    rmSync(profiles.b, { recursive: true, force: true });
  });

  it("shows A's archive in B's overlay with the number, and B's archive asks first and doubles nothing", async () => {
    await a.open(fixture.url);
    const id = (await overlaysReady(a))[0]!.commentId;
    await a.clickArchive(id);
    await waitFor('A: archived', () => a.overlays(), (o) => o.find((x) => x.commentId === id)?.state === 'archived');
    await waitFor('A: registered', () => outboxState(a), (s) => s.pending === 0, 20_000);
    const number = registry.registered().find((r) => subjectOf(r) === id)!.registrationNumber;

    const opened = Date.now();
    await b.open(fixture.url);
    await overlaysReady(b);
    await waitFor("B: A's archive shown", () => overlayText(b, id), (text) => text.includes('Arkiverad av Anna Exempel'), 10_000);
    const shownAfter = Date.now() - opened;
    console.log(`[team] B's overlay showed A's archive ${shownAfter} ms after opening the post`);
    expect(shownAfter).toBeLessThan(10_000);
    expect(await overlayText(b, id)).toContain(`Arkiverad av Anna Exempel · ${number}`);
    expect(await b.panelCounts()).toMatchObject({ notArchived: '7' });

    await b.clickArchive(id);
    await waitFor('B: the question', () => overlayText(b, id), (text) => text.includes('har redan arkiverat kommentaren'));
    await b.clickInOverlay(id, 'double-no');
    await waitFor('B: the question answered', () => overlayText(b, id), (text) => !text.includes('har redan arkiverat'));
    expect((await b.records()).filter((r) => r.kind === 'archived')).toEqual([]);
    expect(registry.registered().filter((r) => subjectOf(r) === id)).toHaveLength(1);
  });

  it("withdraws B's reminder when A completes the round, and B's week view says A did it", async () => {
    const round = roundTimeAhead();
    await setRound(a, round.label);
    await setRound(b, round.label);
    const notice = `round:${round.at.toISOString()}`;
    for (const driver of [a, b]) {
      await waitFor('the reminder', () => notifications(driver), (n) => notice in n, round.at.getTime() - Date.now() + 30_000);
    }
    await withExtensionPage(a, 'round.html', async (page) => {
      await page.locator('[data-testid="complete-round"]').click();
      await page.locator('[data-testid="open-round"]').waitFor({ state: 'detached' });
    });
    await waitFor("A's round registered", () => outboxState(a), (s) => s.pending === 0, 20_000);
    const done = Date.now();
    // B's background asks the registry about open rounds once a minute.
    await waitFor("B's reminder withdrawn", () => notifications(b), (n) => !(notice in n), 90_000);
    console.log(`[team] B's reminder was withdrawn ${Date.now() - done} ms after A's round was registered`);

    const view = await withExtensionPage(b, 'round.html', async (page) => {
      await page.locator('[data-testid="rounds-week"]').waitFor();
      await page.screenshot({ path: join(ARTIFACTS, 'chromium', 'team-round-view-b.png'), fullPage: true });
      return {
        today: (await page.locator('[data-testid="rounds-today"]').innerText()).trim(),
        week: (await page.locator('[data-testid="rounds-week"]').innerText()).trim(),
        open: await page.locator('[data-testid="open-round"]').count(),
      };
    });
    expect(view.open).toBe(0);
    expect(view.today).toContain(`${round.label} klar av Anna Exempel (kollega)`);
    expect(view.week).toContain(`${round.label} Anna Exempel`);
    // B made no record of the round B did not do. (Run within an hour after a default time, 09:00, 12:00
    // or 15:00, a fresh profile rightly opened that round at install; it is missed, the same record in
    // both browsers, and is not what this test is about.)
    const ours = (r: { kind: string; checks: readonly string[] }) =>
      r.kind === 'monitoring-round' && r.checks.some((c) => c.startsWith('scheduled:') && Date.parse(c.slice('scheduled:'.length)) === round.at.getTime());
    expect((await b.records()).filter(ours)).toEqual([]);
    expect(registry.registered().filter((r) => ours(r.record as { kind: string; checks: string[] }))).toHaveLength(1);
    const otherRounds = registry.registered().filter((r) => (r.record as { kind: string }).kind === 'monitoring-round' && !ours(r.record as { kind: string; checks: string[] }));
    expect(otherRounds.every((r) => (r.record as { checks: string[] }).checks[0] === 'round:missed')).toBe(true);
  }, 200_000);

  it('with the registry down: local state and a plain notice; once it is back, one registration and the same view for both', async () => {
    registry.setFaults({ mode: 'down' });
    await a.reload();
    const id = (await overlaysReady(a))[2]!.commentId;
    await a.clickArchive(id);
    await waitFor('A: archived', () => a.overlays(), (o) => o.find((x) => x.commentId === id)?.state === 'archived');
    expect((await outboxState(a)).pending).toBe(1);
    await b.reload();
    await overlaysReady(b);
    const notice = await waitFor('B: the notice', () => b.panelText('office-unavailable'), (text) => text !== '', 15_000);
    expect(notice).toContain('Kollegornas åtgärder kunde inte hämtas');
    expect(await overlayText(b, id)).not.toContain('Arkiverad av');

    registry.resetFaults();
    // A's sync retries by itself (backoff from 5 s); nothing was lost while the registry was down.
    await waitFor('A: registered after the registry came back', () => outboxState(a), (s) => s.pending === 0, 60_000);
    expect(registry.registered().filter((r) => subjectOf(r) === id).map((r) => registry.registrationsOf(r.id))).toEqual([1]);
    await b.reload();
    await overlaysReady(b);
    await waitFor("B: A's archive shown", () => overlayText(b, id), (text) => text.includes('Arkiverad av Anna Exempel'), 10_000);
    expect(await b.panelText('office-unavailable')).toBe('');
  }, 120_000);

  it('works as v1 against a registry without the v1.1 capabilities: nothing asked but /health and POST /records', async () => {
    expect(await configureRegistry(a, plain.url, plain.token)).toBe(SAVED);
    expect(await configureRegistry(b, plain.url, plain.token)).toBe(SAVED);
    await a.reload();
    const id = (await overlaysReady(a))[1]!.commentId;
    await a.clickArchive(id);
    await waitFor('A: archived', () => a.overlays(), (o) => o.find((x) => x.commentId === id)?.state === 'archived');
    await waitFor('A: registered', () => outboxState(a), (s) => s.pending === 0, 20_000);

    await b.reload();
    await overlaysReady(b);
    // B's background has asked the registry what it can do (once), and then nothing more.
    await waitFor("B's /health", async () => plain.requests().filter((r) => r.path.endsWith('/health')).length, (n) => n >= 2);
    expect(await overlayText(b, id)).not.toContain('Arkiverad av');
    await b.clickArchive(id);
    await waitFor('B: archived without a question', () => b.overlays(), (o) => o.find((x) => x.commentId === id)?.state === 'archived');
    await waitFor('B: registered', () => outboxState(b), (s) => s.pending === 0, 20_000);
    const asked = plain.requests().map((r) => `${r.method} ${r.path.replace(/^\/api/, '')} ${r.status}`);
    expect(asked.filter((r) => !/^(GET \/health|POST \/records) 200$/.test(r))).toEqual([]);
    // A v1 registry knows no subjects: both archives are registered, as before.
    expect(plain.registered().filter((r) => subjectOf(r) === id)).toHaveLength(2);
  }, 120_000);
});
