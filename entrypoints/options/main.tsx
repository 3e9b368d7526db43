import { render } from 'preact';
import OptionsApp from '../../components/options/OptionsApp';
import { uiLanguage } from '../../lib/i18n';
import { loadSettings, saveUserSettings } from '../../lib/settings';
import '../../components/options/options.css';

document.documentElement.lang = uiLanguage().slice(0, 2);
render(<OptionsApp load={loadSettings} save={saveUserSettings} />, document.getElementById('app')!);
