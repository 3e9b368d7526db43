/**
 * What a site adapter reads from a page: comments and posts. Kept apart from the record model so the
 * site adapters (which the site registry, and through it the model, is built from) import no circle.
 */
import { z } from 'zod';

/** Page text is untrusted; cap it so one giant comment cannot bloat a record or a message. */
export const pageText = (max: number) => z.string().max(max);
/** Only https links are accepted from pages: no javascript:, data: or plain-http surprises in records. */
export const httpsUrl = z.url({ protocol: /^https$/ }).max(4096);

export const CommentSchema = z.object({
  id: z.string().min(1).max(512),
  permalink: httpsUrl.optional(),
  authorName: pageText(512),
  authorUrl: httpsUrl.optional(),
  text: pageText(100_000),
  postedAt: z.string().datetime({ offset: true }).optional(),
  postedLabel: pageText(256).optional(),
  isReply: z.boolean(),
  parentId: z.string().min(1).max(512).optional(),
  /** The page shows only the start of the text ("See more"/"Visa mer"): `text` is incomplete. */
  truncated: z.boolean().optional(),
  /** Written by the post's own account (the office's Page/account), e.g. its reply to a question. */
  byOffice: z.boolean().optional(),
  /**
   * How `byOffice` was decided: `url` by the author's profile address (certain), `name` by display name
   * only because the post's author had no address on the page (shown as "probably the office").
   */
  officeMatch: z.enum(['url', 'name']).optional(),
  /**
   * This comment's identity is in doubt: another, different comment on the page claims the same id, or
   * its header and timestamp links name different comments. It is shown, but not recorded until the
   * moderator has checked it.
   */
  idCollision: z.boolean().optional(),
});
export type Comment = z.infer<typeof CommentSchema>;

export const PostSchema = z.object({
  id: z.string().min(1).max(512).optional(),
  permalink: httpsUrl.optional(),
  authorName: pageText(512).optional(),
  text: pageText(100_000),
  /** The page shows only the start of the post text ("See more"/"Visa mer"). */
  truncated: z.boolean().optional(),
  comments: z.array(CommentSchema),
});
export type Post = z.infer<typeof PostSchema>;
