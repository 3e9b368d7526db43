// The first-run setup page, opened on installation and from the overlay's "not set up" panel.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import RegistrySettings from '../../components/options/RegistrySettings';
import SetupApp from '../../components/setup/SetupApp';
import { t, uiLanguage } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { loadSettings, saveUserSettings } from '../../lib/settings';
import { finishSetup } from '../../lib/settings/setup';
import { siteRegistry } from '../../lib/sites/registry';
import { requestRegistryAccess } from '../../lib/sync/access';
import '../../components/options/options.css';

document.documentElement.lang = uiLanguage().slice(0, 2);
document.title = t('setupTitle');
// Only an account address on a supported site is offered; anything else in the address is ignored.
const offered = new URLSearchParams(location.search).get('account');
const offeredAccount = offered && siteRegistry.isAccountUrl(offered) ? offered : undefined;
render(
  <SetupApp
    load={loadSettings}
    save={saveUserSettings}
    finish={(allPages) => finishSetup(allPages, new Date())}
    offeredAccount={offeredAccount}
    registry={
      <RegistrySettings
        loadStatus={() => request('getSyncStatus')}
        save={(input) => request('saveConnection', input)}
        test={(input) => request('testConnection', input)}
        access={{ request: requestRegistryAccess }}
      />
    }
    openOptions={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
