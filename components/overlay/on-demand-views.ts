/**
 * The expanded checklist (with "document and remove" and the why-excerpt). entrypoints/on-demand-ui.ts builds it
 * into a module of its own that the content script fetches as it starts, beside the page's first scan
 * (./lazy.tsx), drawn with the content script's Preact (./preact-parts.ts). Its styles (./views.css) come with it. The page panel's parts stay in the content script: shown as the panel
 * appears, a part arriving a moment later would move the panel's buttons under the moderator's pointer.
 */
import Checklist from './Checklist';
import { providePreact, type PreactParts } from './preact-parts';
import css from './views.css?inline';

export const views = { Checklist };
export type OnDemandViews = typeof views;

/** The module's export: given the content script's Preact, the views drawn with it, and their styles. */
export function createViews(preact: PreactParts): { views: OnDemandViews; css: string } {
  providePreact(preact);
  return { views, css };
}
export type ViewsFactory = typeof createViews;
