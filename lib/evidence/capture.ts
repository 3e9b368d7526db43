/**
 * "What the moderator saw", captured in the content script on the click: the comment's inert HTML
 * fragment and its picture drawn from that fragment (./fragment.ts, ./picture.ts), ready to send to
 * the background. A capture that fails still lets the record be made with the text: it then says why
 * (`failure`), and the overlay tells the moderator.
 */
import type { EvidenceInput } from '../messaging/protocol';
import type { EvidenceFailure } from '../model';
import { buildFragment, CaptureError, fragmentDocument, type FragmentOptions } from './fragment';
import { MAX_FRAGMENT_BYTES, MAX_PICTURE_BYTES } from './limits';
import { drawFragment } from './picture';

export interface Captured {
  input: EvidenceInput;
  /** The picture as a data URL, for showing it before "Document and remove" records. */
  preview?: string;
}

const failureOf = (error: unknown): EvidenceFailure => (error instanceof CaptureError ? error.code : 'render-failed');

export async function captureComment(element: Element, options: FragmentOptions & { url: string; now: () => Date }): Promise<Captured> {
  let fragment;
  try {
    fragment = buildFragment(element, options);
  } catch (error) {
    return { input: { failure: failureOf(error) } };
  }
  const input: EvidenceInput = {};
  const html = fragmentDocument(fragment, { url: options.url, capturedAt: options.now().toISOString() });
  if (new TextEncoder().encode(html).byteLength <= MAX_FRAGMENT_BYTES) input.html = html;
  else input.failure = 'too-large';
  let preview: string | undefined;
  try {
    const doc = element.ownerDocument;
    let picture = await drawFragment(doc, fragment);
    // A picture too heavy to send is drawn again at a smaller scale, down to one pixel per CSS pixel.
    while (picture.size > MAX_PICTURE_BYTES && picture.scale > 1) picture = await drawFragment(doc, fragment, Math.max(1, picture.scale * 0.7));
    if (picture.size > MAX_PICTURE_BYTES) throw new CaptureError('too-large');
    const base64 = picture.base64;
    input.picture = { base64, width: picture.width, height: picture.height, scale: Math.round(picture.scale * 1000) / 1000 };
    preview = `data:image/png;base64,${base64}`;
  } catch (error) {
    // Said in the console for whoever diagnoses it; the moderator is told the plain reason.
    console.warn('[modereringsstod] the picture of a comment could not be drawn', error);
    input.failure ??= failureOf(error);
  }
  return { input, ...(preview ? { preview } : {}) };
}
