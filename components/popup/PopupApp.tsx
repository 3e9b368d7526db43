import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatDateTime, t } from '../../lib/i18n';
import type { ErrorCode, RecordsStatus, Result, Summary, SyncStatus } from '../../lib/messaging/protocol';
import ArchivePanel from './ArchivePanel';
import ErrorMessage from '../ErrorMessage';
import WipeNotice from '../store/WipeNotice';
import SyncPanel from './SyncPanel';

export interface Props {
  loadSummary: () => Promise<Result<Summary>>;
  loadSync: () => Promise<Result<SyncStatus>>;
  syncNow: () => Promise<Result<SyncStatus>>;
  /** Asks the browser for access to this registry address (must run inside the click). */
  requestAccess: (endpoint: string) => Promise<boolean>;
  openOptions: () => void;
  openWeek: () => void;
  loadRecordsStatus?: () => Promise<Result<RecordsStatus>>;
  /** Whether the browser promised to keep this extension's data (asks for it when not yet). */
  persisted?: () => Promise<boolean | null>;
  openRecords?: () => void;
  /** Today's monitoring rounds (rendered by its own component with its own data). */
  rounds?: ComponentChildren;
  /** Installed and not set up yet: the popup says so first and opens the setup page. */
  setup?: { awaiting: () => Promise<boolean>; open: () => void };
}

/** The toolbar popup: today's archive count and the latest archived comments. */
export default function PopupApp({ loadSummary, loadSync, syncNow, requestAccess, openOptions, openWeek, rounds, loadRecordsStatus, persisted, openRecords, setup }: Props) {
  const [summary, setSummary] = useState<Summary | null>(null);
  const [records, setRecords] = useState<RecordsStatus | null>(null);
  const [kept, setKept] = useState<boolean | null>(null);
  const [sync, setSync] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [awaitingSetup, setAwaitingSetup] = useState(false);

  useEffect(() => {
    void loadSummary().then((r) => (r.ok ? setSummary(r.value) : setError(r.error)));
    void loadSync().then((r) => (r.ok ? setSync(r.value) : setError(r.error)));
    void loadRecordsStatus?.().then((r) => r.ok && setRecords(r.value));
    void persisted?.().then(setKept);
    void setup?.awaiting().then(setAwaitingSetup, () => setAwaitingSetup(false));
  }, [loadSummary, loadSync, loadRecordsStatus, persisted, setup]);

  async function sendNow() {
    const r = await syncNow();
    if (r.ok) setSync(r.value);
    else setError(r.error);
    const s = await loadSummary();
    if (s.ok) setSummary(s.value);
  }

  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      {awaitingSetup && setup && (
        <p class="notice" data-testid="popup-not-set-up">
          {t('panelNotSetUp')}{' '}
          <button type="button" data-testid="popup-open-setup" onClick={setup.open}>
            {t('popupOpenSetup')}
          </button>
        </p>
      )}
      {rounds}
      {error && <ErrorMessage error={error} />}
      {summary?.wiped && <WipeNotice wipe={summary.wiped} />}
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
                    {/* Page and registry strings are isolated: a right-to-left mark in a name must not reorder the date. */}
                    <div class="meta">
                      <strong>
                        <bdi>{item.authorName || t('popupNoAuthor')}</bdi>
                      </strong>{' '}
                      · {formatDateTime(item.occurredAt)}
                      {item.registrationNumber && (
                        <>
                          {' '}
                          · <bdi>{item.registrationNumber}</bdi>
                        </>
                      )}
                    </div>
                    <div class="excerpt" dir="auto">
                      {item.text}
                    </div>
                    {/* Only a web address is ever a link (the record's address came from the page). */}
                    {item.permalink?.startsWith('https://') && (
                      <a href={item.permalink} target="_blank" rel="noreferrer" data-testid="latest-link">
                        {t('popupOpenComment')}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {sync && (
            <SyncPanel
              status={sync}
              onSyncNow={sendNow}
              onGrantAccess={() => {
                const asked = requestAccess(sync.endpoint ?? '');
                void asked.then((granted) => (granted ? sendNow() : undefined));
              }}
            />
          )}
          {records && openRecords && <ArchivePanel status={records} persisted={kept} openRecords={openRecords} />}
        </>
      )}
      <p class="actions">
        <button type="button" onClick={openWeek}>
          {t('popupWeek')}
        </button>{' '}
        <button type="button" onClick={openOptions}>
          {t('popupOptions')}
        </button>
      </p>
    </main>
  );
}
