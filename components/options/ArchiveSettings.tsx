import { useEffect, useState } from 'preact/hooks';
import { shortFingerprint } from '../../lib/export/signing';
import { t } from '../../lib/i18n';
import type { RecordsStatus, Result } from '../../lib/messaging/protocol';
import type { LoadedSettings, Settings } from '../../lib/settings';

export interface Props {
  load: () => Promise<LoadedSettings>;
  save: (input: Pick<Settings, 'exportReminderDays' | 'retentionDays'>) => Promise<{ success: boolean }>;
  loadStatus: () => Promise<Result<RecordsStatus>>;
  openRecords: () => void;
}

/** The signing key's fingerprint (for the registrar to note), the export reminder and retention. */
export default function ArchiveSettings({ load, save, loadStatus, openRecords }: Props) {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [status, setStatus] = useState<RecordsStatus | null>(null);
  const [reminder, setReminder] = useState('30');
  const [retention, setRetention] = useState('0');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    void load().then((l) => {
      setLoaded(l);
      setReminder(String(l.settings.exportReminderDays));
      setRetention(String(l.settings.retentionDays));
    });
    void loadStatus().then((r) => r.ok && setStatus(r.value));
  }, [load, loadStatus]);

  if (!loaded) return null;
  const lockedReminder = loaded.locked.includes('exportReminderDays');
  const lockedRetention = loaded.locked.includes('retentionDays');

  async function onSave() {
    const result = await save({ exportReminderDays: Number(reminder), retentionDays: Number(retention) }).catch(() => ({ success: false }));
    setMessage(result.success ? { text: t('optionsSaved'), error: false } : { text: t('optionsMonitoringInvalid'), error: true });
  }

  return (
    <fieldset>
      <legend>{t('optionsArchiveTitle')}</legend>
      <p>{t('optionsKeyFingerprint')}</p>
      <p>
        <code data-testid="key-fingerprint">{status ? shortFingerprint(status.key.fingerprint) : '…'}</code>
      </p>
      <p>
        <button type="button" onClick={openRecords} data-testid="options-open-records">
          {t('optionsOpenArchive')}
        </button>
      </p>
      <p>
        <label for="export-reminder">{t('optionsExportReminder')}</label>
        <input
          id="export-reminder"
          type="number"
          min={1}
          max={365}
          data-testid="export-reminder"
          value={reminder}
          readOnly={lockedReminder}
          onInput={(e) => setReminder((e.target as HTMLInputElement).value)}
        />
      </p>
      <p>
        <label for="retention">{t('optionsRetention')}</label>
        <input
          id="retention"
          type="number"
          min={0}
          max={3650}
          data-testid="retention"
          value={retention}
          readOnly={lockedRetention}
          onInput={(e) => setRetention((e.target as HTMLInputElement).value)}
        />
        {(lockedReminder || lockedRetention) && <small>{t('optionsManaged')}</small>}
      </p>
      <button type="button" data-testid="save-archive" onClick={() => void onSave()}>
        {t('optionsArchiveSave')}
      </button>
      <p aria-live="polite" data-testid="archive-message" class={message?.error ? 'error' : undefined}>
        {message?.text}
      </p>
    </fieldset>
  );
}
