import { useState } from 'preact/hooks';
import { formatDateTime, formatDay, t, type MessageKey } from '../../lib/i18n';
import { roundLabel } from '../../lib/monitoring/labels';
import type { RoundsSnapshot } from '../../lib/monitoring/snapshot';

export interface Props {
  snapshot: RoundsSnapshot;
  onComplete: (scheduledAt: string) => Promise<void>;
  /** The round view (opened from the reminder) also shows the week. */
  showWeek?: boolean;
}

const STATUS_KEYS: Record<RoundsSnapshot['today'][number]['status'], MessageKey> = {
  upcoming: 'roundStatus_upcoming',
  due: 'roundStatus_due',
  done: 'roundStatus_done',
  late: 'roundStatus_late',
  missed: 'roundStatus_missed',
};

/** Today's monitoring rounds, the open round's accounts with their open items, "Runda klar", the week. */
export default function RoundsPanel({ snapshot, onComplete, showWeek = true }: Props) {
  const [busy, setBusy] = useState(false);
  const open = snapshot.open;

  async function complete() {
    if (!open) return;
    setBusy(true);
    try {
      await onComplete(open.scheduledAt);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="rounds-heading" data-testid="rounds">
      <h2 id="rounds-heading">{t('roundsTitle')}</h2>
      <ul class="rounds-today" data-testid="rounds-today">
        {snapshot.today.map((r) => (
          <li key={r.scheduledAt} data-status={r.status}>
            <strong>{roundLabel(r.scheduledAt)}</strong> {t(STATUS_KEYS[r.status])}
            {r.by && r.status !== 'missed' && (
              <>
                {' '}
                <span data-testid="round-by">{t(r.byColleague ? 'roundDoneByColleague' : 'roundDoneBy', r.by)}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      {open ? (
        <div class="open-round" data-testid="open-round">
          <h3>{t('roundOpenTitle', roundLabel(open.scheduledAt))}</h3>
          {open.accounts.length === 0 && <p class="hint">{t('roundNoAccounts')}</p>}
          <ul class="accounts">
            {open.accounts.map((a) => (
              <li key={a.url} data-seen={a.seen}>
                <span aria-hidden="true">{a.seen ? '✓' : '○'}</span> <a href={a.url} target="_blank" rel="noreferrer" data-testid="round-account-link">
                  <bdi class="account">{a.name || a.url}</bdi>
                </a>{' '}
                <small>
                  {a.seen ? t('roundAccountSeen') : t('roundAccountNotSeen')}
                  {a.lastSeenAt && ` · ${formatDateTime(a.lastSeenAt)}`}
                </small>
                <div class="hint" data-testid="account-counts">
                  {snapshot.countLabels.map(({ key, label }) => `${t(label)} ${a.counts[key]}`).join(' · ')}
                </div>
              </li>
            ))}
          </ul>
          <button type="button" data-testid="complete-round" disabled={busy} onClick={() => void complete()}>
            {t('roundComplete')}
          </button>
        </div>
      ) : (
        <p class="hint">{t('roundNoneOpen')}</p>
      )}
      {showWeek && (
        <table class="week" data-testid="rounds-week">
          <caption>{t('roundWeekTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roundWeekDay')}</th>
              <th scope="col">{t('roundWeekDone')}</th>
              <th scope="col">{t('roundWeekLate')}</th>
              <th scope="col">{t('roundWeekMissed')}</th>
              <th scope="col">{t('roundWeekWho')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.week.map((d) => (
              <tr key={d.day}>
                <th scope="row">
                  <time dateTime={d.day}>{formatDay(d.day)}</time>
                </th>
                <td>{d.done}</td>
                <td>{d.late}</td>
                <td>{d.missed}</td>
                <td data-testid="week-who">
                  {d.rounds
                    .filter((r) => r.status !== 'missed')
                    .map((r) => `${roundLabel(r.scheduledAt)} ${r.by || t('roundByUnknown')}`)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
