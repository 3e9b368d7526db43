/**
 * The overlay by keyboard alone, in real Chromium: Tab to a comment's toggle, Enter opens the checklist,
 * Tab to an action and Enter records it, the live region says so and the focus stays on what replaced
 * the button; Escape closes the checklist and gives the focus back to the toggle; "Ångra" works by
 * keyboard and is announced. Only real key presses (trusted events) reach the overlay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtExtension } from './support/build';
import { launchChromium, type ChromiumDriver } from './support/chromium';
import { waitFor } from './support/driver';
import { FixtureServer, loadFixture } from './support/fixtures';

const fixture = loadFixture('facebook', 'checks-sv');

describe('the overlay by keyboard (Chromium)', () => {
  let driver: ChromiumDriver;

  beforeAll(async () => {
    driver = await launchChromium({ extensionDir: builtExtension('chrome-mv3'), fixtures: new FixtureServer([fixture]) });
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('opens, acts, announces, keeps the focus, closes with Escape and undoes, all by keyboard', async () => {
    await driver.open(fixture.url);
    const overlays = await waitFor('overlays', () => driver.overlays(), (o) => o.length === 8 && o.every((x) => x.state !== 'unknown'));
    // A resident's question the office has not answered: "Markera som besvarad" is in its checklist.
    const question = overlays.find((o) => o.badges.includes('badge-reply'))!.commentId;
    await driver.evaluate(() => (document.activeElement as HTMLElement | null)?.blur(), undefined);

    await driver.tabTo(question, 'toggle');
    await driver.press('Enter');
    await waitFor('the checklist open', () => driver.textInOverlay(question, 'checklist'), (text) => text !== '');

    await driver.tabTo(question, 'action-replied');
    await driver.press('Enter');
    const said = await waitFor('the live region', () => driver.textInOverlay(question, 'announce'), (text) => text !== '');
    expect(said).toBe('Åtgärden är loggad.');
    expect(await driver.focusedIn(question)).toBe('done-replied');
    expect(await driver.textInOverlay(question, 'done-replied')).toMatch(/^✓ Besvarad ·\s*Loggad$/);
    expect((await driver.records()).filter((r) => r.kind === 'replied').map((r) => r.subject?.id)).toEqual([question]);

    await driver.press('Escape');
    await waitFor('the checklist closed', () => driver.textInOverlay(question, 'checklist'), (text) => text === '');
    expect(await driver.focusedIn(question)).toBe('toggle');

    await driver.tabTo(question, 'undo');
    await driver.press('Enter');
    await waitFor('the undo announced', () => driver.textInOverlay(question, 'announce'), (text) => text.startsWith('Åtgärden är ångrad'));
    const records = await driver.records();
    const replied = records.find((r) => r.kind === 'replied')!;
    expect(records.filter((r) => r.kind === 'retracted').map((r) => r.refersTo)).toEqual([replied.id]);
    // Focus stays in the bar (the undone action's button is back, or the toggle).
    expect(await driver.focusedIn(question)).not.toBeNull();
  });
});
