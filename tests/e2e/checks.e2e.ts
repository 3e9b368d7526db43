/**
 * The checklist in real browsers: the right badges on the right comments of a fixture written to
 * trigger each check, every action in the checklist producing its record, and the page panel's counts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS } from './support/build';
import { waitFor, type BrowserDriver } from './support/driver';
import { commentsOf, FixtureServer, loadFixture } from './support/fixtures';
import { BROWSERS, launchBrowser } from './support/launch';
import { uiText } from './support/probe';

const fixture = loadFixture('facebook', 'checks-sv');
const server = new FixtureServer([fixture]);
const ids = {
  anna: '1200000000000001', // question already answered by the office in the thread
  office: '1200000000000011',
  bertil: '1200000000000002', // question
  cecilia: '1200000000000003', // personnummer + question
  david: '1200000000000004', // child, phone, e-mail + question
  eva: '1200000000000014', // nothing to do
  fredrik: '1200000000000005', // party names
  greta: '1200000000000006', // threat
};
const expectedBadges: Record<string, string[]> = {
  [ids.anna]: [],
  // The Page's own reply, known as the office's by its address.
  [ids.office]: ['badge-office'],
  [ids.bertil]: ['badge-reply'],
  [ids.cecilia]: ['badge-reply', 'badge-personal-data'],
  [ids.david]: ['badge-reply', 'badge-personal-data'],
  [ids.eva]: [],
  [ids.fredrik]: ['badge-political'],
  [ids.greta]: ['badge-unlawful'],
};

describe.each(BROWSERS)('%s', (browserName) => {
  let driver: BrowserDriver;
  const shots = join(ARTIFACTS, browserName);
  const ready = () =>
    waitFor('overlays with known state', () => driver.overlays(), (o) =>
      o.length === commentsOf(fixture.expected).length && o.every((x) => x.state !== 'unknown'),
    );
  const overlay = async (id: string) => (await driver.overlays()).find((o) => o.commentId === id)!;
  const recordsOf = async (id: string) => (await driver.records()).filter((r) => r.subject?.id === id);
  const untilRecorded = (what: string, id: string, count: number) =>
    waitFor(what, () => recordsOf(id), (r) => r.length === count);

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    driver = await launchBrowser(browserName, server);
    await driver.open(fixture.url);
    await ready();
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('shows the right badges on the right comments and counts them in the page panel', async () => {
    const overlays = await driver.overlays();
    expect(Object.fromEntries(overlays.map((o) => [o.commentId, o.badges]))).toEqual(expectedBadges);
    expect(await driver.panelCounts()).toEqual({ replyDue: '3', overdue: expect.any(String), notArchived: '8', flagged: '3' });
    await driver.clickInOverlay(ids.greta, 'toggle');
    await driver.screenshot(join(shots, 'checks.png'));
  });

  it('shows why: the threat\'s words are marked, visibly, in the expanded checklist', async () => {
    // The first test left Greta's checklist open.
    const greta = await waitFor('the why-excerpt', () => overlay(ids.greta), (o) => o.text.includes(uiText(browserName, 'checkWhyLabel')));
    expect(greta.text).toContain('jag ska döda dig');
    expect(await driver.styleInOverlay(ids.greta, 'why-mark', 'background-color')).toBe('rgb(255, 241, 168)');
    expect(await driver.styleInOverlay(ids.greta, 'why-mark', 'visibility')).toBe('visible');
    expect(await driver.styleInOverlay(ids.greta, 'why-mark', 'display')).not.toBe('none');
  });

  it('records "replied" and "no reply needed", and the reply badges go away', async () => {
    await driver.clickInOverlay(ids.bertil, 'toggle');
    await driver.clickInOverlay(ids.bertil, 'action-replied');
    const [replied] = await untilRecorded('replied record', ids.bertil, 1);
    expect(replied).toMatchObject({ kind: 'replied', checks: expect.arrayContaining(['reply-due']) });
    // As a person does, the next click waits until the page shows the answer: Bertil's overlay redraws without its reply
    // badge when the record is confirmed, and the bars below it move (a click aimed before that landed beside David's
    // toggle, and his checklist never opened).
    expect((await waitFor("Bertil's reply badge gone", () => overlay(ids.bertil), (o) => o.badges.length === 0)).badges).toEqual([]);

    await driver.clickInOverlay(ids.david, 'toggle');
    await driver.clickInOverlay(ids.david, 'action-no-reply-needed');
    const [noReply] = await untilRecorded('no-reply-needed record', ids.david, 1);
    expect(noReply!.kind).toBe('no-reply-needed');
    expect(noReply!.checks).toEqual(expect.arrayContaining(['personal-data:phone', 'personal-data:email']));

    const david = await waitFor("David's reply badge gone", () => overlay(ids.david), (o) => !o.badges.some((b) => b.startsWith('badge-reply')));
    expect(david.badges).toEqual(['badge-personal-data']);
    expect((await overlay(ids.bertil)).badges).toEqual([]);
  });

  it('archives, logs hiding and personal data handled for the comment with a personnummer', async () => {
    await driver.clickInOverlay(ids.cecilia, 'archive');
    // The checklist's buttons are disabled while the archive is under way, as a person sees: wait for it, as they would.
    await waitFor('the archived bar', () => overlay(ids.cecilia), (o) => o.state === 'archived');
    await driver.clickInOverlay(ids.cecilia, 'toggle');
    await driver.clickInOverlay(ids.cecilia, 'action-hidden');
    await untilRecorded('hidden record', ids.cecilia, 2);
    await driver.clickInOverlay(ids.cecilia, 'action-personal-data-handled');
    const records = await untilRecorded('three records', ids.cecilia, 3);
    expect(records.map((r) => r.kind)).toEqual(['archived', 'hidden', 'personal-data-handled']);
    expect(records[0]!.checks).toEqual(expect.arrayContaining(['personal-data:personnummer', 'reply-due']));
  });

  it('documents and removes the threat only with a legal ground, recorded with the record', async () => {
    await driver.clickInOverlay(ids.greta, 'action-document');
    await waitFor('the captured picture to confirm', () => overlay(ids.greta), (o) => o.text.includes(uiText(browserName, 'documentConfirm')));
    await driver.selectInOverlay(ids.greta, 'law-ground', '');
    await driver.clickInOverlay(ids.greta, 'action-documented');
    const required = uiText(browserName, 'lawGroundRequired');
    await waitFor('the legal ground asked for', () => overlay(ids.greta), (o) => o.text.includes(required));

    // The documentation with a ground is sent after the refused click; once its record is in, a record
    // of the refused click would be too. Exactly one record means the click without a ground logged nothing.
    await driver.selectInOverlay(ids.greta, 'law-ground', 'olaga-hot');
    await driver.clickInOverlay(ids.greta, 'action-documented');
    const records = await waitFor('documented record', () => recordsOf(ids.greta), (r) => r.length > 0);
    expect(records).toHaveLength(1);
    const [documented] = records;
    expect(documented).toMatchObject({
      kind: 'documented',
      lawGround: 'olaga-hot',
      checks: expect.arrayContaining(['unlawful:olaga-hot']),
      subject: { id: ids.greta, text: expect.stringContaining('döda') },
      evidence: { url: fixture.url, screenshot: { mediaType: 'image/png' }, html: { mediaType: 'text/html' } },
    });
    await driver.clickInOverlay(ids.greta, 'action-removed');
    const both = await waitFor('removed record', () => recordsOf(ids.greta), (r) => r.length === 2);
    expect(both[1]).toMatchObject({ kind: 'removed', lawGround: 'olaga-hot', refersTo: documented!.id });
  });

  it('keeps every recorded action after a reload, in one unbroken log', async () => {
    await driver.reload();
    await ready();
    expect((await overlay(ids.bertil)).badges).toEqual([]);
    expect((await overlay(ids.cecilia)).state).toBe('archived');
    // The documented threat counts as archived (its record keeps it with its evidence).
    expect(await driver.panelCounts()).toMatchObject({ replyDue: '1', notArchived: '6', flagged: '1' });
    const records = await driver.records();
    expect(records).toHaveLength(7);
    records.forEach((r, i) => expect(r.integrity.prev).toBe(i === 0 ? null : records[i - 1]!.integrity.sha256));
  });

  it("flags the user's own words from the options page after a reload, and stops flagging removed ones", async () => {
    const saved = await driver.saveOptions({
      'political-add': 'skräpposten\nC++',
      'political-remove': 'Sverigedemokraterna\nVänsterpartiet\nfullmäktige\nrösta',
    });
    expect(saved).toBe(browserName === 'chromium' ? 'Sparat.' : 'Saved.');
    await driver.reload();
    await ready();
    expect((await overlay(ids.eva)).badges).toEqual(['badge-political']);
    expect((await overlay(ids.fredrik)).badges).toEqual([]);
  });
});
