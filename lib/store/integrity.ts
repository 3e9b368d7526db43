/**
 * The integrity chain: each record's `integrity.sha256` is SHA-256 over the RFC 8785 canonical JSON of
 * the record with `integrity` reduced to `{ prev }`, and `prev` is the previous record's hash. An edited,
 * removed or reordered record therefore breaks every hash after it. Evidence files are bound by their
 * own SHA-256 inside the record; their bytes (base64, present only on the way to the registry) are not
 * part of the hashed text.
 */
import canonicalize from 'canonicalize';
import type { ModerationRecord } from '../model';
import { wellFormedDeep } from '../util/unicode';

export type UnsealedRecord = Omit<ModerationRecord, 'integrity'>;

export { sha256Hex, toHex } from '../util/hash';
import { sha256Hex } from '../util/hash';

/** A record as hashed: the evidence files' bytes (`base64`, only ever added for sending) left out. */
function withoutBytes(record: UnsealedRecord): UnsealedRecord {
  const evidence = record.evidence;
  if (!evidence || (!evidence.screenshot?.base64 && !evidence.html?.base64)) return record;
  const strip = <T extends { base64?: string }>(file: T | undefined): Omit<T, 'base64'> | undefined => {
    if (!file) return undefined;
    const { base64: _bytes, ...rest } = file;
    return rest;
  };
  return {
    ...record,
    evidence: {
      ...evidence,
      ...(evidence.screenshot ? { screenshot: strip(evidence.screenshot) } : {}),
      ...(evidence.html ? { html: strip(evidence.html) } : {}),
    } as typeof evidence,
  };
}

function hashInput(record: UnsealedRecord, prev: string | null): string {
  const text = canonicalize({ ...withoutBytes(record), integrity: { prev } });
  if (text === undefined) throw new Error('record cannot be serialised');
  return text;
}

/**
 * Chains a record onto `prev`. Its strings are made well-formed first (lone surrogates become U+FFFD):
 * RFC 8785 forbids them, TextEncoder would hash U+FFFD anyway, and the registry must get what was hashed.
 */
export async function seal(record: UnsealedRecord, prev: string | null): Promise<ModerationRecord> {
  const clean = wellFormedDeep(record);
  return { ...clean, integrity: { sha256: await sha256Hex(hashInput(clean, prev)), prev } };
}

/** Whether one record's hash matches its content and the `prev` link it names (it was not edited). */
export async function verifyRecord(record: ModerationRecord): Promise<boolean> {
  const { integrity, ...rest } = record;
  return (await sha256Hex(hashInput(rest, integrity.prev))) === integrity.sha256;
}

export type ChainProblem = { index: number; id: string; problem: 'hash-mismatch' | 'broken-link' };

const HEAD_1 = 'culled-head-1:';
const HEAD_2 = 'culled-head-2:';

/** The `checks` a `culled` record names the hash of the last culled record with (64 characters each at most). */
export function culledHeadChecks(sha256: string): string[] {
  return [`${HEAD_1}${sha256.slice(0, 32)}`, `${HEAD_2}${sha256.slice(32)}`];
}

/** The hash of the last record a `culled` record says it culled, or null for any other record. */
export function culledHeadOf(record: ModerationRecord): string | null {
  if (record.kind !== 'culled') return null;
  const one = record.checks.find((c) => c.startsWith(HEAD_1))?.slice(HEAD_1.length);
  const two = record.checks.find((c) => c.startsWith(HEAD_2))?.slice(HEAD_2.length);
  return one && two ? one + two : null;
}

/**
 * Where a log's first record may link to: nothing (a log from its beginning), the head a `log-reset`
 * record names (its earlier part was wiped), or the head a later `culled` record names (its oldest part
 * was culled after being handed over).
 */
export function chainStart(first: ModerationRecord | undefined, culledHeads: ReadonlySet<string>): string | null {
  if (!first) return null;
  if (first.kind === 'log-reset') return first.integrity.prev;
  return first.integrity.prev !== null && culledHeads.has(first.integrity.prev) ? first.integrity.prev : null;
}

/**
 * Checks records in log order; returns the first problem found, or null when the chain is whole. A log
 * that begins with a `log-reset` record (its earlier part was wiped) starts from the head that record
 * links to, and one whose oldest part was culled from the head its `culled` record names; anywhere else
 * such records must link like any other (lib/store/wipe.ts, lib/export/retention.ts).
 */
export async function verifyChain(records: readonly ModerationRecord[]): Promise<ChainProblem | null> {
  const culled = new Set(records.map(culledHeadOf).filter((h): h is string => h !== null));
  let prev: string | null = chainStart(records[0], culled);
  for (const [index, record] of records.entries()) {
    const { integrity, ...rest } = record;
    if (integrity.prev !== prev) return { index, id: record.id, problem: 'broken-link' };
    if ((await sha256Hex(hashInput(rest, integrity.prev))) !== integrity.sha256) {
      return { index, id: record.id, problem: 'hash-mismatch' };
    }
    prev = integrity.sha256;
  }
  return null;
}
