/**
 * The one protocol between the content script, popup, options and the background: message names,
 * payload schemas and result types. Payloads are parsed with these schemas on arrival (server.ts);
 * failures travel back as `{ ok: false, error }` values rather than exceptions.
 */
import { z } from 'zod';
import { CommentSchema, httpsUrl, PlatformSchema, PostSchema, SiteSchema } from '../model';

export const ErrorCodeSchema = z.enum(['invalid-message', 'storage-failed', 'unavailable', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorCode };

export const ArchiveRequestSchema = z.object({
  site: SiteSchema,
  pageUrl: httpsUrl,
  comment: CommentSchema,
  post: PostSchema.omit({ comments: true }),
});
export type ArchiveRequest = z.infer<typeof ArchiveRequestSchema>;

export const StatusRequestSchema = z.object({
  platform: PlatformSchema,
  commentIds: z.array(z.string().min(1).max(512)).max(5000),
});
export type StatusRequest = z.infer<typeof StatusRequestSchema>;

export const EmptyRequestSchema = z.undefined().or(z.null()).or(z.object({}).strict());

export interface ArchiveStatus {
  recordId: string;
  occurredAt: string;
  registrationNumber?: string;
}

export interface ArchivedItem extends ArchiveStatus {
  authorName: string;
  text: string;
  permalink?: string;
}

export interface Summary {
  day: string;
  archivedToday: number;
  latest: ArchivedItem[];
  localOnly: boolean;
}

export interface ProtocolMap {
  archiveComment(data: ArchiveRequest): Result<{ status: ArchiveStatus; alreadyArchived: boolean }>;
  getArchiveStatus(data: StatusRequest): Result<Record<string, ArchiveStatus>>;
  getSummary(): Result<Summary>;
}

export type MessageName = keyof ProtocolMap;

export const requestSchemas = {
  archiveComment: ArchiveRequestSchema,
  getArchiveStatus: StatusRequestSchema,
  getSummary: EmptyRequestSchema,
} satisfies Record<MessageName, z.ZodType>;

export type Handlers = {
  [K in MessageName]: (
    data: z.infer<(typeof requestSchemas)[K]>,
  ) => Promise<ReturnType<ProtocolMap[K]>>;
};

