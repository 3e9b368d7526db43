import type { ArchiveStatus, ErrorCode } from '../../lib/messaging';
import { formatDateTime, t } from '../../lib/i18n';
import ErrorMessage from '../ErrorMessage';

export type OverlayState =
  | { kind: 'unknown' }
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'archived'; status: ArchiveStatus }
  | { kind: 'error'; error: ErrorCode };

export interface Props {
  authorName: string;
  state: OverlayState;
  onArchive: () => void;
}

/** The moderation bar placed beside one comment: its archive state and the archive action. */
export default function CommentOverlay({ authorName, state, onArchive }: Props) {
  const label = authorName ? t('overlayLabel', authorName) : t('overlayLabelNoAuthor');
  return (
    <section class="bar" aria-label={label} data-state={state.kind}>
      <span class="brand" aria-hidden="true">
        MS
      </span>
      {state.kind === 'archived' ? (
        <span class="archived" data-testid="archived">
          ✓{' '}
          {state.status.registrationNumber
            ? t('archivedWithNumber', state.status.registrationNumber)
            : t('archivedAt', formatDateTime(state.status.occurredAt))}
        </span>
      ) : (
        <button
          type="button"
          class="archive"
          data-testid="archive"
          aria-label={authorName ? t('archiveButtonLabel', authorName) : undefined}
          disabled={state.kind === 'busy' || state.kind === 'unknown'}
          onClick={onArchive}
        >
          {state.kind === 'busy' ? t('archiving') : t('archiveButton')}
        </button>
      )}
      {state.kind === 'error' && <ErrorMessage error={state.error} />}
    </section>
  );
}
