import { render } from 'preact';
import { browser } from 'wxt/browser';
import PopupApp from '../../components/popup/PopupApp';
import RoundApp from '../../components/rounds/RoundApp';
import { uiLanguage } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { keepStorage } from '../../lib/store/persist';
import { requestRegistryAccess } from '../../lib/sync/access';
import { loadSettings } from '../../lib/settings';
import { awaitingSetup, readSetup } from '../../lib/settings/setup';
import '../../components/popup/popup.css';

performance.mark('popup:script');
document.documentElement.lang = uiLanguage().slice(0, 2);
/** Each answer is marked (performance.mark), so the benchmark can say which one the popup waits for. */
const timed = <T,>(name: string, answer: Promise<T>): Promise<T> => answer.finally(() => performance.mark(`popup:${name}`));
const loadSummary = () => timed('summary', request('getSummary'));
const loadSync = () => timed('sync', request('getSyncStatus'));
const syncNow = () => request('syncNow');
const popupSetup = {
  // The settings are read only while the setup is pending (seldom): the popup's first answers come first.
  awaiting: async () => {
    const setup = await readSetup();
    return setup?.state === 'pending' && awaitingSetup(setup, (await loadSettings()).settings.officeAccounts);
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
    loadRecordsStatus={() => timed('records-status', request('getRecordsStatus'))}
    persisted={keepStorage}
    openRecords={() => void browser.tabs.create({ url: browser.runtime.getURL('/records.html') })}
    setup={popupSetup}
    rounds={
      <RoundApp
        load={() => timed('rounds', request('getRounds'))}
        complete={(scheduledAt) => request('completeRound', { scheduledAt })}
        showWeek={false}
      />
    }
  />,
  document.getElementById('app')!,
);
