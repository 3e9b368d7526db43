/** Both browsers with the built extension, behind one driver interface, for scenarios run in each. */
import { builtExtension } from './build';
import { launchChromium } from './chromium';
import type { BrowserDriver } from './driver';
import type { FixtureServer } from './fixtures';
import { launchFirefox } from './firefox';

export type BrowserName = BrowserDriver['name'];
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export function launchBrowser(name: BrowserName, fixtures: FixtureServer): Promise<BrowserDriver> {
  return name === 'chromium'
    ? launchChromium({ extensionDir: builtExtension('chrome-mv3'), fixtures })
    : launchFirefox({ extensionDir: builtExtension('firefox-mv2'), fixtures });
}
