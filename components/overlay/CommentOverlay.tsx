import type { Judgement, OpenItems } from '../../lib/checks';
import { formatDateTime, t } from '../../lib/i18n';
import type { ErrorCode, SubjectStatus } from '../../lib/messaging/protocol';
import type { ActionKind, LawGroundId } from '../../lib/model';
import ErrorMessage from '../ErrorMessage';
import Checklist from './Checklist';
import { groundLabel } from './labels';

export type OverlayState =
  | { kind: 'unknown' }
  | { kind: 'idle' }
  | { kind: 'busy'; action: ActionKind }
  | { kind: 'archived' }
  | { kind: 'error'; error: ErrorCode };

export interface Props {
  authorName: string;
  state: OverlayState;
  status: SubjectStatus;
  judgement: Judgement;
  open: OpenItems;
  expanded: boolean;
  onToggle: () => void;
  onAction: (kind: ActionKind, lawGround?: LawGroundId) => void;
}

/** The moderation bar beside one comment: badges for what needs doing, archive, and the checklist. */
export default function CommentOverlay(props: Props) {
  const { authorName, state, status, judgement: j, open, expanded } = props;
  const label = authorName ? t('overlayLabel', authorName) : t('overlayLabelNoAuthor');
  const archived = status.archived;
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
        {open.replyDue && (
          <span class={open.overdue ? 'badge overdue' : 'badge reply'} data-testid="badge-reply">
            {j.reply.dueAt
              ? t(open.overdue ? 'badgeReplyOverdue' : 'badgeReplyDue', formatDateTime(j.reply.dueAt))
              : t('badgeReplyDueNoTime')}
          </span>
        )}
        {j.personalKinds.length > 0 && (
          <span class="badge pd" data-testid="badge-personal-data">
            {t('badgePersonalData')}
          </span>
        )}
        {j.political.political && (
          <span class="badge pol" data-testid="badge-political">
            {t('badgePolitical')}
          </span>
        )}
        {j.unlawful.flagged && (
          <span class="badge unlawful" data-testid="badge-unlawful">
            {t('badgeUnlawful', j.unlawful.grounds.map(groundLabel).join(', '))}
          </span>
        )}
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
            disabled={state.kind === 'busy' || state.kind === 'unknown'}
            onClick={() => props.onAction('archived')}
          >
            {state.kind === 'busy' && state.action === 'archived' ? t('archiving') : t('archiveButton')}
          </button>
        )}
      </div>
      {state.kind === 'error' && <ErrorMessage error={state.error} />}
      {expanded && (
        <Checklist judgement={j} status={status} busy={state.kind === 'busy' || state.kind === 'unknown'} onAction={props.onAction} />
      )}
    </section>
  );
}
