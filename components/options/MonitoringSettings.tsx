import { useEffect, useState } from 'preact/hooks';
import { SITES } from '../../lib/sites/registry';
import { t } from '../../lib/i18n';
import { accountsFromText, type LoadedSettings, type Settings } from '../../lib/settings';

export interface Props {
  load: () => Promise<LoadedSettings>;
  save: (input: Pick<Settings, 'monitoring' | 'officeAccounts'>) => Promise<{ success: boolean }>;
}

/** Monitoring times, weekends, the late window, and the office's accounts (ticked during a round). */
export default function MonitoringSettings({ load, save }: Props) {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [times, setTimes] = useState('');
  const [weekends, setWeekends] = useState(false);
  const [window, setWindow] = useState('60');
  const [accounts, setAccounts] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    void load().then((l) => {
      setLoaded(l);
      setTimes(l.settings.monitoring.times.join(', '));
      setWeekends(l.settings.monitoring.includeNonWorkingDays);
      setWindow(String(l.settings.monitoring.lateWindowMinutes));
      setAccounts(l.settings.officeAccounts.join('\n'));
    });
  }, [load]);

  if (!loaded) return null;
  const lockedTimes = loaded.locked.includes('monitoring');
  const lockedAccounts = loaded.locked.includes('officeAccounts');

  async function onSave() {
    const input = {
      monitoring: {
        times: times.split(/[,\s]+/).filter(Boolean),
        includeNonWorkingDays: weekends,
        lateWindowMinutes: Number(window),
      },
      officeAccounts: accountsFromText(accounts),
    };
    const result = await save(input).catch(() => ({ success: false }));
    setMessage(result.success ? { text: t('optionsSaved'), error: false } : { text: t('optionsMonitoringInvalid'), error: true });
  }

  return (
    <fieldset>
      <legend>{t('optionsMonitoring')}</legend>
      <p>
        <label for="times">{t('optionsTimes')}</label>
        <input id="times" data-testid="times" value={times} readOnly={lockedTimes} onInput={(e) => setTimes((e.target as HTMLInputElement).value)} />
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            data-testid="weekends"
            checked={weekends}
            disabled={lockedTimes}
            onChange={(e) => setWeekends((e.target as HTMLInputElement).checked)}
          />{' '}
          {t('optionsIncludeNonWorkingDays')}
        </label>
      </p>
      <p>
        <label for="late-window">{t('optionsLateWindow')}</label>
        <input
          id="late-window"
          type="number"
          min={5}
          max={240}
          value={window}
          readOnly={lockedTimes}
          onInput={(e) => setWindow((e.target as HTMLInputElement).value)}
        />
      </p>
      <p>
        <label for="accounts">{t('optionsAccounts')}</label>
        <textarea
          id="accounts"
          data-testid="accounts"
          rows={3}
          value={accounts}
          readOnly={lockedAccounts}
          placeholder={`https://${SITES[0].hosts[0]}/…`}
          onInput={(e) => setAccounts((e.target as HTMLTextAreaElement).value)}
        />
        {(lockedTimes || lockedAccounts) && <small>{t('optionsManaged')}</small>}
      </p>
      <button type="button" data-testid="save-monitoring" onClick={() => void onSave()}>
        {t('optionsMonitoringSave')}
      </button>
      <p aria-live="polite" data-testid="monitoring-message" class={message?.error ? 'error' : undefined}>
        {message?.text}
      </p>
    </fieldset>
  );
}
