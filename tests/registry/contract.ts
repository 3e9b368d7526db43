/**
 * The request side of registry contract version 1 (lib/sync/registry-v1.openapi.yaml) as the test registry
 * checks it. Records are checked loosely on purpose: a real registry may know more or fewer fields than
 * this client version, and the tests need to send deliberately odd records.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const MAX_RECORDS = 100;
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export const BatchSchema = z.object({
  records: z.array(z.unknown()).min(1, 'records is empty').max(MAX_RECORDS, `more than ${MAX_RECORDS} records`),
});

export const LooseRecordSchema = z.looseObject({
  schema: z.literal('moderation-record/1'),
  id: z.string().uuid(),
  kind: z.string().min(1).max(64),
  occurredAt: z.string().datetime({ offset: true }),
  integrity: z.looseObject({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
});
export type LooseRecord = z.infer<typeof LooseRecordSchema>;

export const MAX_SUBJECT_IDS = 200;

export type RecordResult =
  | { id: string; status: 'registered' | 'duplicate'; registrationNumber: string }
  | { id: string; status: 'duplicate-subject'; registrationNumber: string; duplicateOf: string }
  | { id: string; status: 'rejected'; error: string };

/** Parses a request body into records, or says why the whole batch is refused (answered 400). */
export function parseBatch(body: string): { ok: true; records: LooseRecord[] } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: 'body is not JSON' };
  }
  const batch = BatchSchema.safeParse(json);
  if (!batch.success) return { ok: false, error: `not a record batch: ${z.prettifyError(batch.error)}` };
  const records: LooseRecord[] = [];
  for (const [index, raw] of batch.data.records.entries()) {
    const record = LooseRecordSchema.safeParse(raw);
    if (!record.success) {
      return { ok: false, error: `record ${index} is not a moderation-record/1: ${z.prettifyError(record.error)}` };
    }
    records.push(record.data);
  }
  return { ok: true, records };
}

/**
 * v1.1: evidence files may travel inline (`base64` beside `sha256`); a registry keeps them only when the
 * bytes match the digest the record was sealed with. Returns why a record's evidence is refused, or null.
 */
export function evidenceProblem(record: LooseRecord): string | null {
  const evidence = (record as { evidence?: Record<string, { sha256?: string; base64?: string } | undefined> }).evidence;
  for (const part of ['screenshot', 'html'] as const) {
    const file = evidence?.[part];
    if (!file?.base64) continue;
    const digest = createHash('sha256').update(Buffer.from(file.base64, 'base64')).digest('hex');
    if (digest !== file.sha256) return `evidence.${part} does not match its sha256`;
  }
  return null;
}

/** v1.1: the key of a record's comment (platform + comment id), or null for a record about no comment. */
export function subjectOf(record: LooseRecord): string | null {
  const subject = (record as { subject?: { platform?: unknown; id?: unknown } }).subject;
  return typeof subject?.platform === 'string' && typeof subject.id === 'string' ? `${subject.platform}\u0000${subject.id}` : null;
}

interface Stored {
  id: string;
  registrationNumber: string;
  record: unknown;
}

export interface OfficeAction {
  recordId: string;
  kind: string;
  occurredAt: string;
  moderator: { name: string; id?: string };
  registrationNumber: string;
  refersTo?: string;
}

export interface OfficeRound {
  recordId: string;
  scheduledAt: string;
  status: 'done' | 'late' | 'missed';
  occurredAt: string;
  moderator: { name: string; id?: string };
  registrationNumber: string;
}

type Rec = { kind: string; occurredAt: string; moderator?: { name?: string; id?: string }; refersTo?: string; checks?: unknown };

/** How GET /subjects lists a registered record. */
export function officeAction(stored: Stored): OfficeAction {
  const r = stored.record as Rec;
  return {
    recordId: stored.id,
    kind: r.kind,
    occurredAt: r.occurredAt,
    moderator: { name: r.moderator?.name ?? '', ...(r.moderator?.id ? { id: r.moderator.id } : {}) },
    registrationNumber: stored.registrationNumber,
    ...(r.refersTo ? { refersTo: r.refersTo } : {}),
  };
}

/** How GET /rounds lists a registered `monitoring-round` record (its checks name status and time). */
export function officeRound(stored: Stored): OfficeRound | null {
  const r = stored.record as Rec;
  if (r.kind !== 'monitoring-round' || !Array.isArray(r.checks)) return null;
  const tags = r.checks.filter((c): c is string => typeof c === 'string');
  const status = tags.find((c) => c.startsWith('round:'))?.slice('round:'.length);
  const scheduled = tags.find((c) => c.startsWith('scheduled:'))?.slice('scheduled:'.length);
  if ((status !== 'done' && status !== 'late' && status !== 'missed') || !scheduled || Number.isNaN(Date.parse(scheduled))) return null;
  return {
    recordId: stored.id,
    scheduledAt: scheduled,
    status,
    occurredAt: r.occurredAt,
    moderator: { name: r.moderator?.name ?? '', ...(r.moderator?.id ? { id: r.moderator.id } : {}) },
    registrationNumber: stored.registrationNumber,
  };
}
