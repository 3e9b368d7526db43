/** Both browsers with the built extension, behind one driver interface, for scenarios run in each. */
import { builtExtension } from './build';
import { launchChromium } from './chromium';
import type { BrowserDriver } from './driver';
import type { FixtureServer } from './fixtures';
import { launchFirefox } from './firefox';
import type { FirstRun } from './first-run';

export type BrowserName = BrowserDriver['name'];
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

export interface LaunchOptions {
  /** Keep this profile folder between launches (restart tests); the caller removes it. */
  userDataDir?: string;
  /** Chromium: a headed window on a virtual display, so the browser's permission prompt can be answered. */
  headed?: boolean;
  /** A new profile's setup page: finished as a person would (the default), or left open for the scenario. */
  firstRun?: FirstRun;
}

export function launchBrowser(name: BrowserName, fixtures: FixtureServer, options: LaunchOptions = {}): Promise<BrowserDriver> {
  return name === 'chromium'
    ? launchChromium({ extensionDir: builtExtension('chrome-mv3'), fixtures, ...options })
    : launchFirefox({ extensionDir: builtExtension('firefox-mv2'), fixtures, userDataDir: options.userDataDir, firstRun: options.firstRun });
}
