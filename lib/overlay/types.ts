/**
 * The overlay's view models: what the controller hands to the renderer. Data and callbacks only, so
 * the controller stays free of any UI library and the components render whatever the checks define.
 */
import type { Badge, ChecklistItem } from '../checks';
import type { MessageKey } from '../i18n';
import type { ErrorCode, StoreWipe, SubjectStatus } from '../messaging/protocol';
import type { ActionKind, EvidenceFailure, LawGroundId } from '../model';
import type { ColleagueAction } from '../sync/office';
import type { OwnPostView } from './own-posts';
import type { BaseInfoView } from './base-info';
import type { ThreadView } from './thread-archive';

export type { OwnPostView } from './own-posts';
export type { BaseInfoView } from './base-info';
export type { ThreadTally, ThreadView } from './thread-archive';

export type OverlayState =
  | { kind: 'unknown' }
  | { kind: 'idle' }
  | { kind: 'busy'; action: ActionKind; undo?: true }
  | { kind: 'archived' }
  | { kind: 'error'; error: ErrorCode };

/**
 * Whether the comment is surely the one its id names: `in-doubt` when another comment on the page
 * claims the same id (or its own links disagree), `checked` once the moderator has confirmed it.
 */
export type Identity = 'ok' | 'in-doubt' | 'checked';

/**
 * The bar beside one comment. Every callback that can lead to a record takes the DOM event that caused
 * it: the controller acts only on events the browser marks as a person's (`isTrusted`).
 */
export interface CommentView {
  authorName: string;
  state: OverlayState;
  status: SubjectStatus;
  identity: Identity;
  badges: readonly (Badge & { check: string })[];
  /** The checklist, shown only when expanded: empty while the bar is folded (most bars on a page never open). */
  items: readonly (ChecklistItem & { check: string })[];
  expanded: boolean;
  /** Earlier local records were wiped: told with the action result that found out. */
  wiped?: StoreWipe;
  /** The text on the page is not the text archived: offer "Arkivera ny version". */
  edited: boolean;
  /** "Document and remove" under way: the captured picture waits for the moderator's confirmation. */
  documenting?: { phase: 'capturing' } | { phase: 'confirm'; preview?: string; failure?: EvidenceFailure };
  /** Why the last capture has no picture (the record was made with the text). */
  evidenceFailure?: EvidenceFailure;
  /** How to remove a comment on the comment's site (a locale key from the site's definition). */
  removalHelp: MessageKey;
  /** What colleagues recorded about the comment (from the office's registry). */
  colleagues?: readonly ColleagueAction[];
  /** How many things are left to do about the comment ("3 att göra" on the toggle; ✓ for none). */
  todo?: number;
  /** Action kinds recorded here or by a colleague (default: `status.kinds`). */
  recorded?: readonly ActionKind[];
  /** "Arkivera" was pressed on a comment a colleague archived: ask before archiving it twice. */
  confirmDouble?: boolean;
  /** The answer to that question: archive it again (true) or not. */
  onAnswerDouble?: (event: Event, archive: boolean) => void;
  onToggle: () => void;
  onAction: (event: Event, kind: ActionKind, lawGround?: LawGroundId, note?: string) => void;
  onStartDocument: (event: Event) => void;
  /** "Ångra" the action in `status.undo`. */
  onUndo: (event: Event) => void;
  onCancelDocument: () => void;
  onConfirmIdentity: (event: Event) => void;
  /** True for an event a person caused (a script's synthetic events are refused). */
  accept: (event: Event) => boolean;
}

/** One count of the page panel, in the checks' order. */
export interface PanelCount {
  key: string;
  label: MessageKey;
  value: number;
}

/** An archived comment that left the open post ("borttagen efter arkivering"). */
export interface GoneView {
  key: string;
  authorName: string;
  text: string;
  /** Documented before removal and not yet recorded as removed: the moderator may confirm it now. */
  documented: boolean;
  busy: boolean;
  onConfirmRemoved: (event: Event) => void;
}

/**
 * "Spara anonymiserad sidkopia": saves the page's anonymised copy as a download and returns its file
 * name, or null when nothing was saved (a script's click, an unsupported page).
 */
export type SaveCopy = (event: Event) => Promise<string | null>;

export type PanelState =
  | {
      kind: 'counts';
      counts: readonly PanelCount[];
      saveCopy?: SaveCopy;
      gone?: readonly GoneView[];
      officeUnavailable?: true;
      ownPosts?: readonly OwnPostView[];
      baseInfo?: BaseInfoView;
      /** "Arkivera hela tråden", one per post with comments on the page. */
      threads?: readonly ThreadView[];
    }
  | { kind: 'quiet'; onShow: (event: Event) => void }
  | { kind: 'not-set-up'; onShow: (event: Event) => void; onSetup: (event: Event) => void }
  | { kind: 'unrecognised'; diagnostics?: () => Promise<string>; saveCopy?: SaveCopy };

/** Draws the views into our own shadow-root containers (components/overlay/render.ts). */
export interface OverlayRenderer {
  comment(target: Element, view: CommentView): void;
  panel(target: Element, state: PanelState): void;
  clear(target: Element): void;
}
