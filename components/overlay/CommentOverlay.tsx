import { formatDateTime, t } from '../../lib/i18n';
import { FAILURE_KEYS } from '../../lib/evidence/labels';
import { isolate } from '../../lib/util/unicode';
import type { CommentView } from '../../lib/overlay/types';
import ErrorMessage from '../ErrorMessage';
import WipeNotice from '../store/WipeNotice';
import Checklist from './Checklist';
import IdentityNotice from './IdentityNotice';

export type Props = CommentView;

/** The moderation bar beside one comment: a badge per open finding, archive, and the checklist. */
export default function CommentOverlay(props: Props) {
  const { authorName, state, status, badges, items, expanded } = props;
  // The author's name sits inside our sentences: isolated, so a right-to-left name cannot reorder them.
  const name = isolate(authorName);
  const label = authorName ? t('overlayLabel', name) : t('overlayLabelNoAuthor');
  const archived = status.archived;
  // Nothing is recorded for a comment whose identity is in doubt until the moderator has checked it.
  const blocked = props.identity === 'in-doubt';
  const busy = state.kind === 'busy' || state.kind === 'unknown' || blocked;
  return (
    <section class="bar" aria-label={label} data-state={state.kind}>
      <div class="row">
        <button
          type="button"
          class="toggle"
          data-testid="toggle"
          aria-expanded={expanded}
          aria-label={t('toggleChecklist', name)}
          onClick={props.onToggle}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> MS
        </button>
        {badges.map((badge) => (
          <span key={badge.check} class={`badge ${badge.tone}`} data-testid={`badge-${badge.check}`}>
            {badge.text}
          </span>
        ))}
        {archived && (
          <span class="archived" data-testid="archived">
            ✓{' '}
            {archived.registrationNumber
              ? t('archivedWithNumber', archived.registrationNumber)
              : t('archivedAt', formatDateTime(archived.occurredAt))}
          </span>
        )}
        {archived && props.edited && (
          <span class="notice-inline" data-testid="edited">
            {t('editedSinceArchive')}
          </span>
        )}
        {(!archived || props.edited) && (
          <button
            type="button"
            class="archive"
            data-testid={archived ? 'archive-new-version' : 'archive'}
            aria-label={authorName && !archived ? t('archiveButtonLabel', name) : undefined}
            disabled={busy}
            onClick={(e) => props.onAction(e, 'archived')}
          >
            {state.kind === 'busy' && state.action === 'archived' ? t('archiving') : archived ? t('archiveNewVersion') : t('archiveButton')}
          </button>
        )}
      </div>
      {props.identity !== 'ok' && (
        <IdentityNotice checked={props.identity === 'checked'} onConfirm={props.onConfirmIdentity} />
      )}
      {state.kind === 'error' && <ErrorMessage error={state.error} />}
      {props.evidenceFailure && (
        <p class="notice" role="status" data-testid="evidence-failure">
          {t('evidenceMissingNow', [t(FAILURE_KEYS[props.evidenceFailure])])}
        </p>
      )}
      {props.wiped && <WipeNotice wipe={props.wiped} />}
      {expanded && (
        <Checklist
          items={items}
          recorded={status.kinds}
          busy={busy}
          onAction={props.onAction}
          accept={props.accept}
          removal={{
            documenting: props.documenting,
            removalHelp: props.removalHelp,
            onStartDocument: props.onStartDocument,
            onCancelDocument: props.onCancelDocument,
            ...(archived?.lawGround ? { documentedGround: archived.lawGround } : {}),
          }}
        />
      )}
    </section>
  );
}
