import { render } from 'preact';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import PopupApp from '../../components/popup/PopupApp';
import RoundApp from '../../components/rounds/RoundApp';
import { uiLanguage } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { keepStorage } from '../../lib/store/persist';
import { STORAGE_ITEMS } from '../../lib/store/schema';
import { requestRegistryAccess } from '../../lib/sync/access';
import '../../components/popup/popup.css';

performance.mark('popup:script');
document.documentElement.lang = uiLanguage().slice(0, 2);
/** Each answer is marked (performance.mark), so the benchmark can say which one the popup waits for. */
const timed = <T,>(name: string, answer: Promise<T>): Promise<T> => answer.finally(() => performance.mark(`popup:${name}`));
/**
 * The first call gets the answer asked for when the script started, before anything was rendered (the
 * components ask in an effect, which runs only after the first paint); later calls ask again.
 */
function primed<T>(ask: () => Promise<T>): () => Promise<T> {
  let first: Promise<T> | undefined = ask();
  return () => {
    const answer = first ?? ask();
    first = undefined;
    return answer;
  };
}
const loadSummary = primed(() => timed('summary', request('getSummary')));
const loadSync = primed(() => timed('sync', request('getSyncStatus')));
const loadRecordsStatus = primed(() => timed('records-status', request('getRecordsStatus')));
const loadRounds = primed(() => timed('rounds', request('getRounds')));
const syncNow = () => request('syncNow');
const popupSetup = {
  // The settings are read only while the setup is pending (seldom), and their schemas (zod) are loaded only
  // then: the popup's first screen needs neither.
  awaiting: async () => {
    // Read raw first: only a pending setup can be awaited, and every later open then loads no schema at all (the
    // schemas' module took about 13 ms of the popup's main thread just as the background's answers came in).
    const raw = await storage.getItem<{ state?: unknown }>(STORAGE_ITEMS.setup.key);
    if (raw?.state !== 'pending') return false;
    const { readSetup, awaitingSetup } = await import('../../lib/settings/setup');
    const setup = await readSetup();
    if (setup?.state !== 'pending') return false;
    const { loadSettings } = await import('../../lib/settings');
    return awaitingSetup(setup, (await loadSettings()).settings.officeAccounts);
  },
  open: () => void browser.tabs.create({ url: browser.runtime.getURL('/setup.html') }),
};
render(
  <PopupApp
    loadSummary={loadSummary}
    loadSync={loadSync}
    syncNow={syncNow}
    requestAccess={requestRegistryAccess}
    openOptions={() => void browser.runtime.openOptionsPage()}
    openWeek={() => void browser.tabs.create({ url: browser.runtime.getURL('/round.html') })}
    loadRecordsStatus={loadRecordsStatus}
    persisted={keepStorage}
    openRecords={() => void browser.tabs.create({ url: browser.runtime.getURL('/records.html') })}
    setup={popupSetup}
    rounds={
      <RoundApp
        load={loadRounds}
        complete={(scheduledAt) => request('completeRound', { scheduledAt })}
        showWeek={false}
      />
    }
  />,
  document.getElementById('app')!,
);
