/** The view model of one comment's bar, built from what the overlay tracks about it. */
import type { CheckRegistry, Judgement } from '../checks';
import type { ActionKind, LawGroundId } from '../model';
import type { Tracked } from './entry';
import type { CommentView } from './types';

export interface ViewActions {
  toggle: () => void;
  act: (event: Event, kind: ActionKind, lawGround?: LawGroundId) => void;
  confirmIdentity: (event: Event) => void;
  accept: (event: Event) => boolean;
}

export function commentView(entry: Tracked, judgement: Judgement, checks: CheckRegistry, actions: ViewActions): CommentView {
  const recorded = entry.status.kinds;
  return {
    authorName: entry.comment.authorName,
    state: entry.state,
    status: entry.status,
    identity: entry.comment.idCollision ? (entry.identityChecked ? 'checked' : 'in-doubt') : 'ok',
    badges: checks.badges(judgement, recorded),
    items: checks.checklist(judgement, recorded),
    expanded: entry.expanded,
    ...(entry.wiped ? { wiped: entry.wiped } : {}),
    onToggle: actions.toggle,
    onAction: actions.act,
    onConfirmIdentity: actions.confirmIdentity,
    accept: actions.accept,
  };
}
