// The round view, opened from the reminder notification.
import { render } from 'preact';
import MissingBaseInfo from '../../components/rounds/MissingBaseInfo';
import RoundApp from '../../components/rounds/RoundApp';
import { t, uiLanguage } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import '../../components/popup/popup.css';

document.documentElement.lang = uiLanguage().slice(0, 2);
document.title = t('roundViewTitle');
render(
  <>
    <h1>{t('roundViewTitle')}</h1>
    <RoundApp load={() => request('getRounds')} complete={(scheduledAt) => request('completeRound', { scheduledAt })} showWeek />
    <MissingBaseInfo load={() => request('getAccountInfo')} />
  </>,
  document.getElementById('app')!,
);
