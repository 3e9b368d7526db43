import { render } from 'preact';
import { browser } from 'wxt/browser';
import PopupApp from '../../components/popup/PopupApp';
import RoundApp from '../../components/rounds/RoundApp';
import { uiLanguage } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { keepStorage } from '../../lib/store/persist';
import { requestRegistryAccess } from '../../lib/sync/access';
import '../../components/popup/popup.css';

document.documentElement.lang = uiLanguage().slice(0, 2);
const loadSummary = () => request('getSummary');
const loadSync = () => request('getSyncStatus');
const syncNow = () => request('syncNow');
render(
  <PopupApp
    loadSummary={loadSummary}
    loadSync={loadSync}
    syncNow={syncNow}
    requestAccess={requestRegistryAccess}
    openOptions={() => void browser.runtime.openOptionsPage()}
    openWeek={() => void browser.tabs.create({ url: browser.runtime.getURL('/round.html') })}
    loadRecordsStatus={() => request('getRecordsStatus')}
    persisted={keepStorage}
    openRecords={() => void browser.tabs.create({ url: browser.runtime.getURL('/records.html') })}
    rounds={
      <RoundApp
        load={() => request('getRounds')}
        complete={(scheduledAt) => request('completeRound', { scheduledAt })}
        showWeek={false}
      />
    }
  />,
  document.getElementById('app')!,
);
