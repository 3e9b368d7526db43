/**
 * What the background does for each message, with its clock, ids and settings injected so tests can
 * drive it directly. Archiving is idempotent per comment: a second click returns the first record.
 */
import { stockholmDay, toStockholmIso } from '../calendar/stockholm';
import type { ArchiveRequest, ArchiveStatus, Handlers, Summary } from '../messaging';
import type { Settings } from '../settings';
import type { ActionLog } from '../store/log';
import { subjectKey, type LogEntry } from '../store/schema';
import { serialQueue } from '../util/serial';
import { accountUrlFromPage, platformOfSite } from './account';

export interface ServiceDeps {
  log: ActionLog;
  settings: () => Promise<Settings>;
  now?: () => Date;
  uuid?: () => string;
  localOnly?: () => Promise<boolean>;
}

const LATEST_LIMIT = 5;
const EXCERPT_MAX = 280;

function statusOf(entry: LogEntry): ArchiveStatus {
  return { recordId: entry.record.id, occurredAt: entry.record.occurredAt };
}

export function createService(deps: ServiceDeps): Handlers {
  const now = deps.now ?? (() => new Date());
  const uuid = deps.uuid ?? (() => crypto.randomUUID());
  const { log } = deps;
  // Check-then-append must not interleave, or two quick clicks would archive one comment twice.
  const archiveSerially = serialQueue();

  async function archivedEntry(platform: string, commentId: string): Promise<LogEntry | undefined> {
    const entries = await log.bySubject(subjectKey(platform, commentId));
    return entries.find((e) => e.record.kind === 'archived');
  }

  async function archiveComment(req: ArchiveRequest) {
    const platform = platformOfSite(req.site);
    const existing = await archivedEntry(platform, req.comment.id);
    if (existing) return { ok: true as const, value: { status: statusOf(existing), alreadyArchived: true } };

    const settings = await deps.settings();
    const at = now();
    const { comment, post } = req;
    const entry = await log.append({
      schema: 'moderation-record/1',
      id: uuid(),
      kind: 'archived',
      occurredAt: toStockholmIso(at),
      moderator: { id: settings.moderatorId, name: settings.moderatorName },
      office: settings.office,
      account: { platform, name: post.authorName ?? '', url: accountUrlFromPage(req.pageUrl) },
      subject: {
        platform,
        kind: comment.isReply ? 'reply' : 'comment',
        id: comment.id,
        permalink: comment.permalink,
        authorName: comment.authorName,
        authorUrl: comment.authorUrl,
        text: comment.text,
        postedAt: comment.postedAt,
        postedLabel: comment.postedLabel,
        post: { id: post.id, permalink: post.permalink, text: post.text },
      },
      checks: ['archive'],
      evidence: { capturedAt: toStockholmIso(at), url: req.pageUrl },
    });
    return { ok: true as const, value: { status: statusOf(entry), alreadyArchived: false } };
  }

  return {
    archiveComment: async (req) => {
      try {
        return await archiveSerially(() => archiveComment(req));
      } catch (error) {
        console.error('[modereringsstod] archive failed', error);
        return { ok: false, error: 'storage-failed' };
      }
    },

    async getArchiveStatus({ platform, commentIds }) {
      const out: Record<string, ArchiveStatus> = {};
      for (const id of new Set(commentIds)) {
        const entry = await archivedEntry(platform, id);
        if (entry) out[id] = statusOf(entry);
      }
      return { ok: true, value: out };
    },

    async getSummary() {
      const day = stockholmDay(now());
      const today = (await log.byDay(day)).filter((e) => e.record.kind === 'archived');
      const latest = await log.latest(LATEST_LIMIT, (e) => e.record.kind === 'archived');
      const summary: Summary = {
        day,
        archivedToday: today.length,
        latest: latest.map((e) => ({
          ...statusOf(e),
          authorName: e.record.subject?.authorName ?? '',
          text: (e.record.subject?.text ?? '').slice(0, EXCERPT_MAX),
          permalink: e.record.subject?.permalink,
        })),
        localOnly: deps.localOnly ? await deps.localOnly() : true,
      };
      return { ok: true, value: summary };
    },
  };
}
