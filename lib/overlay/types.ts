/**
 * The overlay's view models: what the controller hands to the renderer. Data and callbacks only, so
 * the controller stays free of any UI library and the components render whatever the checks define.
 */
import type { Badge, ChecklistItem } from '../checks';
import type { MessageKey } from '../i18n';
import type { ErrorCode, StoreWipe, SubjectStatus } from '../messaging/protocol';
import type { ActionKind, LawGroundId } from '../model';

export type OverlayState =
  | { kind: 'unknown' }
  | { kind: 'idle' }
  | { kind: 'busy'; action: ActionKind }
  | { kind: 'archived' }
  | { kind: 'error'; error: ErrorCode };

/** The bar beside one comment. */
export interface CommentView {
  authorName: string;
  state: OverlayState;
  status: SubjectStatus;
  badges: readonly (Badge & { check: string })[];
  items: readonly (ChecklistItem & { check: string })[];
  expanded: boolean;
  /** Earlier local records were wiped: told with the action result that found out. */
  wiped?: StoreWipe;
  onToggle: () => void;
  onAction: (kind: ActionKind, lawGround?: LawGroundId) => void;
}

/** One count of the page panel, in the checks' order. */
export interface PanelCount {
  key: string;
  label: MessageKey;
  value: number;
}

export type PanelState =
  | { kind: 'counts'; counts: readonly PanelCount[] }
  | { kind: 'quiet'; onShow: () => void }
  | { kind: 'unrecognised'; diagnostics: () => string };

/** Draws the views into our own shadow-root containers (components/overlay/render.ts). */
export interface OverlayRenderer {
  comment(target: Element, view: CommentView): void;
  panel(target: Element, state: PanelState): void;
  clear(target: Element): void;
}
