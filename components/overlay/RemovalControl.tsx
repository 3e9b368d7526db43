import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import { groundHelp, groundLabel } from '../../lib/checks/labels';
import { LAW_GROUND_ORDER } from '../../lib/checks/law-grounds';
import type { ActionKind, LawGroundId } from '../../lib/model';
import type { CommentView } from '../../lib/overlay/types';
import { FAILURE_KEYS } from '../../lib/evidence/labels';

export interface Props {
  /** Grounds the check suggests; the first is preselected. */
  suggested: readonly LawGroundId[];
  busy: boolean;
  /** Action kinds already in the log for this comment. */
  recorded: readonly ActionKind[];
  documenting: CommentView['documenting'];
  /** The ground the `documented` record names (the removal repeats it). */
  documentedGround?: LawGroundId;
  /** How to remove a comment on this site (from the site's definition). */
  removalHelp: MessageKey;
  onStart: (event: Event) => void;
  onCancel: () => void;
  onAction: (event: Event, kind: ActionKind, lawGround?: LawGroundId, note?: string) => void;
  /** True for an event a person caused: a script cannot choose the legal ground. */
  accept: (event: Event) => boolean;
}

/**
 * "Document and remove", in three steps: capture the comment; show the picture with the legal ground
 * (BBS-lagen 5 §) for confirmation and record `documented` (refused without a ground); then tell how
 * to remove the comment on this site and record `removed` when the moderator says it is done.
 */
export default function RemovalControl(props: Props) {
  const { suggested, busy, recorded, documenting, accept } = props;
  const [ground, setGround] = useState<LawGroundId | ''>(suggested[0] ?? '');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);

  if (recorded.includes('removed')) {
    return (
      <p class="done" data-testid="done-removed">
        ✓ {t('removalDone')}
      </p>
    );
  }

  if (recorded.includes('documented')) {
    const chosen = props.documentedGround ?? (ground || undefined);
    return (
      <div class="remove" data-testid="removal-step">
        <p class="done" data-testid="done-documented">
          ✓ {t('documentedDone')}
        </p>
        <p data-testid="removal-help">{t(props.removalHelp)}</p>
        <label class="stack">
          {t('removalMessageLabel')}
          <textarea readOnly rows={3} data-testid="removal-message" value={t('removalMessage', [chosen ? groundLabel(chosen) : t('removalMessageRules')])} />
        </label>
        <button type="button" data-testid="action-removed" disabled={busy || !chosen} onClick={(e) => chosen && props.onAction(e, 'removed', chosen)}>
          {t('removalConfirm')}
        </button>
      </div>
    );
  }

  if (!documenting) {
    return (
      <div class="remove">
        <button type="button" data-testid="action-document" disabled={busy} onClick={(e) => accept(e) && props.onStart(e)}>
          {t('actionRemoved')}
        </button>
      </div>
    );
  }

  if (documenting.phase === 'capturing') {
    return (
      <p class="remove" role="status" data-testid="document-capturing">
        {t('documentCapturing')}
      </p>
    );
  }

  function confirm(event: Event) {
    if (!accept(event)) return;
    if (!ground) {
      setMissing(true);
      return;
    }
    setMissing(false);
    props.onAction(event, 'documented', ground, note.trim() || undefined);
  }

  return (
    <div class="remove document" data-testid="document-confirm">
      <p>{t('documentConfirmIntro')}</p>
      {documenting.preview ? (
        <img class="preview" src={documenting.preview} alt={t('documentPreviewAlt')} data-testid="document-preview" />
      ) : (
        <p class="error" data-testid="document-no-picture">
          {t('evidenceMissingNow', [t(FAILURE_KEYS[documenting.failure ?? 'render-failed'])])}
        </p>
      )}
      <label>
        {t('lawGroundLabel')}{' '}
        <select
          data-testid="law-ground"
          value={ground}
          aria-invalid={missing}
          aria-describedby="law-ground-help"
          onChange={(e) => {
            const select = e.target as HTMLSelectElement;
            // A script's change is undone: the select shows the ground a person chose.
            if (accept(e)) setGround(select.value as LawGroundId | '');
            else select.value = ground;
          }}
        >
          <option value="">{t('lawGroundChoose')}</option>
          {LAW_GROUND_ORDER.map((g) => (
            <option key={g} value={g}>
              {groundLabel(g)}
            </option>
          ))}
        </select>
      </label>
      <p class="hint" id="law-ground-help" data-testid="law-ground-help">
        {groundHelp(ground)}
      </p>
      <label class="stack">
        {t('documentNoteLabel')}
        <input
          type="text"
          maxLength={4000}
          data-testid="document-note"
          value={note}
          onInput={(e) => {
            const input = e.target as HTMLInputElement;
            if (accept(e)) setNote(input.value);
            else input.value = note;
          }}
        />
      </label>
      <button type="button" data-testid="action-documented" disabled={busy} onClick={(e) => confirm(e)}>
        {t('documentConfirm')}
      </button>{' '}
      <button type="button" class="secondary" data-testid="document-cancel" disabled={busy} onClick={(e) => accept(e) && props.onCancel()}>
        {t('documentCancel')}
      </button>
      {missing && (
        <p class="error" role="alert">
          {t('lawGroundRequired')}
        </p>
      )}
    </div>
  );
}
