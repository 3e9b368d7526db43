import { useState } from 'preact/hooks';
import { formatDateTime, t, type MessageKey } from '../../lib/i18n';
import type { SyncStatus } from '../../lib/messaging/protocol';
import { RECORD_KEYS } from '../../lib/records/labels';
import type { SyncErrorCode } from '../../lib/sync/state';
import { isolate } from '../../lib/util/unicode';

export interface Props {
  status: SyncStatus;
  onSyncNow: () => Promise<void>;
  /** Asks the browser for access to the registry; call it straight from the click (user gesture). */
  onGrantAccess: () => void;
}

// Written out so tsc checks that every error and record kind has a message.
const ERROR_KEYS: Record<SyncErrorCode, MessageKey> = {
  unauthorized: 'syncErr_unauthorized',
  network: 'syncErr_network',
  timeout: 'syncErr_timeout',
  'server-error': 'syncErr_server_error',
  'rate-limited': 'syncErr_rate_limited',
  'invalid-response': 'syncErr_invalid_response',
  'no-access': 'syncErr_no_access',
};


/** Where the records stand with the registry: counts, the last error in plain words, "send now". */
export default function SyncPanel({ status, onSyncNow, onGrantAccess }: Props) {
  const [sending, setSending] = useState(false);
  if (status.mode === 'local') {
    return (
      <section aria-labelledby="sync-heading" data-testid="sync" data-mode="local">
        <h2 id="sync-heading">{t('syncTitle')}</h2>
        <p class="hint">{t('syncLocalOnly')}</p>
      </section>
    );
  }
  async function send() {
    setSending(true);
    try {
      await onSyncNow();
    } finally {
      setSending(false);
    }
  }
  return (
    <section aria-labelledby="sync-heading" data-testid="sync" data-mode="registry">
      <h2 id="sync-heading">{t('syncTitle')}</h2>
      <dl class="counts">
        <dt>{t('syncPending')}</dt>
        <dd data-testid="sync-pending">{status.pending}</dd>
        <dt>{t('syncRegistered')}</dt>
        <dd data-testid="sync-registered">{status.registered}</dd>
        <dt>{t('syncRejected')}</dt>
        <dd data-testid="sync-rejected">{status.rejected}</dd>
      </dl>
      <p class="hint">
        {status.lastSuccessAt ? t('syncLastSuccess', formatDateTime(status.lastSuccessAt)) : t('syncNever')}
      </p>
      {status.access === false && (
        <p class="error" role="alert" data-testid="sync-no-access">
          {t('syncErr_no_access')}{' '}
          <button type="button" data-testid="grant-access" onClick={onGrantAccess}>
            {t('registryGrantAccess')}
          </button>
        </p>
      )}
      {status.access !== false && status.lastError && status.lastError !== 'no-access' && (status.pending > 0 || status.stoppedForAuth) && (
        <p class="error" role="alert" data-testid="sync-error">
          {t(ERROR_KEYS[status.lastError])}{' '}
          {status.nextAttemptAt && !status.stoppedForAuth && t('syncNextAttempt', formatDateTime(new Date(status.nextAttemptAt).toISOString()))}
        </p>
      )}
      {status.rejectedItems.length > 0 && (
        <ul class="rejected" data-testid="sync-rejected-items">
          {status.rejectedItems.map((item) => (
            <li key={item.recordId}>
              {/* A plain-text message: the page's name and the registry's reason go in as Unicode isolates. */}
              {t('syncRejectedItem', [item.kind && t(RECORD_KEYS[item.kind]), item.authorName ? isolate(item.authorName) : t('popupNoAuthor'), isolate(item.error)])}
            </li>
          ))}
        </ul>
      )}
      <button type="button" data-testid="sync-now" disabled={sending} onClick={() => void send()}>
        {sending ? t('syncSending') : t('syncNow')}
      </button>
    </section>
  );
}
