/**
 * The one protocol between the content script, popup, options and the background: message names,
 * payload schemas and result types. Payloads are parsed with these schemas on arrival (server.ts);
 * failures travel back as `{ ok: false, error }` values rather than exceptions.
 */
import { z } from 'zod';
import {
  ActionKindSchema,
  CommentSchema,
  httpsUrl,
  LawGroundSchema,
  PlatformSchema,
  PostSchema,
  SiteSchema,
  type ActionKind,
} from '../model';
import type { WordListSettings } from '../settings';
import type { SyncErrorCode } from '../sync/state';
import { ConnectionInputSchema, type ConnectionProblem } from '../sync/connection';
import type { SaveOutcome } from '../sync/connection-store';
import type { RoundsSnapshot } from '../monitoring/snapshot';

export type ConnectionInput = z.infer<typeof ConnectionInputSchema>;

export const ErrorCodeSchema = z.enum(['invalid-message', 'storage-failed', 'unavailable', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorCode };

export const ActionRequestSchema = z
  .object({
    kind: ActionKindSchema,
    site: SiteSchema,
    pageUrl: httpsUrl,
    comment: CommentSchema,
    post: PostSchema.omit({ comments: true }),
    /** Which checks applied to the comment when the action was taken (e.g. `reply-due`, `personal-data:phone`). */
    checks: z.array(z.string().min(1).max(64)).max(32),
    lawGround: LawGroundSchema.optional(),
    note: z.string().max(4000).optional(),
  })
  // A removal without its legal ground is exactly what the log must never contain.
  .refine((r) => r.kind !== 'removed' || r.lawGround !== undefined, { path: ['lawGround'] });
export type ActionRequest = z.infer<typeof ActionRequestSchema>;

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

/** What the log holds about one comment: its archive record and every action kind recorded. */
export interface SubjectStatus {
  archived?: ArchiveStatus;
  kinds: ActionKind[];
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
}

/** The part of the settings a content script may see: never the registry endpoint or token. */
export interface OverlaySettings {
  wordLists: WordListSettings;
  officeAccounts: string[];
}

export interface RejectedItem {
  recordId: string;
  error: string;
  kind: string;
  authorName: string;
  text: string;
}

export interface SyncStatus {
  /** `local`: no registry set, everything stays in this browser. */
  mode: 'local' | 'registry';
  endpoint?: string;
  /** Whether the browser lets the extension reach `endpoint` (its optional host permission). */
  access?: boolean;
  /** The address is set by the IT department's policy and cannot be changed here. */
  endpointLocked: boolean;
  pending: number;
  rejected: number;
  registered: number;
  lastSuccessAt?: string;
  lastError?: SyncErrorCode;
  nextAttemptAt?: number;
  stoppedForAuth: boolean;
  rejectedItems: RejectedItem[];
}

export const PageSeenSchema = z.object({
  pageUrl: httpsUrl,
  name: z.string().max(512),
  counts: z.object({
    replyDue: z.number().int().min(0).max(100_000),
    overdue: z.number().int().min(0).max(100_000),
    notArchived: z.number().int().min(0).max(100_000),
    flagged: z.number().int().min(0).max(100_000),
  }),
});
export type PageSeen = z.infer<typeof PageSeenSchema>;
export const CompleteRoundSchema = z.object({ scheduledAt: z.iso.datetime() });

export type ConnectionTest =
  | 'ok'
  | 'unauthorized'
  | 'network'
  | 'timeout'
  | 'server-error'
  | 'invalid-response'
  | 'no-access'
  | ConnectionProblem;

export interface ProtocolMap {
  recordAction(data: ActionRequest): Result<{ status: SubjectStatus; alreadyRecorded: boolean }>;
  getSubjectStatus(data: StatusRequest): Result<Record<string, SubjectStatus>>;
  getSummary(): Result<Summary>;
  getOverlaySettings(): Result<OverlaySettings>;
  /** The content script looked at a page; counts what is open there (for monitoring rounds). */
  pageSeen(data: PageSeen): Result<{ officeAccount: boolean }>;
  // Extension pages only (options, popup): the registry connection and sync.
  getSyncStatus(): Result<SyncStatus>;
  syncNow(): Result<SyncStatus>;
  saveConnection(data: ConnectionInput): Result<SaveOutcome>;
  testConnection(data: ConnectionInput): Result<ConnectionTest>;
  getRounds(): Result<RoundsSnapshot>;
  completeRound(data: { scheduledAt: string }): Result<RoundsSnapshot>;
}

/** Messages a content script must never send: they touch the registry connection. */
export const PAGE_ONLY: ReadonlySet<MessageName> = new Set([
  'getSyncStatus',
  'syncNow',
  'saveConnection',
  'testConnection',
  'getRounds',
  'completeRound',
]);

export type MessageName = keyof ProtocolMap;

export const requestSchemas = {
  recordAction: ActionRequestSchema,
  getSubjectStatus: StatusRequestSchema,
  getSummary: EmptyRequestSchema,
  getOverlaySettings: EmptyRequestSchema,
  getSyncStatus: EmptyRequestSchema,
  syncNow: EmptyRequestSchema,
  saveConnection: ConnectionInputSchema,
  testConnection: ConnectionInputSchema,
  pageSeen: PageSeenSchema,
  getRounds: EmptyRequestSchema,
  completeRound: CompleteRoundSchema,
} satisfies Record<MessageName, z.ZodType>;

export type Handlers = {
  [K in MessageName]: (
    data: z.infer<(typeof requestSchemas)[K]>,
  ) => Promise<ReturnType<ProtocolMap[K]>>;
};

