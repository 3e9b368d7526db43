/**
 * What the background does for each message, with its clock, ids and settings injected so tests can
 * drive it directly. Recording is idempotent per comment and action kind: a second click returns the
 * first record instead of logging the same action twice.
 */
import { stockholmDay, toStockholmIso } from '../calendar/stockholm';
import type { ActionKind } from '../model';
import type { ArchiveStatus, Handlers, Summary, SubjectStatus } from '../messaging/protocol';
import type { ProfileSettings, Settings } from '../settings';
import type { ActionLog } from '../store/log';
import { subjectKey, type LogEntry } from '../store/schema';
import { serialQueue } from '../util/serial';
import type { Db } from '../store/db';
import { registrationsFor } from '../sync/outbox';
import { accountUrlFromPath } from '../sites/core/url';
import { siteRegistry } from '../sites/registry';
import { clipText, wellFormed, wellFormedDeep } from '../util/unicode';

type Queue = ReturnType<typeof serialQueue>;

export interface ServiceDeps {
  log: ActionLog;
  db: Db;
  /** The user's settings (lib/settings loadSettings); the moderator id comes from `moderatorId`. */
  settings: () => Promise<ProfileSettings>;
  /**
   * Reads this profile's moderator id, making it when there is none (lib/settings ensureModeratorId).
   * Two first runs at once would make two ids, so it only ever runs inside `queue`.
   */
  moderatorId: () => Promise<string>;
  /** The queue records are made in; the background shares it with `queuedSettings` (default: its own). */
  queue?: Queue;
  now?: () => Date;
  uuid?: () => string;
  /** Called after each new record, e.g. to start a sync. */
  onRecorded?: () => void;
}

const LATEST_LIMIT = 5;
const EXCERPT_MAX = 280;

export type ModerationHandlers = Pick<Handlers, 'recordAction' | 'getSubjectStatus' | 'getSummary' | 'getOverlaySettings'>;

export function createService(deps: ServiceDeps): ModerationHandlers {
  async function archiveStatusOf(entry: LogEntry): Promise<ArchiveStatus> {
    const registration = (await registrationsFor(deps.db, [entry.record.id])).get(entry.record.id);
    return {
      recordId: entry.record.id,
      occurredAt: entry.record.occurredAt,
      ...(registration ? { registrationNumber: registration.registrationNumber } : {}),
    };
  }

  async function statusOf(entries: LogEntry[]): Promise<SubjectStatus> {
    const archived = entries.find((e) => e.record.kind === 'archived');
    const kinds = [...new Set(entries.map((e) => e.record.kind))] as ActionKind[];
    return { ...(archived ? { archived: await archiveStatusOf(archived) } : {}), kinds };
  }

  const now = deps.now ?? (() => new Date());
  const uuid = deps.uuid ?? (() => crypto.randomUUID());
  const { log } = deps;
  // Check-then-append must not interleave, or two quick clicks would log one action twice; and the
  // moderator id is read (or made) in here, so two first records cannot make two ids.
  const serially = deps.queue ?? serialQueue();

  const entriesFor = (platform: string, commentId: string) => log.bySubject(subjectKey(platform, commentId));

  const recordAction: Handlers['recordAction'] = async (raw) => {
    // Cleaned before the look-up too, so a click on the same comment finds the record sealed under its id.
    const req = wellFormedDeep(raw);
    const platform = siteRegistry.platformOf(req.site);
    const existing = await entriesFor(platform, req.comment.id);
    if (existing.some((e) => e.record.kind === req.kind)) {
      return { ok: true, value: { status: await statusOf(existing), alreadyRecorded: true } };
    }
    const settings = await deps.settings();
    const moderatorId = await deps.moderatorId();
    const at = toStockholmIso(now());
    const { comment, post } = req;
    const entry = await log.append({
      schema: 'moderation-record/1',
      id: uuid(),
      kind: req.kind,
      occurredAt: at,
      moderator: { id: moderatorId, name: settings.moderatorName },
      office: settings.office,
      account: { platform, name: post.authorName ?? '', url: siteRegistry.accountUrl(req.pageUrl) ?? accountUrlFromPath(new URL(req.pageUrl)) },
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
      checks: req.checks,
      ...(req.lawGround ? { lawGround: req.lawGround } : {}),
      ...(req.note ? { note: req.note } : {}),
      evidence: { capturedAt: at, url: req.pageUrl },
    });
    deps.onRecorded?.();
    return { ok: true, value: { status: await statusOf([...existing, entry]), alreadyRecorded: false } };
  };

  return {
    recordAction: async (req) => {
      try {
        return await serially(() => recordAction(req));
      } catch (error) {
        console.error('[modereringsstod] recording failed', error);
        return { ok: false, error: 'storage-failed' };
      }
    },

    async getSubjectStatus({ platform, commentIds }) {
      const out: Record<string, SubjectStatus> = {};
      for (const id of new Set(commentIds)) {
        const entries = await entriesFor(platform, wellFormed(id));
        if (entries.length > 0) out[id] = await statusOf(entries);
      }
      return { ok: true, value: out };
    },

    async getOverlaySettings() {
      const { wordLists, officeAccounts } = await deps.settings();
      return { ok: true, value: { wordLists, officeAccounts } };
    },

    async getSummary() {
      const day = stockholmDay(now());
      const today = (await log.byDay(day)).filter((e) => e.record.kind === 'archived');
      const latest = await log.latest(LATEST_LIMIT, (e) => e.record.kind === 'archived');
      const summary: Summary = {
        day,
        archivedToday: today.length,
        latest: await Promise.all(
          latest.map(async (e) => ({
            ...(await archiveStatusOf(e)),
            authorName: e.record.subject?.authorName ?? '',
            text: clipText(e.record.subject?.text ?? '', EXCERPT_MAX),
            permalink: e.record.subject?.permalink,
          })),
        ),
      };
      return { ok: true, value: summary };
    },
  };
}

/**
 * Settings with the moderator id for the background's other record makers (the rounds): the id is read,
 * or made, inside the record queue, so however many ask at once on a new profile there is one id.
 */
export function queuedSettings(deps: Pick<ServiceDeps, 'settings' | 'moderatorId'> & { queue: Queue }): () => Promise<Settings> {
  return async () => {
    const [settings, moderatorId] = await Promise.all([deps.settings(), deps.queue(deps.moderatorId)]);
    return { ...settings, moderatorId };
  };
}
