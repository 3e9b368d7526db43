/**
 * The overlay's views that a page load seldom needs: the expanded checklist, and the page panel's threads,
 * base information and own-post reminders. entrypoints/on-demand-ui.ts builds them into a module of their
 * own that the content script imports the first time one is shown (./lazy.tsx), drawn with the content
 * script's Preact (./preact-parts.ts). Their styles (./views.css) come with them.
 */
import BaseInfoPanel from './BaseInfoPanel';
import Checklist from './Checklist';
import OwnPostReminders from './OwnPostReminders';
import ThreadArchive from './ThreadArchive';
import { providePreact, type PreactParts } from './preact-parts';
import css from './views.css?inline';

export const views = { Checklist, ThreadArchive, BaseInfoPanel, OwnPostReminders };
export type OnDemandViews = typeof views;

/** The module's export: given the content script's Preact, the views drawn with it, and their styles. */
export function createViews(preact: PreactParts): { views: OnDemandViews; css: string } {
  providePreact(preact);
  return { views, css };
}
export type ViewsFactory = typeof createViews;
