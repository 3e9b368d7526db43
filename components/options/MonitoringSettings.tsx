import { useEffect, useState } from 'preact/hooks';
import { SITES } from '../../lib/sites/registry';
import { t } from '../../lib/i18n';
import { type LoadedSettings, type Settings } from '../../lib/settings';
import { readMonitoringInput, type InputProblem } from '../../lib/settings/monitoring-input';
import { fieldProblems } from './field-problems';

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
  const [problems, setProblems] = useState<InputProblem[]>([]);

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

  // Each field's problems are said beside it, naming the value or the line; nothing is saved until none is left.
  const { list: errorList, described } = fieldProblems(problems);

  async function onSave() {
    const read = readMonitoringInput({ times, lateWindow: window, accounts });
    setProblems(read.problems);
    if (read.problems.length > 0) return setMessage({ text: t('optionsNotSavedSeeAbove'), error: true });
    const input = {
      monitoring: { times: read.input.times, includeNonWorkingDays: weekends, lateWindowMinutes: read.input.lateWindowMinutes },
      officeAccounts: read.input.officeAccounts,
    };
    const result = await save(input).catch(() => ({ success: false }));
    setMessage(result.success ? { text: t('optionsSaved'), error: false } : { text: t('optionsMonitoringInvalid'), error: true });
  }

  return (
    <fieldset>
      <legend>{t('optionsMonitoring')}</legend>
      <p>
        <label for="times">{t('optionsTimes')}</label>
        <input id="times" data-testid="times" value={times} readOnly={lockedTimes} {...described('times')} onInput={(e) => setTimes((e.target as HTMLInputElement).value)} />
        {errorList('times')}
      </p>
      <p>
        <label class="choice">
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
          data-testid="late-window"
          type="number"
          min={5}
          max={240}
          value={window}
          readOnly={lockedTimes}
          {...described('late-window')}
          onInput={(e) => setWindow((e.target as HTMLInputElement).value)}
        />
        {errorList('late-window')}
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
          {...described('accounts')}
          onInput={(e) => setAccounts((e.target as HTMLTextAreaElement).value)}
        />
        {errorList('accounts')}
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
