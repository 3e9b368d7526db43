import { useState } from 'preact/hooks';
import type { Judgement } from '../../lib/checks';
import { t } from '../../lib/i18n';
import type { SubjectStatus } from '../../lib/messaging/protocol';
import type { ActionKind, LawGroundId } from '../../lib/model';
import { groundLabel, kindLabel, LAW_GROUND_ORDER } from './labels';

export interface Props {
  judgement: Judgement;
  status: SubjectStatus;
  busy: boolean;
  onAction: (kind: ActionKind, lawGround?: LawGroundId) => void;
}

/** The expanded checklist: what the law asks about this comment, with one logged action per duty. */
export default function Checklist({ judgement: j, status, busy, onAction }: Props) {
  const done = (kind: ActionKind) => status.kinds.includes(kind);
  const [ground, setGround] = useState<LawGroundId | ''>(j.unlawful.grounds[0] ?? '');
  const [groundMissing, setGroundMissing] = useState(false);

  const action = (kind: ActionKind, label: string) =>
    done(kind) ? (
      <span class="done" data-testid={`done-${kind}`}>
        ✓ {label} · {t('actionDone')}
      </span>
    ) : (
      <button type="button" data-testid={`action-${kind}`} disabled={busy} onClick={() => onAction(kind)}>
        {label}
      </button>
    );

  function remove() {
    if (!ground) {
      setGroundMissing(true);
      return;
    }
    setGroundMissing(false);
    onAction('removed', ground);
  }

  return (
    <ul class="checklist" data-testid="checklist">
      <li data-check="reply">
        <strong>{t('checkReplyTitle')}</strong>
        <p>
          {j.reply.byOffice
            ? t('checkReplyByOffice')
            : j.reply.needed
              ? t('checkReplyNeeded')
              : t('checkReplyNotNeeded')}
        </p>
        {j.reply.needed && !done('no-reply-needed') && action('replied', t('actionReplied'))}{' '}
        {j.reply.needed && !done('replied') && action('no-reply-needed', t('actionNoReplyNeeded'))}
      </li>
      <li data-check="archive">
        <strong>{t('checkArchiveTitle')}</strong>
        <p>{t('checkArchiveText')}</p>
      </li>
      <li data-check="personal-data">
        <strong>{t('checkPersonalTitle')}</strong>
        {j.personalKinds.length > 0 ? (
          <>
            <p>{t('checkPersonalFound', j.personalKinds.map(kindLabel).join(', '))}</p>
            <p>{t('checkPersonalAdvice')}</p>
            {action('hidden', t('actionHidden'))} {action('personal-data-handled', t('actionPersonalHandled'))}
          </>
        ) : (
          <p>{t('checkPersonalNone')}</p>
        )}
      </li>
      {j.political.political && (
        <li data-check="political">
          <strong>{t('checkPoliticalTitle')}</strong>
          <p>{t('checkPoliticalTerms', j.political.terms.join(', '))}</p>
          <ol>
            <li>{t('checkPoliticalReminder1')}</li>
            <li>{t('checkPoliticalReminder2')}</li>
            <li>{t('checkPoliticalReminder3')}</li>
            <li>{t('checkPoliticalReminder4')}</li>
          </ol>
        </li>
      )}
      <li data-check="unlawful">
        <strong>{t('checkUnlawfulTitle')}</strong>
        <p>
          {j.unlawful.flagged
            ? t('checkUnlawfulFlagged', j.unlawful.grounds.map(groundLabel).join(', '))
            : t('checkUnlawfulNone')}
        </p>
        {done('removed') ? (
          action('removed', t('actionRemoved'))
        ) : (
          <div class="remove">
            <label>
              {t('lawGroundLabel')}{' '}
              <select
                data-testid="law-ground"
                value={ground}
                aria-invalid={groundMissing}
                onChange={(e) => setGround((e.target as HTMLSelectElement).value as LawGroundId | '')}
              >
                <option value="">{t('lawGroundChoose')}</option>
                {LAW_GROUND_ORDER.map((g) => (
                  <option key={g} value={g}>
                    {groundLabel(g)}
                  </option>
                ))}
              </select>
            </label>{' '}
            <button type="button" data-testid="action-removed" disabled={busy} onClick={remove}>
              {t('actionRemoved')}
            </button>
            {groundMissing && (
              <p class="error" role="alert">
                {t('lawGroundRequired')}
              </p>
            )}
          </div>
        )}
      </li>
    </ul>
  );
}
