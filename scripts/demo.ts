/**
 * `npm run demo`: builds the Chrome extension and opens Debian's Chromium with it on a bundled demo
 * Facebook post, served at its real-looking URL (nothing goes to the internet), in local-only mode.
 * With a display the browser stays open for you to try; without one it archives a comment itself,
 * saves screenshots and prints what happened.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/support/chromium';
import { ensureBrowsers } from '../tests/e2e/support/ensure-browsers.mjs';
import { waitFor } from '../tests/e2e/support/driver';
import { commentsOf, FixtureServer, loadFixture } from '../tests/e2e/support/fixtures';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'demo-output');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;

function step(text: string) {
  console.log(`• ${text}`);
}

// Installs Debian's Chromium (and its Swedish UI) with apt-get when run as root; otherwise says how.
ensureBrowsers(['chromium', 'chromium-l10n']);

step('Building the extension for Chromium …');
const build = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const demo = loadFixture('facebook', 'page-post-sv');
const driver = await launchChromium({
  extensionDir: resolve(root, '.output/chrome-mv3'),
  fixtures: new FixtureServer([demo]),
  headless: !headed,
  firstRun: 'leave',
});
step(`Chromium started ${headed ? 'with a window' : 'headless (no display found)'}; extension id ${driver.extensionId}.`);
// The installation opened the setup page: filled in as a new moderator would, with the demo office's Page.
const setup = driver.firstRunPage!;
await setup.fill('setup-name', 'Moderator Exempel');
await setup.fill('setup-office', 'Norrby stadsdelsförvaltning (exempel)');
await setup.fill('setup-accounts', 'facebook.com/norrbyexempel');
if (!headed) {
  mkdirSync(outDir, { recursive: true });
  await setup.screenshot(resolve(outDir, '0-setup.png'));
}
await setup.click('setup-save');
step(`Setup page: ${await setup.waitForText('setup-message', (text) => text.length > 0)}`);
await setup.close();
await driver.open(demo.url);
const expected = commentsOf(demo.expected);
await waitFor('overlays', () => driver.overlays(), (o) => o.length === expected.length && o.every((x) => x.state !== 'unknown'));
step(`Opened the demo post ${demo.url}: ${expected.length} comments, ${(await driver.overlays()).length} overlays.`);

if (headed) {
  console.log('\nThe demo is open. Click "Arkivera" beside a comment, then the toolbar icon for the popup. Close the window to end.');
  await new Promise<void>((done) => driver.context.on('close', () => done()));
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
await driver.screenshot(resolve(outDir, '1-overlays.png'));
const target = expected.find((c) => c.text.includes('?')) ?? expected[0]!;
step(`Clicking "Arkivera" beside the comment by ${target.authorName}: "${target.text}"`);
await driver.clickArchive(target.id);
const after = await waitFor('archived', () => driver.overlays(), (o) => o.find((x) => x.commentId === target.id)?.state === 'archived');
const overlayText = after.find((x) => x.commentId === target.id)?.text ?? '';
await driver.screenshot(resolve(outDir, '2-archived.png'));

const records = await driver.records();
const popupPage = await driver.context.newPage();
await popupPage.setViewportSize({ width: 400, height: 420 });
await popupPage.goto(`chrome-extension://${driver.extensionId}/popup.html`);
await popupPage.locator('[data-testid="archived-today"]').waitFor();
await popupPage.screenshot({ path: resolve(outDir, '3-popup.png') });
const archivedToday = await popupPage.locator('[data-testid="archived-today"]').innerText();
writeFileSync(resolve(outDir, 'records.json'), JSON.stringify(records, null, 2));
await driver.close();

const record = records[0];
console.log(`
What happened:
  overlay text beside the comment : ${overlayText}
  records in the action log       : ${records.length}
  record kind / id                : ${record?.kind} / ${record?.id}
  subject                         : ${record?.subject?.authorName}: "${record?.subject?.text}"
  permalink                       : ${record?.subject?.permalink}
  occurred at                     : ${record?.occurredAt}
  integrity sha256                : ${record?.integrity.sha256}
  popup "Arkiverade i dag"        : ${archivedToday}
Screenshots and records.json are in ${outDir}/`);
