/** Draws the overlay's views with Preact into the controller's shadow-root containers. */
import { h, render } from 'preact';
import type { OverlayRenderer } from '../../lib/overlay/types';
import CommentOverlay from './CommentOverlay';
import PagePanel from './PagePanel';

export const preactRenderer: OverlayRenderer = {
  comment: (target, view) => render(h(CommentOverlay, view), target),
  panel: (target, state) => render(h(PagePanel, { state }), target),
  clear: (target) => render(null, target),
};
