import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTimeLong, t } from '../../lib/i18n';
import { RECORD_KEYS, STATE_KEYS } from '../../lib/records/labels';
import type { RecordRow } from '../../lib/records/rows';
import { verifyRecord } from '../../lib/store/integrity';

export interface Props {
  row: RecordRow;
  onClose: () => void;
}

/**
 * One record in full, as text: page strings are never markup here. The evidence screenshot is shown as
 * an image from the record's own bytes; the record's hash is checked again when it opens.
 */
export default function RecordDetail({ row, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [whole, setWhole] = useState<boolean | null>(null);
  const r = row.record;

  useEffect(() => {
    heading.current?.focus();
    setWhole(null);
    let live = true;
    void verifyRecord(r).then((ok) => live && setWhole(ok));
    return () => {
      live = false;
    };
  }, [r]);

  const shot = r.evidence?.screenshot;
  const field = (label: string, value: string | undefined, testid?: string) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd dir="auto" data-testid={testid}>
          {value}
        </dd>
      </>
    ) : null;

  return (
    <section
      class="record-detail"
      aria-labelledby="detail-heading"
      data-testid="record-detail"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id="detail-heading" tabIndex={-1} ref={heading}>
        {t(RECORD_KEYS[r.kind])} · {formatDateTimeLong(r.occurredAt)}
      </h2>
      <p data-testid="detail-integrity" class={whole === false ? 'error' : 'hint'} role={whole === false ? 'alert' : undefined}>
        {whole === null ? t('recordsIntegrityChecking') : whole ? t('recordsIntegrityOk') : t('recordsIntegrityBad')}
      </p>
      <dl>
        {field(t('recordsStateLabel'), row.registration ? t('recordsRegisteredAs', row.registration.registrationNumber) : t(STATE_KEYS[row.state]), 'detail-state')}
        {field(t('recordsRejectedWhy'), row.rejectedError)}
        {field(t('recordsAuthor'), r.subject?.authorName)}
        {field(t('recordsText'), r.subject?.text, 'detail-text')}
        {field(t('recordsPosted'), r.subject?.postedAt ? formatDateTimeLong(r.subject.postedAt) : r.subject?.postedLabel)}
        {field(t('recordsPost'), r.subject?.post.text)}
        {field(t('recordsAccount'), `${r.account.name} (${r.account.platform})`)}
        {field(t('recordsModerator'), r.moderator.name || r.moderator.id)}
        {field(t('optionsOffice'), r.office)}
        {field(t('recordsChecks'), r.checks.join(', '))}
        {field(t('recordsLawGround'), r.lawGround)}
        {field(t('recordsNote'), r.note)}
        {field(t('recordsId'), r.id)}
        {field(t('recordsHash'), r.integrity.sha256)}
      </dl>
      {r.subject?.permalink && (
        <p>
          <a href={r.subject.permalink} target="_blank" rel="noopener noreferrer" data-testid="detail-link">
            {t('recordsOpenComment')}
          </a>
        </p>
      )}
      {shot && (
        <figure>
          <img src={`data:image/png;base64,${shot.base64}`} alt={t('recordsScreenshotAlt')} data-testid="detail-screenshot" />
          <figcaption>{t('recordsScreenshotCaption', [r.evidence!.url, shot.sha256])}</figcaption>
        </figure>
      )}
      <button type="button" onClick={onClose} data-testid="detail-close">
        {t('recordsClose')}
      </button>
    </section>
  );
}
