/**
 * The office's own posts: "Samtycke finns" / "Åtgärdat" on a publishing reminder logs one
 * `publishing-reviewed` record about the post, and the page panel asks which posts have one. A post is
 * reviewed once: a second click (or a retry) returns the first record. The background checks itself
 * that the post's author is one of the office's accounts: a page cannot log reviews of others' posts.
 */
import { toStockholmIso } from '../calendar/stockholm';
import type { Handlers, PublishingOutcome, PublishingStatus } from '../messaging/protocol';
import type { ProfileSettings } from '../settings';
import { accountUrlFromPath } from '../sites/core/url';
import { siteRegistry } from '../sites/registry';
import type { ActionLog } from '../store/log';
import { subjectKey, type LogEntry } from '../store/schema';
import { wellFormed, wellFormedDeep } from '../util/unicode';

export interface PublishingDeps {
  log: ActionLog;
  settings: () => Promise<ProfileSettings>;
  moderatorId: () => Promise<string>;
  /** The record queue shared with the other record makers (check-then-append must not interleave). */
  queue: <T>(work: () => Promise<T>) => Promise<T>;
  now?: () => Date;
  uuid?: () => string;
  onRecorded?: () => void;
}

export type PublishingHandlers = Pick<Handlers, 'reviewPublishing' | 'getPublishingStatus'>;

const OUTCOME = /^outcome:(consent|fixed)$/;

/** The latest review of a post that was not taken back, as the panel shows it. */
function latestReview(entries: readonly LogEntry[]): PublishingStatus | null {
  const takenBack = new Set(entries.flatMap((e) => (e.record.kind === 'retracted' && e.record.refersTo ? [e.record.refersTo] : [])));
  const last = entries.filter((e) => e.record.kind === 'publishing-reviewed' && !takenBack.has(e.record.id)).at(-1);
  if (!last) return null;
  const outcome = last.record.checks.map((c) => OUTCOME.exec(c)?.[1]).find(Boolean) as PublishingOutcome | undefined;
  return outcome ? { recordId: last.record.id, occurredAt: last.record.occurredAt, outcome } : null;
}

export function createPublishingHandlers(deps: PublishingDeps): PublishingHandlers {
  const now = deps.now ?? (() => new Date());
  const uuid = deps.uuid ?? (() => crypto.randomUUID());

  const review: Handlers['reviewPublishing'] = async (raw) => {
    const req = wellFormedDeep(raw);
    const settings = await deps.settings();
    if (siteRegistry.matchAccount(req.post.authorUrl, settings.officeAccounts) === null) return { ok: false, error: 'invalid-message' };
    const platform = siteRegistry.platformOf(req.site);
    const existing = latestReview(await deps.log.bySubject(subjectKey(platform, req.post.id)));
    if (existing) return { ok: true, value: { status: existing, alreadyRecorded: true } };
    const { post } = req;
    const entry = await deps.log.append({
      schema: 'moderation-record/1',
      id: uuid(),
      kind: 'publishing-reviewed',
      occurredAt: toStockholmIso(now()),
      moderator: { id: await deps.moderatorId(), name: settings.moderatorName },
      office: settings.office,
      account: { platform, name: post.authorName ?? '', url: siteRegistry.accountUrl(post.authorUrl) ?? accountUrlFromPath(new URL(req.pageUrl)) },
      subject: {
        platform,
        kind: 'post',
        id: post.id,
        permalink: post.permalink,
        authorName: post.authorName ?? '',
        authorUrl: post.authorUrl,
        text: post.text,
        post: { id: post.id, permalink: post.permalink, text: post.text },
      },
      checks: [...new Set(req.reminders)].map((k) => `publishing:${k}`).concat(`outcome:${req.outcome}`),
    });
    deps.onRecorded?.();
    return { ok: true, value: { status: latestReview([entry]) as PublishingStatus, alreadyRecorded: false } };
  };

  return {
    reviewPublishing: (req) => deps.queue(() => review(req)),
    async getPublishingStatus({ platform, postIds }) {
      const ids = [...new Set(postIds)];
      const found = await deps.log.bySubjects(ids.map((id) => subjectKey(platform, wellFormed(id))));
      const out: Record<string, PublishingStatus> = {};
      for (const id of ids) {
        const status = latestReview(found.get(subjectKey(platform, wellFormed(id))) ?? []);
        if (status) out[id] = status;
      }
      return { ok: true, value: out };
    },
  };
}
