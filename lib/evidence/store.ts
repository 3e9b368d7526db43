/**
 * Evidence files in their own IndexedDB store, keyed by the SHA-256 of their bytes: a record names its
 * picture and fragment by digest, the log stays small, and the same bytes are kept once.
 */
import { sha256Hex } from '../store/integrity';
import type { Db } from '../store/db';
import type { EvidenceFile } from '../store/schema';

export type EvidenceKind = EvidenceFile['mediaType'];

/** Keeps bytes under their digest (already kept: left as they are) and returns the digest. */
export async function keepEvidence(db: Db, mediaType: EvidenceKind, bytes: Uint8Array, at: string): Promise<string> {
  const sha256 = await sha256Hex(bytes);
  const tx = db.transaction('evidence', 'readwrite');
  if (!(await tx.store.getKey(sha256))) await tx.store.put({ sha256, mediaType, bytes, storedAt: at });
  await tx.done;
  return sha256;
}

/** The bytes kept under a digest, checked against it (a file changed in the store is not returned). */
export async function evidenceBytes(db: Db, sha256: string): Promise<Uint8Array | null> {
  const file = await db.get('evidence', sha256);
  if (!file) return null;
  const bytes = file.bytes instanceof Uint8Array ? file.bytes : new Uint8Array(file.bytes as ArrayBufferLike);
  return (await sha256Hex(bytes)) === sha256 ? bytes : null;
}
