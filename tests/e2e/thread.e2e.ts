/**
 * "Arkivera hela tråden" in real Chromium and Firefox: one comment archived by its own button, then the
 * whole thread from the page panel. The log then holds exactly one `archived` record per comment of the
 * fixture (the single one not made again) and one for the post, and the panel says what was done.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor, type BrowserDriver } from './support/driver';
import { commentsOf, FixtureServer, loadFixture } from './support/fixtures';
import { BROWSERS, launchBrowser } from './support/launch';
import { revealOverlays, uiText } from './support/probe';

const fixture = loadFixture('facebook', 'page-post-sv');
const server = new FixtureServer([fixture]);
const commentIds = commentsOf(fixture.expected).map((c) => c.id);
const postId = fixture.expected.posts[0]!.id!;

// Chromium runs with a Swedish UI and Firefox with its English one: the summary in each.
const summaries = {
  chromium: `Inlägget arkiverades. ${commentIds.length - 1} kommentarer arkiverades. 1 var redan arkiverad.`,
  firefox: `The post was archived. ${commentIds.length - 1} comments archived. 1 was already archived.`,
};
const again = {
  chromium: `Inlägget var redan arkiverat. 0 kommentarer arkiverades. ${commentIds.length} var redan arkiverade.`,
  firefox: `The post was already archived. 0 comments archived. ${commentIds.length} were already archived.`,
};

describe.each(BROWSERS)('%s', (browserName) => {
  let driver: BrowserDriver;

  beforeAll(async () => {
    driver = await launchBrowser(browserName, server);
  });
  afterAll(async () => {
    await driver?.close();
  });

  const archivedRecords = async () => (await driver.records()).filter((r) => r.kind === 'archived');

  it('archives the rest of the thread once, after one comment archived singly', async () => {
    await driver.open(fixture.url);
    await revealOverlays(driver, (o) => o.length === commentIds.length && o.every((x) => x.state === 'idle'));
    const single = commentIds[0]!;
    await driver.clickArchive(single);
    await waitFor('the single archive', () => archivedRecords(), (r) => r.length === 1);

    expect(await driver.panelText('archive-thread')).toBe(uiText(browserName, 'threadArchive'));
    await driver.clickInPanel('archive-thread');
    const summary = await waitFor('the summary', () => driver.panelText('thread-summary'), (text) => text !== '', 30_000);
    expect(summary).toBe(summaries[browserName]);

    const records = await archivedRecords();
    const comments = records.filter((r) => r.subject?.kind !== 'post');
    expect(comments.map((r) => r.subject!.id).sort()).toEqual([...commentIds].sort());
    expect(new Set(comments.map((r) => r.subject!.id)).size).toBe(comments.length);
    // Archived as a single click archives: each comment with its picture and HTML copy.
    expect(comments.every((r) => r.evidence?.screenshot?.sha256 || r.evidence?.failure)).toBe(true);
    expect(records.filter((r) => r.subject?.kind === 'post').map((r) => r.subject!.id)).toEqual([postId]);
    // Every bar shows its comment archived, and the panel counts none left.
    const overlays = await revealOverlays(driver, (o) => o.length === commentIds.length && o.every((x) => x.state === 'archived'));
    expect(overlays).toHaveLength(commentIds.length);
    expect((await driver.panelCounts()).notArchived).toBe('0');
    expect(driver.errors()).toEqual([]);
  });

  it('archives nothing twice when run again', async () => {
    const before = (await driver.records()).length;
    await driver.clickInPanel('archive-thread');
    await waitFor('the second summary', () => driver.panelText('thread-summary'), (text) => text === again[browserName], 30_000);
    expect(await driver.records()).toHaveLength(before);
  });
});
