import { formatDateTime, t } from '../../lib/i18n';
import type { CommentView } from '../../lib/overlay/types';
import ErrorMessage from '../ErrorMessage';
import WipeNotice from '../store/WipeNotice';
import Checklist from './Checklist';

export type Props = CommentView;

/** The moderation bar beside one comment: a badge per open finding, archive, and the checklist. */
export default function CommentOverlay(props: Props) {
  const { authorName, state, status, badges, items, expanded } = props;
  const label = authorName ? t('overlayLabel', authorName) : t('overlayLabelNoAuthor');
  const archived = status.archived;
  const busy = state.kind === 'busy' || state.kind === 'unknown';
  return (
    <section class="bar" aria-label={label} data-state={state.kind}>
      <div class="row">
        <button
          type="button"
          class="toggle"
          data-testid="toggle"
          aria-expanded={expanded}
          aria-label={t('toggleChecklist', authorName)}
          onClick={props.onToggle}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> MS
        </button>
        {badges.map((badge) => (
          <span key={badge.check} class={`badge ${badge.tone}`} data-testid={`badge-${badge.check}`}>
            {badge.text}
          </span>
        ))}
        {archived ? (
          <span class="archived" data-testid="archived">
            ✓{' '}
            {archived.registrationNumber
              ? t('archivedWithNumber', archived.registrationNumber)
              : t('archivedAt', formatDateTime(archived.occurredAt))}
          </span>
        ) : (
          <button
            type="button"
            class="archive"
            data-testid="archive"
            aria-label={authorName ? t('archiveButtonLabel', authorName) : undefined}
            disabled={busy}
            onClick={() => props.onAction('archived')}
          >
            {state.kind === 'busy' && state.action === 'archived' ? t('archiving') : t('archiveButton')}
          </button>
        )}
      </div>
      {state.kind === 'error' && <ErrorMessage error={state.error} />}
      {props.wiped && <WipeNotice wipe={props.wiped} />}
      {expanded && <Checklist items={items} recorded={status.kinds} busy={busy} onAction={props.onAction} />}
    </section>
  );
}
