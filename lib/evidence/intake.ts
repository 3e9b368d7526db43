/**
 * The background's side of a capture: what a content script sent is checked before anything is kept.
 * The PNG must be a PNG of the size it claims; the digests are computed here, never taken from the
 * sender; the bytes go to the evidence store and the record names them by digest. Anything that does
 * not hold is not kept, and the record says why (`render-failed`), so a record never names a file
 * that is not there.
 */
import type { EvidenceInput } from '../messaging/protocol';
import type { Evidence, EvidenceFailure } from '../model';
import type { Db } from '../store/db';
import { base64ToBytes } from '../util/base64';
import { MAX_FRAGMENT_BYTES, MAX_PICTURE_BYTES } from './limits';
import { pngSize } from './png';
import { keepEvidence } from './store';

export async function takeEvidence(db: Db, input: EvidenceInput | undefined, capture: { capturedAt: string; url: string }): Promise<Evidence> {
  const evidence: Evidence = { ...capture };
  if (!input) return evidence;
  let failure: EvidenceFailure | undefined = input.failure;
  if (input.picture) {
    const bytes = base64ToBytes(input.picture.base64);
    const size = pngSize(bytes);
    if (!size || size.width !== input.picture.width || size.height !== input.picture.height || bytes.byteLength > MAX_PICTURE_BYTES) {
      failure ??= 'render-failed';
    } else {
      const sha256 = await keepEvidence(db, 'image/png', bytes, capture.capturedAt);
      evidence.screenshot = { mediaType: 'image/png', sha256, size: bytes.byteLength, width: size.width, height: size.height, scale: input.picture.scale };
    }
  }
  if (input.html) {
    const bytes = new TextEncoder().encode(input.html);
    if (bytes.byteLength > MAX_FRAGMENT_BYTES) failure ??= 'too-large';
    else evidence.html = { mediaType: 'text/html', sha256: await keepEvidence(db, 'text/html', bytes, capture.capturedAt), size: bytes.byteLength };
  }
  if (failure) evidence.failure = failure;
  return evidence;
}
