/** Registry contract v1 (lib/sync/registry-v1.openapi.yaml): the answers the client accepts. */
import { z } from 'zod';

export const MAX_BATCH = 100;
export const MAX_BATCH_BYTES = 5 * 1024 * 1024;
/** At most this many subject ids in one `GET /subjects` (v1.1). */
export const MAX_SUBJECT_IDS = 200;

/**
 * v1.1 capabilities a registry may list in `/health`: `subjects` (the office's actions on comments) and
 * `rounds` (the office's monitoring rounds). A v1 registry lists none and is never asked for them.
 */
export const CAPABILITIES = ['subjects', 'rounds'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.literal('1'),
  // Unknown names are ignored and a malformed list counts as none: the registry then works as v1.
  capabilities: z.array(z.string()).optional().catch(undefined),
});

const Registered = z.object({
  id: z.string(),
  status: z.enum(['registered', 'duplicate', 'duplicate-subject']),
  registrationNumber: z.string().min(1).max(128),
  /** v1.1, with `duplicate-subject`: the record that was registered for the subject first. */
  duplicateOf: z.string().max(128).optional(),
});
const Rejected = z.object({ id: z.string(), status: z.literal('rejected'), error: z.string().max(2000) });
export const ResultSchema = z.union([Registered, Rejected]);
export type RecordResult = z.infer<typeof ResultSchema>;

export const RecordsResponseSchema = z.object({ results: z.array(ResultSchema) });
export const ErrorBodySchema = z.object({ error: z.string().max(2000) });

const isoDateTime = z.string().datetime({ offset: true });
const moderator = z.object({ name: z.string().max(256), id: z.string().max(128).optional() });

/** v1.1 `GET /subjects`: one of the office's records about a comment, as the registry holds it. */
export const OfficeActionSchema = z.object({
  recordId: z.string().min(1).max(128),
  kind: z.string().min(1).max(64),
  occurredAt: isoDateTime,
  moderator,
  registrationNumber: z.string().min(1).max(128),
  /** For a `retracted` record: the record it takes back. */
  refersTo: z.string().max(128).optional(),
});
export type OfficeAction = z.infer<typeof OfficeActionSchema>;
export const SubjectsResponseSchema = z.object({ subjects: z.record(z.string(), z.array(OfficeActionSchema).max(500)) });

/** v1.1 `GET /rounds`: one monitoring-round record of the office. */
export const OfficeRoundSchema = z.object({
  recordId: z.string().min(1).max(128),
  scheduledAt: isoDateTime,
  status: z.enum(['done', 'late', 'missed']),
  occurredAt: isoDateTime,
  moderator,
  registrationNumber: z.string().min(1).max(128),
});
export type OfficeRound = z.infer<typeof OfficeRoundSchema>;
export const RoundsResponseSchema = z.object({ rounds: z.array(OfficeRoundSchema).max(5000) });
