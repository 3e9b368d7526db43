/**
 * Records as they travel to the registry (contract v1.1): each evidence file's bytes inlined as base64
 * beside its digest, read from the evidence store only now. A batch is cut before the record that
 * would take it over the size limit, so a batch with pictures stays under 5 MiB; the records left out
 * stay pending and go in the next batch. The first record always goes: one record fits by
 * construction (lib/evidence/limits.ts).
 */
import { evidenceBytes } from '../evidence/store';
import type { ModerationRecord } from '../model';
import type { Db } from '../store/db';
import { bytesToBase64 } from '../util/base64';
import { MAX_BATCH_BYTES } from './contract';

/** The envelope `{"records":[…]}` around the records, in bytes of JSON. */
const ENVELOPE = '{"records":[]}'.length;

const utf8Length = (text: string) => new TextEncoder().encode(text).byteLength;

export async function withEvidence(db: Db, record: ModerationRecord): Promise<ModerationRecord> {
  const evidence = record.evidence;
  if (!evidence?.screenshot && !evidence?.html) return record;
  const inline = async <T extends { sha256: string }>(file: T | undefined): Promise<T | undefined> => {
    if (!file) return undefined;
    const bytes = await evidenceBytes(db, file.sha256);
    // Bytes gone or changed in the store: the record still goes, with the digest it was sealed with.
    return bytes ? { ...file, base64: bytesToBase64(bytes) } : file;
  };
  return {
    ...record,
    evidence: {
      ...evidence,
      ...(evidence.screenshot ? { screenshot: await inline(evidence.screenshot) } : {}),
      ...(evidence.html ? { html: await inline(evidence.html) } : {}),
    },
  };
}

/** The longest prefix of `records`, with their evidence inlined, that fits one batch (at least one). */
export async function wireBatch(db: Db, records: readonly ModerationRecord[], limit = MAX_BATCH_BYTES): Promise<ModerationRecord[]> {
  const out: ModerationRecord[] = [];
  let size = ENVELOPE;
  for (const record of records) {
    const wire = await withEvidence(db, record);
    const bytes = utf8Length(JSON.stringify(wire)) + (out.length > 0 ? 1 : 0);
    if (out.length > 0 && size + bytes > limit) break;
    out.push(wire);
    size += bytes;
  }
  return out;
}
