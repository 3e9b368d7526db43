import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTimeLong, t } from '../../lib/i18n';
import { RECORD_KEYS, STATE_KEYS } from '../../lib/records/labels';
import type { RecordRow } from '../../lib/records/rows';
import { FAILURE_KEYS } from '../../lib/evidence/labels';

export interface Props {
  row: RecordRow;
  onClose: () => void;
  /** An evidence file's bytes by digest (checked against it), or null when it is not in this browser. */
  evidence?: (sha256: string) => Promise<Uint8Array | null>;
}

type Loaded = { picture: string | null; fragment: string | null; missing: boolean };

/** The record's picture (as an object URL) and fragment (as text), read from the evidence store. */
function useEvidence(r: RecordRow['record'], read: Props['evidence']): Loaded | null {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    setLoaded(null);
    const shot = r.evidence?.screenshot;
    const html = r.evidence?.html;
    if (!shot && !html) return;
    let live = true;
    let url: string | null = null;
    void (async () => {
      const bytesOf = async (file: { sha256: string; base64?: string } | undefined) =>
        file ? (file.base64 ? Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)) : ((await read?.(file.sha256).catch(() => null)) ?? null)) : null;
      const [png, fragment] = await Promise.all([bytesOf(shot), bytesOf(html)]);
      if (!live) return;
      url = png ? URL.createObjectURL(new Blob([png as BlobPart], { type: 'image/png' })) : null;
      setLoaded({ picture: url, fragment: fragment ? new TextDecoder().decode(fragment) : null, missing: (!!shot && !png) || (!!html && !fragment) });
    })();
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [r, read]);
  return loaded;
}

/**
 * One record in full, as text: page strings are never markup here. The evidence screenshot is shown as
 * an image from the record's own bytes; the record's hash is checked again when it opens.
 */
export default function RecordDetail({ row, onClose, evidence }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [whole, setWhole] = useState<boolean | null>(null);
  const r = row.record;

  useEffect(() => {
    heading.current?.focus();
    setWhole(null);
    let live = true;
    // The integrity code (canonical JSON, hashing) loads when a record is first opened.
    void import('../../lib/store/integrity').then(({ verifyRecord }) => verifyRecord(r)).then((ok) => live && setWhole(ok));
    return () => {
      live = false;
    };
  }, [r]);

  const shot = r.evidence?.screenshot;
  const files = useEvidence(r, evidence);
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
        {field(t('recordsStateLabel'), row.registration
            ? row.registration.sameSubjectAs
              ? t('recordsSameSubjectAs', row.registration.registrationNumber)
              : t('recordsRegisteredAs', row.registration.registrationNumber)
            : t(STATE_KEYS[row.state]), 'detail-state')}
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
        {field(t('recordsSupersedes'), r.supersedes, 'detail-supersedes')}
        {field(t('recordsRefersTo'), r.refersTo)}
        {field(t('recordsEvidenceFailure'), r.evidence?.failure ? t(FAILURE_KEYS[r.evidence.failure]) : undefined, 'detail-evidence-failure')}
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
      {shot && files?.picture && (
        <figure>
          <img src={files.picture} alt={t('recordsScreenshotAlt')} data-testid="detail-screenshot" />
          <figcaption>{t('recordsScreenshotCaption', [r.evidence!.url, shot.sha256])}</figcaption>
        </figure>
      )}
      {files?.fragment && (
        <details data-testid="detail-fragment">
          <summary>{t('recordsFragment', r.evidence!.html!.sha256)}</summary>
          {/* The fragment's source as text: page markup is never rendered live here. */}
          <pre>{files.fragment}</pre>
        </details>
      )}
      {files?.missing && (
        <p class="error" data-testid="detail-evidence-missing">
          {t('recordsEvidenceMissing')}
        </p>
      )}
      <button type="button" onClick={onClose} data-testid="detail-close">
        {t('recordsClose')}
      </button>
    </section>
  );
}
