/** Registry contract v1 (lib/sync/registry-v1.openapi.yaml): the answers the client accepts. */
import { z } from 'zod';

export const MAX_BATCH = 100;
export const MAX_BATCH_BYTES = 5 * 1024 * 1024;

export const HealthSchema = z.object({ status: z.literal('ok'), version: z.literal('1') });

const Registered = z.object({
  id: z.string(),
  status: z.enum(['registered', 'duplicate']),
  registrationNumber: z.string().min(1).max(128),
});
const Rejected = z.object({ id: z.string(), status: z.literal('rejected'), error: z.string().max(2000) });
export const ResultSchema = z.union([Registered, Rejected]);
export type RecordResult = z.infer<typeof ResultSchema>;

export const RecordsResponseSchema = z.object({ results: z.array(ResultSchema) });
export const ErrorBodySchema = z.object({ error: z.string().max(2000) });
