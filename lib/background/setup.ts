/** The first run, background side: opening the setup page on installation and from the overlay's panel. */
import type { Handlers } from '../messaging/protocol';
import type { LoadedSettings } from '../settings';
import { beginSetup } from '../settings/setup';
import { siteRegistry } from '../sites/registry';

export const SETUP_PAGE = '/setup.html';

export interface SetupDeps {
  openTab: (url: string) => Promise<unknown>;
  /** The extension's own address for a path (runtime.getURL). */
  pageUrl: (path: string) => string;
  settings: () => Promise<LoadedSettings>;
  now?: () => Date;
}

/** The setup page's address, with the account the person was looking at offered (never saved from here). */
export function setupPageUrl(deps: Pick<SetupDeps, 'pageUrl'>, fromPage?: string): string {
  const account = fromPage ? siteRegistry.accountUrl(fromPage) : null;
  return deps.pageUrl(SETUP_PAGE) + (account ? `?account=${encodeURIComponent(account)}` : '');
}

export function createSetupHandlers(deps: SetupDeps): Pick<Handlers, 'openSetup'> {
  return {
    async openSetup({ pageUrl }) {
      await deps.openTab(setupPageUrl(deps, pageUrl));
      return { ok: true, value: null };
    },
  };
}

/** runtime.onInstalled: only a new installation starts the setup (an update or a reload never does). */
export async function onInstalled(reason: string, deps: SetupDeps): Promise<void> {
  if (reason !== 'install') return;
  if (await beginSetup(await deps.settings(), (deps.now ?? (() => new Date()))())) await deps.openTab(setupPageUrl(deps));
}
