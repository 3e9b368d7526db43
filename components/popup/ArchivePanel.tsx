import { formatDateTimeLong, t } from '../../lib/i18n';
import { handoverReminder } from '../../lib/export/reminder';
import type { RecordsStatus } from '../../lib/messaging/protocol';

export interface Props {
  status: RecordsStatus;
  /** navigator.storage.persisted(): false when the browser may evict the records; null while unknown. */
  persisted: boolean | null;
  openRecords: () => void;
  now?: Date;
}

/** The archive in the popup: a broken chain, records only this browser holds, storage that may be evicted. */
export default function ArchivePanel({ status, persisted, openRecords, now = new Date() }: Props) {
  const { chain, handover, mode, reminderDays } = status;
  const reminder = handoverReminder(handover, mode, reminderDays, now);
  return (
    <section aria-labelledby="archive-heading" data-testid="archive-panel">
      <h2 id="archive-heading">{t('popupArchive')}</h2>
      {chain.break && (
        <p class="error" role="alert" data-testid="archive-chain-broken">
          {t('popupChainBroken', String(chain.break.seq))}
        </p>
      )}
      {mode === 'local' && handover.count > 0 && handover.since && (
        <p class={reminder.overdue ? 'error' : 'hint'} data-testid="archive-handover">
          {handover.count === 1
            ? t('popupHandoverOne', formatDateTimeLong(handover.since))
            : t('popupHandover', [String(handover.count), formatDateTimeLong(handover.since)])}
          {reminder.overdue && <> {t('popupHandoverOverdue', String(reminderDays))}</>}
        </p>
      )}
      {persisted === false && (
        <p class="error" data-testid="archive-not-persistent">
          {t('popupNotPersistent')}
        </p>
      )}
      <button type="button" onClick={openRecords} data-testid="open-records">
        {t('popupArchive')}
      </button>
    </section>
  );
}
