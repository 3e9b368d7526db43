/**
 * The expanded checklist (with "document and remove" and the why-excerpt). entrypoints/on-demand-ui.ts builds it
 * into a module of its own that the content script fetches as it starts, beside the page's first scan
 * (./lazy.tsx), drawn with the content script's Preact (./preact-parts.ts). Its styles (./views.css) come with it.
 * Also the page panel's parts that few pages show (an about view's base information, the office's own posts' reminders,
 * the thread archive, comments gone after the moderator acted; their styles are ./panel-parts.css), and a bar's notices after a click (something went wrong; a colleague archived the comment
 * already), styled by overlay.css. The panel's counts and buttons stay in the content script: shown as the
 * panel appears, a part arriving a moment later would move them under the moderator's pointer.
 */
import ErrorMessage from '../ErrorMessage';
import BaseInfoPanel from './BaseInfoPanel';
import Checklist from './Checklist';
import ConfirmDouble from './ConfirmDouble';
import EvidenceFailureNotice from './EvidenceFailureNotice';
import GoneList from './GoneList';
import OwnPostReminders from './OwnPostReminders';
import { providePreact, type PreactParts } from './preact-parts';
import ThreadArchive from './ThreadArchive';
import panelCss from './panel-parts.css?inline';
import css from './views.css?inline';

export const views = { Checklist, BaseInfoPanel, OwnPostReminders, ThreadArchive, ErrorMessage, EvidenceFailureNotice, ConfirmDouble, GoneList };
export type OnDemandViews = typeof views;

/** The module's export: given the content script's Preact, the views drawn with it, and their styles. */
export function createViews(preact: PreactParts): { views: OnDemandViews; css: string; panelCss: string } {
  providePreact(preact);
  return { views, css, panelCss };
}
export type ViewsFactory = typeof createViews;
