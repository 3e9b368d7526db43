/** The view model of one comment's bar, built from what the overlay tracks about it. */
import type { CheckRegistry, Judgement } from '../checks';
import type { ActionKind, LawGroundId } from '../model';
import type { Tracked } from './entry';
import { kindsOf } from './kinds';
import type { CommentView } from './types';
import type { MessageKey } from '../i18n';

export interface ViewActions {
  toggle: () => void;
  act: (event: Event, kind: ActionKind, lawGround?: LawGroundId, note?: string) => void;
  startDocument: (event: Event) => void;
  undo: (event: Event) => void;
  answerDouble: (event: Event, archive: boolean) => void;
  cancelDocument: () => void;
  confirmIdentity: (event: Event) => void;
  accept: (event: Event) => boolean;
}

export function commentView(entry: Tracked, judgement: Judgement, checks: CheckRegistry, actions: ViewActions, removalHelp: MessageKey): CommentView {
  // The office's view: what a colleague recorded counts as done here too.
  const recorded = kindsOf(entry);
  // What is left to do about the comment: its open counts, an overdue reply counted once (it is a reply due).
  const open = checks.open(judgement, recorded);
  const todo = open.size - (open.has('overdue') && open.has('replyDue') ? 1 : 0);
  return {
    authorName: entry.comment.authorName,
    state: entry.state,
    status: entry.status,
    identity: entry.comment.idCollision ? (entry.identityChecked ? 'checked' : 'in-doubt') : 'ok',
    badges: checks.badges(judgement, recorded),
    items: entry.expanded ? checks.checklist(judgement, recorded) : [],
    expanded: entry.expanded,
    ...(entry.wiped ? { wiped: entry.wiped } : {}),
    edited: entry.edited === true,
    ...(entry.documenting
      ? {
          documenting:
            entry.documenting.phase === 'confirm'
              ? { phase: 'confirm' as const, ...(entry.documenting.preview ? { preview: entry.documenting.preview } : {}), ...(entry.documenting.evidence.failure ? { failure: entry.documenting.evidence.failure } : {}) }
              : { phase: 'capturing' as const },
        }
      : {}),
    ...(entry.evidenceFailure ? { evidenceFailure: entry.evidenceFailure } : {}),
    removalHelp,
    colleagues: entry.colleagues ?? [],
    recorded,
    todo,
    confirmDouble: entry.confirmDouble === true,
    onAnswerDouble: actions.answerDouble,
    onToggle: actions.toggle,
    onAction: actions.act,
    onStartDocument: actions.startDocument,
    onUndo: actions.undo,
    onCancelDocument: actions.cancelDocument,
    onConfirmIdentity: actions.confirmIdentity,
    accept: actions.accept,
  };
}
