/**
 * The one protocol between the content script, popup, options and the background: message names,
 * payload schemas and result types. Payloads are parsed with these schemas on arrival (server.ts);
 * failures travel back as `{ ok: false, error }` values rather than exceptions.
 */
import type { OfficeStatus } from '../sync/office';
import { z } from 'zod';
import { CountsSchema } from '../checks/counts';
import { PUBLISHING_KINDS, type PublishingKind } from '../checks/publishing';
import { BASE_INFO_PIECES, type BaseInfoPiece } from '../checks/base-info';
import type { AccountInfoSeen } from '../monitoring/account-info';
import { defineMessages, returns, type DefRequest, type DefResponse } from './table';
import {
  ActionKindSchema,
  CommentSchema,
  EvidenceFailureSchema,
  httpsUrl,
  LawGroundSchema,
  pageText,
  PlatformSchema,
  PostSchema,
  SiteSchema,
  type ActionKind,
  type LawGroundId,
  type RecordKind,
} from '../model';
import type { WordListSettings } from '../settings';
import type { SyncErrorCode } from '../sync/state';
import { ConnectionInputSchema, type ConnectionProblem } from '../sync/connection';
import type { SaveOutcome } from '../sync/connection-store';
import type { RoundsSnapshot } from '../monitoring/snapshot';
import type { ChainBreak } from '../store/chain-check';
import type { Handover } from '../export/handover';
import type { PublicJwk } from '../export/signing';
import { MAX_FRAGMENT_BYTES, MAX_PICTURE_BYTES, MAX_PICTURE_SIDE } from '../evidence/limits';
import { BASE64 } from '../util/base64';
import type { PageCopy } from './page-copy';

export type ConnectionInput = z.infer<typeof ConnectionInputSchema>;

export const ErrorCodeSchema = z.enum([
  'invalid-message',
  /** The browser's store failed in some other way (lib/store/errors.ts names the cases below). */
  'storage-failed',
  'unavailable',
  'internal',
  'storage-full',
  /** The store was closed or cleared underneath while the request ran. */
  'storage-wiped',
  'storage-newer-version',
  'storage-blocked',
  'storage-timeout',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorCode };

/**
 * What the overlay captured of a comment (lib/evidence/capture.ts): the picture as base64 PNG with its
 * pixel size, the inert HTML fragment, or why there is none. The background checks the PNG's size
 * against the one claimed, computes the digests itself and keeps the bytes (lib/evidence/intake.ts).
 */
export const EvidenceInputSchema = z
  .object({
    picture: z
      .object({
        base64: z.string().max(Math.ceil(MAX_PICTURE_BYTES / 3) * 4).regex(BASE64),
        width: z.number().int().positive().max(MAX_PICTURE_SIDE),
        height: z.number().int().positive().max(MAX_PICTURE_SIDE),
        scale: z.number().positive().max(8),
      })
      .strict()
      .optional(),
    html: z.string().min(1).max(MAX_FRAGMENT_BYTES).optional(),
    failure: EvidenceFailureSchema.optional(),
  })
  .strict();
export type EvidenceInput = z.infer<typeof EvidenceInputSchema>;

/** Kinds that keep the comment as a public record: archiving it, or documenting it before removal. */
export const ARCHIVING_KINDS: readonly ActionKind[] = ['archived', 'documented'];

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
    /** The moderator checked a comment whose identity was in doubt (`comment.idCollision`). */
    identityChecked: z.literal(true).optional(),
    /** What the moderator saw, captured on the click (archive, document). */
    evidence: EvidenceInputSchema.optional(),
    /**
     * The record is about the post itself ("Arkivera hela tråden"): `comment` then carries the post as
     * its subject (the post's id, author and text), so the post is archived by the same idempotent path.
     */
    about: z.literal('post').optional(),
  })
  // A removal without its legal ground is exactly what the log must never contain.
  .refine((r) => (r.kind !== 'removed' && r.kind !== 'documented') || r.lawGround !== undefined, { path: ['lawGround'] })
  // A comment another one impersonates is recorded only after a person has checked which is which.
  .refine((r) => !r.comment.idCollision || r.identityChecked === true, { path: ['identityChecked'] })
  // A post is only archived, and only as itself: its id, never a comment's, and never as a reply.
  .refine((r) => r.about !== 'post' || (r.kind === 'archived' && r.comment.id === r.post.id && !r.comment.isReply), { path: ['about'] });
export type ActionRequest = z.infer<typeof ActionRequestSchema>;

export const StatusRequestSchema = z.object({
  platform: PlatformSchema,
  commentIds: z.array(z.string().min(1).max(512)).max(5000),
});
export type StatusRequest = z.infer<typeof StatusRequestSchema>;

/** Comments' texts for the text checks, judged in the background (lib/checks/text-checks.ts); a bounded batch. */
export const JudgeTextsSchema = z.object({
  items: z
    .array(
      z
        .object({
          text: pageText(100_000),
          own: z.union([z.literal(false), z.literal('url'), z.literal('name')]),
          // For the reply deadline, as a Comment carries them: the page's posted time, or its label ("2 d", "igår kl.
          // 14:03"), and when that label was first read.
          postedAt: CommentSchema.shape.postedAt,
          postedLabel: CommentSchema.shape.postedLabel,
          seenAt: CommentSchema.shape.postedAt,
        })
        .strict(),
    )
    .min(1)
    .max(100),
});
export type JudgeTextsRequest = z.infer<typeof JudgeTextsSchema>;

export const EmptyRequestSchema = z.undefined().or(z.null()).or(z.object({}).strict());

export interface ArchiveStatus {
  recordId: string;
  occurredAt: string;
  registrationNumber?: string;
  /** `archived`, or `documented` (kept as evidence before removal: it counts as archived). */
  kind?: 'archived' | 'documented';
  /** SHA-256 of the archived text: the overlay tells when the comment's text differs from it now. */
  textSha256?: string;
  /** The legal ground a `documented` record names, which its `removed` record repeats. */
  lawGround?: LawGroundId;
}

/** How long a moderator may take back an action ("Ångra"). */
export const UNDO_MS = 10 * 60_000;

/** What the log holds about one comment: its archive record and every action kind recorded (taken-back ones left out). */
export interface SubjectStatus {
  archived?: ArchiveStatus;
  kinds: ActionKind[];
  /** The newest action this browser's moderator may still take back, and until when. */
  undo?: { recordId: string; kind: ActionKind; until: string };
}

export const RetractRequestSchema = z.object({ recordId: z.string().uuid() }).strict();

export interface ArchivedItem extends ArchiveStatus {
  authorName: string;
  text: string;
  permalink?: string;
}

/** Earlier local records were wiped from the browser (found when the log's remembered head was gone). */
export interface StoreWipe {
  /** How many entries the log held up to the lost head. */
  lostCount: number;
  /** When the newest lost record was made. */
  lastOccurredAt: string;
  detectedAt: string;
}

export interface Summary {
  day: string;
  archivedToday: number;
  latest: ArchivedItem[];
  /** A wipe found in the last days, shown until it is old news. */
  wiped?: StoreWipe;
}

/** The part of the settings a content script may see: never the registry endpoint or token. */
export interface OverlaySettings {
  wordLists: WordListSettings;
  officeAccounts: string[];
  /** The office's list of politicians' names (options page or policy), for the political check. */
  politicians: string[];
  /** Installed and not set up yet (no office account): the overlay stays quiet and names the setup page. */
  awaitingSetup: boolean;
}

export interface RejectedItem {
  recordId: string;
  error: string;
  /** Empty when the log no longer holds the record. */
  kind: RecordKind | '';
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
  /** Counted only when a registry is set (`mode: 'registry'`); 0 in local mode. */
  pending: number;
  rejected: number;
  registered: number;
  lastSuccessAt?: string;
  lastError?: SyncErrorCode;
  nextAttemptAt?: number;
  stoppedForAuth: boolean;
  rejectedItems: RejectedItem[];
  /** The first break found in the log's integrity chain; records from it on are held, not sent. */
  chainBreak?: ChainBreak;
  /** Records held because of the break. */
  held: number;
}

/** The integrity chain as last checked. */
export interface ChainStatus {
  checkedAt?: string;
  /** When every record was last hashed again (not only those logged since). */
  wholeCheckedAt?: string;
  /** Entries found whole. */
  count: number;
  break?: ChainBreak;
}

/** What the records view, the popup and the options page show about the archive. */
export interface RecordsStatus {
  chain: ChainStatus;
  handover: Handover;
  /** This installation's signing key (its fingerprint, for the registrar to note). */
  key: { fingerprint: string; createdAt: string };
  mode: 'local' | 'registry';
  /** After how many days not handed over the popup reminds (setting, default 30). */
  reminderDays: number;
}

export interface ExportSignature {
  signature: string;
  publicKey: PublicJwk;
  fingerprint: string;
}

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
/** `whole`: hash every record again now, not only those logged since the last check. */
export const CheckChainSchema = z.object({ whole: z.literal(true).optional() }).strict();
export const SignExportSchema = z.object({ manifestSha256: sha256Hex });
export const MarkExportedSchema = z.object({
  packageId: z.string().min(1).max(200),
  createdAt: z.iso.datetime({ offset: true }),
  recordIds: z.array(z.uuid()).max(1_000_000),
});

export const PageSeenSchema = z.object({
  pageUrl: httpsUrl,
  name: z.string().max(512),
  counts: CountsSchema,
});
export type PageSeen = z.infer<typeof PageSeenSchema>;
/** What the communicator answered to the publishing reminders on one of the office's own posts. */
export const PublishingOutcomeSchema = z.enum(['consent', 'fixed']);
export type PublishingOutcome = z.infer<typeof PublishingOutcomeSchema>;
export const ReviewPublishingSchema = z
  .object({
    site: SiteSchema,
    pageUrl: httpsUrl,
    // The post is the record's subject: it needs its id, and its author's address, which the background
    // compares with the office's accounts itself.
    post: PostSchema.omit({ comments: true }).extend({ id: z.string().min(1).max(512), authorUrl: httpsUrl }),
    reminders: z
      .array(z.enum(PUBLISHING_KINDS as [PublishingKind, ...PublishingKind[]]))
      .min(1)
      .max(PUBLISHING_KINDS.length),
    outcome: PublishingOutcomeSchema,
  })
  .strict();
export type ReviewPublishingRequest = z.infer<typeof ReviewPublishingSchema>;
export const PublishingStatusRequestSchema = z.object({
  platform: PlatformSchema,
  postIds: z.array(z.string().min(1).max(512)).max(200),
});
/** The last `publishing-reviewed` record about a post. */
export interface PublishingStatus {
  recordId: string;
  occurredAt: string;
  outcome: PublishingOutcome;
}

const BaseInfoPieceSchema = z.enum(BASE_INFO_PIECES as [BaseInfoPiece, ...BaseInfoPiece[]]);
/** The content script read an account's about/intro view or bio: which base-information pieces it holds. */
export const AccountInfoSeenSchema = z
  .object({
    pageUrl: httpsUrl,
    name: z.string().max(512),
    found: z.array(BaseInfoPieceSchema).max(BASE_INFO_PIECES.length),
    missing: z.array(BaseInfoPieceSchema).max(BASE_INFO_PIECES.length),
  })
  .strict();

/** "Ställ in" in the not-set-up panel; `pageUrl`: the page it was on, offered as the office's account. */
export const OpenSetupSchema = z.object({ pageUrl: httpsUrl.optional() }).strict();

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

/**
 * The one message table. A message's payload type is its schema's output, its result is
 * `Result<response>`, and its audience says who may send it (see `Audience`); `ProtocolMap`, `Handlers`
 * and the background's sender check are all derived from here.
 */
export const messages = defineMessages({
  recordAction: {
    request: ActionRequestSchema,
    // `wiped`: the first action after a wipe was found says so once (the popup keeps saying it for a while).
    response: returns<{ status: SubjectStatus; alreadyRecorded: boolean; wiped?: StoreWipe }>(),
    audience: 'any',
  },
  // "Ångra": only this browser's moderator, only an action on a comment, only within UNDO_MS.
  retractAction: { request: RetractRequestSchema, response: returns<{ status: SubjectStatus; retracted: boolean }>(), audience: 'any' },
  getSubjectStatus: { request: StatusRequestSchema, response: returns<Record<string, SubjectStatus>>(), audience: 'any' },
  /**
   * What colleagues recorded about these comments, from the office's registry (v1.1); asked after the
   * local status, so the overlay never waits for it. Names and numbers only: the token stays here.
   */
  getOfficeStatus: { request: StatusRequestSchema, response: returns<OfficeStatus>(), audience: 'any' },
  // Archived comment texts for the popup: no page has any business reading them.
  getSummary: { request: EmptyRequestSchema, response: returns<Summary>(), audience: 'extension-pages' },
  getOverlaySettings: { request: EmptyRequestSchema, response: returns<OverlaySettings>(), audience: 'any' },
  /**
   * Opens the setup page (the overlay's not-set-up panel, on a person's click). The page only fills the
   * account in for the person to save: nothing is stored from a content script's word.
   */
  openSetup: { request: OpenSetupSchema, response: returns<null>(), audience: 'any' },
  /** The text checks' results for a batch of comments, in order (the checks run off the page's main thread). */
  judgeTexts: { request: JudgeTextsSchema, response: returns<Record<string, unknown>[]>(), audience: 'any' },
  /** "Samtycke finns" / "Åtgärdat" on the office's own post: logs a `publishing-reviewed` record (once per post). */
  reviewPublishing: { request: ReviewPublishingSchema, response: returns<{ status: PublishingStatus; alreadyRecorded: boolean }>(), audience: 'any' },
  /** Which of these posts were reviewed already (the panel shows them as handled after a reload). */
  getPublishingStatus: { request: PublishingStatusRequestSchema, response: returns<Record<string, PublishingStatus>>(), audience: 'any' },
  /** The content script read an office account's about/intro view or bio (kept for the round view). */
  accountInfoSeen: { request: AccountInfoSeenSchema, response: returns<{ officeAccount: boolean }>(), audience: 'any' },
  /** The office accounts' base information as last seen: the round view lists those with missing pieces. */
  getAccountInfo: { request: EmptyRequestSchema, response: returns<AccountInfoSeen[]>(), audience: 'extension-pages' },
  /** The content script looked at a page; counts what is open there (for monitoring rounds). */
  pageSeen: { request: PageSeenSchema, response: returns<{ officeAccount: boolean }>(), audience: 'any' },
  /** The options page's "Spara anonymiserad sidkopia": the most recent supported tab's copy, or null. */
  pageCopyFromTab: { request: EmptyRequestSchema, response: returns<PageCopy | null>(), audience: 'extension-pages' },
  // The registry connection, sync and the rounds' completion: a web page must never reach these through
  // a content script, so only the extension's own pages may send them.
  getSyncStatus: { request: EmptyRequestSchema, response: returns<SyncStatus>(), audience: 'extension-pages' },
  syncNow: { request: EmptyRequestSchema, response: returns<SyncStatus>(), audience: 'extension-pages' },
  saveConnection: { request: ConnectionInputSchema, response: returns<SaveOutcome>(), audience: 'extension-pages' },
  testConnection: { request: ConnectionInputSchema, response: returns<ConnectionTest>(), audience: 'extension-pages' },
  getRounds: { request: EmptyRequestSchema, response: returns<RoundsSnapshot>(), audience: 'extension-pages' },
  completeRound: { request: CompleteRoundSchema, response: returns<RoundsSnapshot>(), audience: 'extension-pages' },
  // The archive: only the records view, popup and options page ask; the key never leaves the background.
  getRecordsStatus: { request: EmptyRequestSchema, response: returns<RecordsStatus>(), audience: 'extension-pages' },
  /** Checks the integrity chain (the records view on open): the whole of it once a day or when asked, else what is new. */
  checkChain: { request: CheckChainSchema, response: returns<ChainStatus>(), audience: 'extension-pages' },
  /** Signs an export package's manifest digest with the installation's key. */
  signExport: { request: SignExportSchema, response: returns<ExportSignature>(), audience: 'extension-pages' },
  /** Notes which records went out in a package (they then count as handed over). */
  markExported: { request: MarkExportedSchema, response: returns<Handover>(), audience: 'extension-pages' },
});

type Messages = typeof messages;
export type MessageName = keyof Messages;
/** Every message name, for code that walks the table (registration, tests). */
export const MESSAGE_NAMES = Object.keys(messages) as MessageName[];
export type RequestOf<K extends MessageName> = DefRequest<Messages[K]>;
export type ResponseOf<K extends MessageName> = DefResponse<Messages[K]>;

/** A message whose schema accepts no payload is sent without one: `request('getSummary')`. */
export type Payload<K extends MessageName> = undefined extends z.input<Messages[K]['request']> ? [] : [data: RequestOf<K>];

/** The sender's view, in the shape `@webext-core/messaging` expects. */
export type ProtocolMap = { [K in MessageName]: (...data: Payload<K>) => Result<ResponseOf<K>> };

/** The background's view: one handler per message, given the parsed payload. */
export type Handlers = { [K in MessageName]: (data: RequestOf<K>) => Promise<Result<ResponseOf<K>>> };
