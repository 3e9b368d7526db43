import { useEffect, useState } from 'preact/hooks';
import { formatDateTime, t } from '../../lib/i18n';
import type { ErrorCode, Result, Summary } from '../../lib/messaging';
import ErrorMessage from '../ErrorMessage';

export interface Props {
  loadSummary: () => Promise<Result<Summary>>;
  openOptions: () => void;
}

/** The toolbar popup: today's archive count and the latest archived comments. */
export default function PopupApp({ loadSummary, openOptions }: Props) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);

  useEffect(() => {
    void loadSummary().then((r) => (r.ok ? setSummary(r.value) : setError(r.error)));
  }, [loadSummary]);

  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      {error && <ErrorMessage error={error} />}
      {!summary && !error && <p aria-live="polite">{t('popupLoading')}</p>}
      {summary && (
        <>
          <p class="count">
            <span>{t('popupArchivedToday')}</span>{' '}
            <strong data-testid="archived-today">{summary.archivedToday}</strong>
          </p>
          {summary.latest.length === 0 ? (
            <p class="hint">{t('popupNothingYet')}</p>
          ) : (
            <section aria-labelledby="latest-heading">
              <h2 id="latest-heading">{t('popupLatest')}</h2>
              <ul data-testid="latest">
                {summary.latest.map((item) => (
                  <li key={item.recordId}>
                    <div class="meta">
                      <strong>{item.authorName || t('popupNoAuthor')}</strong> · {formatDateTime(item.occurredAt)}
                      {item.registrationNumber && <> · {item.registrationNumber}</>}
                    </div>
                    <div class="excerpt">{item.text}</div>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {summary.localOnly && <p class="hint">{t('popupLocalOnly')}</p>}
        </>
      )}
      <button type="button" onClick={openOptions}>
        {t('popupOptions')}
      </button>
    </main>
  );
}
