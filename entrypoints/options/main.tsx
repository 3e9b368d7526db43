import { render } from 'preact';
import { browser } from 'wxt/browser';
import ArchiveSettings from '../../components/options/ArchiveSettings';
import MonitoringSettings from '../../components/options/MonitoringSettings';
import OptionsApp from '../../components/options/OptionsApp';
import RegistrySettings from '../../components/options/RegistrySettings';
import Troubleshooting from '../../components/options/Troubleshooting';
import { request } from '../../lib/messaging/client';
import { uiLanguage } from '../../lib/i18n';
import { loadSettings, saveUserSettings } from '../../lib/settings';
import { requestRegistryAccess } from '../../lib/sync/access';
import '../../components/options/options.css';

document.documentElement.lang = uiLanguage().slice(0, 2);
render(
  // One main landmark around every section (screen readers jump to it; axe: landmark-one-main, region).
  <main>
    <OptionsApp load={loadSettings} save={saveUserSettings} />
    <MonitoringSettings load={loadSettings} save={saveUserSettings} />
    <RegistrySettings
      loadStatus={() => request('getSyncStatus')}
      save={(input) => request('saveConnection', input)}
      test={(input) => request('testConnection', input)}
      access={{ request: requestRegistryAccess }}
    />
    <ArchiveSettings
      load={loadSettings}
      save={saveUserSettings}
      loadStatus={() => request('getRecordsStatus')}
      openRecords={() => void browser.tabs.create({ url: browser.runtime.getURL('/records.html') })}
    />
    <Troubleshooting pageCopy={() => request('pageCopyFromTab')} />
  </main>,
  document.getElementById('app')!,
);
