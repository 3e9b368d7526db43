/**
 * The product's data shapes, as zod schemas with their inferred types. Everything that crosses a
 * context boundary (content script ↔ background, background ↔ registry, storage) is parsed with these.
 */
import { z } from 'zod';
import { httpsUrl, pageText, PostSchema } from './page';
import { PLATFORM_IDS, SITE_IDS, type Platform, type Site } from '../sites/registry';

export * from './page';

/** Site and platform ids come from the site registry: a new site is one folder and one registry line. */
export const SiteSchema = z.enum(SITE_IDS);
export const PlatformSchema = z.enum(PLATFORM_IDS);
export type { Platform, Site };

export const PageSnapshotSchema = z.object({
  site: SiteSchema,
  posts: z.array(PostSchema),
});
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;

export const RecordKindSchema = z.enum([
  'archived',
  'replied',
  'no-reply-needed',
  'hidden',
  'removed',
  'documented',
  'personal-data-handled',
  'monitoring-round',
  /**
   * The local log was found emptied underneath (site data cleared): the first record of the new segment,
   * naming the lost chain head; its `integrity.prev` links to that head (lib/store/wipe.ts).
   */
  'log-reset',
  /**
   * Retention (gallring) ran: the oldest records, all registered or exported, were deleted from this
   * browser. Its `checks` name the range and the hash of the last record culled, which the first record
   * left links to, so the chain stays verifiable (lib/export/retention.ts).
   */
  'culled',
  /**
   * A moderator took back a mistaken action within ten minutes ("Ångra"): the log stays append-only, so
   * the mistake stays and this record names it (`refersTo`); both count as undone together.
   */
  'retracted',
  /**
   * The office's own post was looked at with the publishing rules (a child, art. 9, personnummer, phone):
   * the subject is the post, and `checks` name the reminders and the outcome, `outcome:consent` (consent
   * is there) or `outcome:fixed` (the post was changed). Made from the page panel, never about a comment.
   */
  'publishing-reviewed',
]);
export type RecordKind = z.infer<typeof RecordKindSchema>;

/** What a moderator can record about one comment from the overlay. */
export const ActionKindSchema = RecordKindSchema.exclude(['monitoring-round', 'log-reset', 'culled', 'retracted', 'publishing-reviewed']);
export type ActionKind = z.infer<typeof ActionKindSchema>;

/** The grounds in BBS-lagen 5 § on which content must be removed (record them with every removal). */
export const LawGroundSchema = z.enum([
  'olaga-hot',
  'hets-mot-folkgrupp',
  'barnpornografibrott',
  'olaga-valdsskildring',
  'uppvigling',
  'olaga-integritetsintrang',
  'terrorism-uppmaning',
  'upphovsratt',
]);
export type LawGroundId = z.infer<typeof LawGroundSchema>;

const url = httpsUrl;
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const SubjectSchema = z.object({
  platform: PlatformSchema,
  kind: z.enum(['comment', 'reply', 'post']),
  id: z.string().min(1).max(512),
  permalink: url.optional(),
  authorName: pageText(512),
  authorUrl: url.optional(),
  text: pageText(100_000),
  postedAt: z.string().datetime({ offset: true }).optional(),
  postedLabel: pageText(256).optional(),
  post: z.object({
    id: z.string().max(512).optional(),
    permalink: url.optional(),
    text: pageText(100_000),
  }),
});
export type Subject = z.infer<typeof SubjectSchema>;

/** Why a record has no picture or fragment although one was asked for (the overlay says so too). */
export const EvidenceFailureSchema = z.enum([
  /** The comment had no size on the page (hidden, or gone before the click). */
  'not-shown',
  /** The comment is too large to draw or to send in one record. */
  'too-large',
  /** The browser could not draw it. */
  'render-failed',
]);
export type EvidenceFailure = z.infer<typeof EvidenceFailureSchema>;

/**
 * An evidence file named by its SHA-256. The bytes live in the `evidence` store (lib/evidence/store.ts),
 * not in the log; `base64` is filled in only on the way to the registry (lib/sync), and the integrity
 * hash leaves it out (lib/store/integrity.ts), so a record hashes the same with or without its bytes.
 */
const evidenceFile = <M extends string>(mediaType: M) =>
  z.object({
    mediaType: z.literal(mediaType),
    sha256: sha256Hex,
    size: z.number().int().nonnegative().optional(),
    base64: z.string().optional(),
  });

export const EvidenceSchema = z.object({
  capturedAt: z.string().datetime({ offset: true }),
  url: url,
  /** The comment as drawn: `width` × `height` pixels at `scale` device pixels per CSS pixel. */
  screenshot: evidenceFile('image/png')
    .extend({
      width: z.number().int().positive().optional(),
      height: z.number().int().positive().optional(),
      scale: z.number().positive().max(8).optional(),
    })
    .optional(),
  /** The comment's DOM subtree as a self-contained, inert HTML file (lib/evidence/fragment.ts). */
  html: evidenceFile('text/html').optional(),
  failure: EvidenceFailureSchema.optional(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** `moderation-record/1`: one moderator action, as stored in the log and sent to the registry. */
export const ModerationRecordSchema = z.object({
  schema: z.literal('moderation-record/1'),
  id: z.string().uuid(),
  kind: RecordKindSchema,
  occurredAt: z.string().datetime({ offset: true }),
  moderator: z.object({ id: z.string().min(1).max(128), name: z.string().max(256) }),
  office: z.string().max(256),
  account: z.object({ platform: PlatformSchema, name: z.string().max(512), url: url }),
  subject: SubjectSchema.optional(),
  checks: z.array(z.string().max(64)).max(32),
  lawGround: z.string().max(256).optional(),
  note: z.string().max(4000).optional(),
  /** The record this one replaces: a later version of the same comment archived again (lib/evidence). */
  supersedes: z.string().uuid().optional(),
  /** The record this one follows up: a `removed` names the `documented` record made before it. */
  refersTo: z.string().uuid().optional(),
  evidence: EvidenceSchema.optional(),
  integrity: z.object({ sha256: sha256Hex, prev: sha256Hex.nullable() }),
});
export type ModerationRecord = z.infer<typeof ModerationRecordSchema>;
