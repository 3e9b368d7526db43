/**
 * The picture of a comment: its rebuilt fragment (./fragment.ts) drawn by the browser's own layout
 * engine through an SVG `foreignObject` onto a canvas, at the screen's device pixel ratio. No
 * permission is needed (tabs.captureVisibleTab would need `<all_urls>` or an activeTab gesture that a
 * click in the page does not give), the comment is captured whole however tall it is and wherever it
 * is scrolled, and the canvas is never tainted: the fragment loads nothing, so nothing cross-origin
 * is drawn (images are grey boxes, see ./fragment.ts).
 */
import { CaptureError, type Fragment } from './fragment';
import { base64Size } from '../util/base64';

/** Canvas limits every supported browser keeps (Chromium: 16,384 px a side; area well under both). */
const MAX_SIDE = 16_000;
const MAX_AREA = 40_000_000;

export interface Picture {
  /** The PNG as base64 (a string: in Firefox a Blob or buffer made by the page's canvas cannot be read from here). */
  base64: string;
  /** Bytes of the PNG. */
  size: number;
  /** Pixels of the PNG. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel the picture was drawn at (below the screen's only for huge comments). */
  scale: number;
}

/** The largest scale not above `wanted` at which a box of this size fits a canvas. */
export function fittingScale(width: number, height: number, wanted: number): number {
  const bySide = Math.min(MAX_SIDE / width, MAX_SIDE / height);
  const byArea = Math.sqrt(MAX_AREA / (width * height));
  return Math.min(wanted, bySide, byArea);
}

function loadImage(doc: Document, src: string): Promise<HTMLImageElement> {
  const view = doc.defaultView!;
  const image = new view.Image();
  return new Promise((resolve, reject) => {
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the rendered fragment could not be loaded as an image'));
    image.src = src;
  });
}

/** Draws the fragment at `scale` device pixels per CSS pixel (default: the screen's ratio). */
export async function drawFragment(doc: Document, fragment: Fragment, wanted?: number): Promise<Picture> {
  const view = doc.defaultView!;
  const scale = fittingScale(fragment.width, fragment.height, wanted ?? (view.devicePixelRatio || 1));
  // A comment so large that it would be drawn at under a third of a CSS pixel is not readable.
  if (scale < 0.33) throw new CaptureError('too-large');
  const w = Math.ceil(fragment.width);
  const h = Math.ceil(fragment.height);
  const body = new XMLSerializer().serializeToString(fragment.root);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><foreignObject x="0" y="0" width="${w}" height="${h}">${body}</foreignObject></svg>`;
  const image = await loadImage(doc, `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  const canvas = doc.createElement('canvas');
  canvas.width = Math.round(fragment.width * scale);
  canvas.height = Math.round(fragment.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, w, h);
  const url = canvas.toDataURL('image/png');
  const prefix = 'data:image/png;base64,';
  if (!url.startsWith(prefix)) throw new Error('the canvas gave no PNG');
  const base64 = url.slice(prefix.length);
  return { base64, size: base64Size(base64), width: canvas.width, height: canvas.height, scale };
}
