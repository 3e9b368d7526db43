/**
 * What the background does for each message, with its clock, ids and settings injected so tests can
 * drive it directly. Recording is idempotent per comment and action kind: a second click returns the
 * first record instead of logging the same action twice (and so the store guard may run it again after
 * the store was closed underneath). Archiving is idempotent per comment, kind and text: a comment
 * edited since it was archived is archived again as a new version that names the one it `supersedes`.
 * A removal names the `documented` record made before it (`refersTo`). Store failures are thrown;
 * ./store-guard.ts turns them into results.
 */
import { awaitingSetup, readSetup } from '../settings/setup';
import { stockholmDay, toStockholmIso } from '../calendar/stockholm';
import { ActionKindSchema, type ActionKind, type LawGroundId } from '../model';
import { ARCHIVING_KINDS, UNDO_MS, type ArchiveStatus, type Handlers, type StoreWipe, type Summary, type SubjectStatus } from '../messaging/protocol';
import { takeEvidence } from '../evidence/intake';
import { sha256Hex } from '../store/integrity';
import type { ProfileSettings, Settings } from '../settings';
import type { ActionLog } from '../store/log';
import { subjectKey, type LogEntry } from '../store/schema';
import { serialQueue } from '../util/serial';
import type { Db } from '../store/db';
import { registrationsFor } from '../sync/outbox';
import { accountUrlFromPath } from '../sites/core/url';
import { siteRegistry } from '../sites/registry';
import { clipText, wellFormed, wellFormedDeep } from '../util/unicode';
import type { WipeNotice } from '../store/chain-memory';

type Queue = ReturnType<typeof serialQueue>;

const archiving = (e: LogEntry) => ARCHIVING_KINDS.includes(e.record.kind as ActionKind);

/** Kinds a moderator takes on a comment (and may take back). */
const isAction = (kind: string): boolean => ActionKindSchema.safeParse(kind).success;

/** The entries without taken-back actions and without the records that took them back. */
function live(entries: readonly LogEntry[]): LogEntry[] {
  const takenBack = new Set(entries.flatMap((e) => (e.record.kind === 'retracted' && e.record.refersTo ? [e.record.refersTo] : [])));
  return entries.filter((e) => e.record.kind !== 'retracted' && !takenBack.has(e.record.id));
}


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
/** How long the popup keeps telling of a wipe: long enough to be seen after a weekend or a holiday. */
export const WIPE_NOTICE_DAYS = 14;

const toStoreWipe = (w: WipeNotice): StoreWipe => ({ lostCount: w.lostCount, lastOccurredAt: w.lastOccurredAt, detectedAt: w.detectedAt });

export type ModerationHandlers = Pick<Handlers, 'recordAction' | 'retractAction' | 'getSubjectStatus' | 'getSummary' | 'getOverlaySettings'>;

export function createService(deps: ServiceDeps): ModerationHandlers {
  /** `lookUp: false` leaves registration numbers out and touches no store, so it cannot fail. */
  async function archiveStatusOf(entry: LogEntry, lookUp = true): Promise<ArchiveStatus> {
    const registration = lookUp ? (await registrationsFor(deps.db, [entry.record.id])).get(entry.record.id) : undefined;
    return {
      recordId: entry.record.id,
      occurredAt: entry.record.occurredAt,
      kind: entry.record.kind === 'documented' ? 'documented' : 'archived',
      textSha256: await sha256Hex(entry.record.subject?.text ?? ''),
      ...(entry.record.kind === 'documented' && entry.record.lawGround ? { lawGround: entry.record.lawGround as LawGroundId } : {}),
      ...(registration ? { registrationNumber: registration.registrationNumber } : {}),
    };
  }

  async function statusOf(all: LogEntry[], lookUp = true): Promise<SubjectStatus> {
    // A taken-back action and the record that took it back count as neither.
    const entries = live(all);
    // The latest version archived (or documented before removal) is the one the overlay compares with.
    const archived = entries.filter(archiving).at(-1);
    const kinds = [...new Set(entries.map((e) => e.record.kind))] as ActionKind[];
    const last = entries.filter((e) => isAction(e.record.kind)).at(-1);
    const until = last ? Date.parse(last.record.occurredAt) + UNDO_MS : 0;
    return {
      ...(archived ? { archived: await archiveStatusOf(archived, lookUp) } : {}),
      kinds,
      ...(last && until > now().getTime() ? { undo: { recordId: last.record.id, kind: last.record.kind as ActionKind, until: new Date(until).toISOString() } } : {}),
    };
  }

  const now = deps.now ?? (() => new Date());
  const uuid = deps.uuid ?? (() => crypto.randomUUID());
  const { log } = deps;
  // Check-then-append must not interleave, or two quick clicks would log one action twice; and the
  // moderator id is read (or made) in here, so two first records cannot make two ids.
  const serially = deps.queue ?? serialQueue();

  const entriesFor = (platform: string, commentId: string) => log.bySubject(subjectKey(platform, commentId));

  /** A wipe not yet told in an overlay, told now; telling it must never fail the action it rides on. */
  const wipeToTell = async (): Promise<{ wiped?: StoreWipe }> => {
    const wipe = await log.takeWipeForOverlay().catch(() => null);
    return wipe ? { wiped: toStoreWipe(wipe) } : {};
  };

  const recordAction: Handlers['recordAction'] = async (raw) => {
    // Cleaned before the look-up too, so a click on the same comment finds the record sealed under its id.
    const req = wellFormedDeep(raw);
    const platform = siteRegistry.platformOf(req.site);
    const everything = await entriesFor(platform, req.comment.id);
    const existing = live(everything);
    const textSha256 = await sha256Hex(req.comment.text);
    const versions = existing.filter(archiving);
    // Archived already when the latest record of this kind holds this very text (a double click, a
    // retry); a text that differs from it, even an older one come back, is a new version.
    const lastOfKind = existing.filter((e) => e.record.kind === req.kind).at(-1);
    const done = ARCHIVING_KINDS.includes(req.kind)
      ? lastOfKind !== undefined && (await sha256Hex(lastOfKind.record.subject?.text ?? '')) === textSha256
      : lastOfKind !== undefined;
    if (done) {
      return { ok: true, value: { status: await statusOf(existing), alreadyRecorded: true, ...(await wipeToTell()) } };
    }
    // A new text after an archived one: this record is its next version.
    const latest = versions.at(-1);
    const supersedes =
      ARCHIVING_KINDS.includes(req.kind) && latest && (await sha256Hex(latest.record.subject?.text ?? '')) !== textSha256 ? latest.record.id : undefined;
    const refersTo = req.kind === 'removed' ? existing.filter((e) => e.record.kind === 'documented').at(-1)?.record.id : undefined;
    const settings = await deps.settings();
    const moderatorId = await deps.moderatorId();
    const at = toStockholmIso(now());
    const { comment, post } = req;
    const evidence = await takeEvidence(deps.db, req.evidence, { capturedAt: at, url: req.pageUrl });
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
        kind: req.about === 'post' ? 'post' : comment.isReply ? 'reply' : 'comment',
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
      ...(supersedes ? { supersedes } : {}),
      ...(refersTo ? { refersTo } : {}),
      evidence,
    });
    deps.onRecorded?.();
    // The record is stored: from here on nothing may report the action as failed. Registration numbers
    // are only looked up; without them the status is still true.
    const all = [...everything, entry];
    const status = await statusOf(all).catch(() => statusOf(all, false));
    return { ok: true, value: { status, alreadyRecorded: false, ...(await wipeToTell()) } };
  };

  /** "Ångra": a `retracted` record naming the action, if it is this moderator's, recent and not yet taken back. */
  const retractAction: Handlers['retractAction'] = async ({ recordId }) => {
    const [target] = await log.byRecordIds([recordId]);
    if (!target?.subjectKey) return { ok: true, value: { status: { kinds: [] }, retracted: false } };
    const subject = await log.bySubject(target.subjectKey);
    const status = () => statusOf(subject).catch(() => statusOf(subject, false));
    const takenBack = subject.some((e) => e.record.kind === 'retracted' && e.record.refersTo === recordId);
    const recent = now().getTime() - Date.parse(target.record.occurredAt) <= UNDO_MS;
    if (!isAction(target.record.kind) || takenBack || !recent || target.record.moderator.id !== (await deps.moderatorId())) {
      return { ok: true, value: { status: await status(), retracted: false } };
    }
    const at = toStockholmIso(now());
    const { record } = target;
    const entry = await log.append({
      schema: 'moderation-record/1',
      id: uuid(),
      kind: 'retracted',
      occurredAt: at,
      moderator: record.moderator,
      office: record.office,
      account: record.account,
      ...(record.subject ? { subject: record.subject } : {}),
      checks: [`retracts:${record.kind}`],
      refersTo: record.id,
    });
    deps.onRecorded?.();
    subject.push(entry);
    return { ok: true, value: { status: await status(), retracted: true } };
  };

  return {
    recordAction: (req) => serially(() => recordAction(req)),
    retractAction: (req) => serially(() => retractAction(req)),

    async getSubjectStatus({ platform, commentIds }) {
      const out: Record<string, SubjectStatus> = {};
      const ids = [...new Set(commentIds)];
      const found = await log.bySubjects(ids.map((id) => subjectKey(platform, wellFormed(id))));
      for (const id of ids) {
        const entries = found.get(subjectKey(platform, wellFormed(id))) ?? [];
        if (entries.length > 0) out[id] = await statusOf(entries);
      }
      return { ok: true, value: out };
    },

    async getOverlaySettings() {
      const [{ wordLists, officeAccounts, politicians = [] }, setup] = await Promise.all([deps.settings(), readSetup()]);
      return { ok: true, value: { wordLists, officeAccounts, politicians, awaitingSetup: awaitingSetup(setup, officeAccounts) } };
    },

    async getSummary() {
      const day = stockholmDay(now());
      const todays = await log.byDay(day);
      // Taken back within ten minutes, so (nearly always) on the same day: those are not counted.
      const takenBack = new Set(todays.flatMap((e) => (e.record.kind === 'retracted' && e.record.refersTo ? [e.record.refersTo] : [])));
      const today = todays.filter((e) => archiving(e) && !takenBack.has(e.record.id));
      const latest = await log.latest(LATEST_LIMIT, (e) => archiving(e) && !takenBack.has(e.record.id));
      const wipe = await log.lastWipe();
      const recent = wipe && now().getTime() - Date.parse(wipe.detectedAt) < WIPE_NOTICE_DAYS * 86_400_000;
      const summary: Summary = {
        ...(recent ? { wiped: toStoreWipe(wipe) } : {}),
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
