import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../lib/background/service';
import { DEFAULT_MONITORING_SETTINGS } from '../../lib/settings';
import { ModerationRecordSchema } from '../../lib/model';
import { openLogDb } from '../../lib/store/db';
import { sha256Hex, verifyChain, verifyRecord } from '../../lib/store/integrity';
import { evidenceBytes } from '../../lib/evidence/store';
import { ActionRequestSchema } from '../../lib/messaging/protocol';
import { ActionLog } from '../../lib/store/log';
import { archiveRequest, unsealed as unsealedRecord } from '../helpers/records';

async function setup(now = new Date('2026-11-25T13:03:00Z')) {
  const db = await openLogDb();
  const log = new ActionLog(db);
  let n = 0;
  const service = createService({
    db,
    log,
    now: () => now,
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    moderatorId: async () => 'mod-1',
    settings: async () => ({
      moderatorName: 'Moderator Exempel',
      office: 'Norrby (exempel)',
      wordLists: { political: { add: ['cykelbana'], remove: [] }, unlawful: { add: [], remove: [] } },
      monitoring: DEFAULT_MONITORING_SETTINGS,
      officeAccounts: [],
      exportReminderDays: 30,
      retentionDays: 0,
    }),
  });
  return { db, log, service };
}

describe('background service: recordAction', () => {
  it('stores a moderation-record/1 with the comment, post, account and chain', async () => {
    const { log, service } = await setup();
    const result = await service.recordAction(archiveRequest('1001'));
    expect(result).toEqual({
      ok: true,
      value: {
        status: {
          archived: {
            recordId: '00000000-0000-4000-8000-000000000001',
            occurredAt: '2026-11-25T14:03:00+01:00',
            kind: 'archived',
            textSha256: await sha256Hex('När öppnar simhallen igen?'),
          },
          kinds: ['archived'],
          undo: { recordId: '00000000-0000-4000-8000-000000000001', kind: 'archived', until: '2026-11-25T13:13:00.000Z' },
        },
        alreadyRecorded: false,
      },
    });
    const [record] = await log.all();
    expect(ModerationRecordSchema.parse(record)).toBeTruthy();
    expect(record).toMatchObject({
      kind: 'archived',
      moderator: { id: 'mod-1', name: 'Moderator Exempel' },
      office: 'Norrby (exempel)',
      account: { platform: 'facebook', name: 'Stadsdelsförvaltning Norrby (exempel)', url: 'https://www.facebook.com/norrbyexempel' },
      subject: {
        kind: 'comment',
        id: '1001',
        authorName: 'Anna Exempelsson',
        text: 'När öppnar simhallen igen?',
        post: { id: '123456789', text: 'Simhallen håller stängt för renovering.' },
      },
      integrity: { prev: null },
    });
  });

  it('archives a comment only once, however often it is clicked', async () => {
    const { log, service } = await setup();
    const results = await Promise.all([1, 2, 3].map(() => service.recordAction(archiveRequest('1001'))));
    const again = await service.recordAction(archiveRequest('1001'));
    expect(again.ok && again.value.alreadyRecorded).toBe(true);
    expect(results.filter((r) => r.ok && !r.value.alreadyRecorded)).toHaveLength(1);
    const archived = (await log.all()).filter((r) => r.subject?.id === '1001');
    expect(archived).toHaveLength(1);
  });

  it('archives the post itself as a post subject ("Arkivera hela tråden"), once per text', async () => {
    const { log, service } = await setup();
    const base = archiveRequest();
    const post = { ...base, about: 'post' as const, comment: { id: base.post.id!, authorName: base.post.authorName!, permalink: base.post.permalink, text: base.post.text, isReply: false } };
    expect(ActionRequestSchema.safeParse(post).success).toBe(true);
    const first = await service.recordAction(post);
    const again = await service.recordAction(post);
    expect(first.ok && !first.value.alreadyRecorded && again.ok && again.value.alreadyRecorded).toBe(true);
    const records = await log.all();
    expect(records).toHaveLength(1);
    expect(records[0]!.subject).toMatchObject({ kind: 'post', id: '123456789', text: 'Simhallen håller stängt för renovering.' });
    // Only an archive, and only of the post under its own id.
    expect(ActionRequestSchema.safeParse({ ...post, kind: 'replied' }).success).toBe(false);
    expect(ActionRequestSchema.safeParse({ ...post, comment: { ...post.comment, id: '1001' } }).success).toBe(false);
  });

  it('records replies as replies and keeps the chain across many comments', async () => {
    const { log, service } = await setup();
    await service.recordAction(archiveRequest('1001'));
    await service.recordAction(archiveRequest('1002', { isReply: true, parentId: '1001' }));
    const records = await log.all();
    expect(records.map((r) => r.subject?.kind)).toEqual(['comment', 'reply']);
    expect(await verifyChain(records)).toBeNull();
  });

  it('reports what was recorded per comment id', async () => {
    const { service } = await setup();
    await service.recordAction(archiveRequest('1001'));
    await service.recordAction(archiveRequest('1001', {}, 'replied'));
    const status = await service.getSubjectStatus({ platform: 'facebook', commentIds: ['1001', '1002'] });
    expect(status.ok && Object.keys(status.value)).toEqual(['1001']);
    expect(status.ok && status.value['1001']!.kinds).toEqual(['archived', 'replied']);
    const other = await service.getSubjectStatus({ platform: 'instagram', commentIds: ['1001'] });
    expect(other.ok && other.value).toEqual({});
  });

  it('records a removal with its legal ground and the other actions once each', async () => {
    const { log, service } = await setup();
    const removal = { ...archiveRequest('1001', {}, 'removed'), lawGround: 'olaga-hot' as const, checks: ['unlawful:olaga-hot'] };
    expect((await service.recordAction(removal)).ok).toBe(true);
    expect((await service.recordAction(removal)).ok).toBe(true);
    for (const kind of ['hidden', 'no-reply-needed', 'personal-data-handled'] as const) {
      await service.recordAction(archiveRequest('1001', {}, kind));
    }
    const records = await log.all();
    expect(records.map((r) => r.kind)).toEqual(['removed', 'hidden', 'no-reply-needed', 'personal-data-handled']);
    expect(records[0]).toMatchObject({ lawGround: 'olaga-hot', checks: ['unlawful:olaga-hot'] });
  });

  it("summarises today's archived comments, newest first", async () => {
    const { service } = await setup();
    for (const id of ['1', '2', '3', '4', '5', '6']) await service.recordAction(archiveRequest(id, { text: `text ${id}` }));
    const summary = await service.getSummary(undefined);
    expect(summary.ok).toBe(true);
    if (!summary.ok) return;
    expect(summary.value.archivedToday).toBe(6);
    expect(summary.value.day).toBe('2026-11-25');
    expect(summary.value.latest.map((i) => i.text)).toEqual(['text 6', 'text 5', 'text 4', 'text 3', 'text 2']);
  });

  it('gives the content script the word lists and nothing else of the settings', async () => {
    const { service } = await setup();
    expect(await service.getOverlaySettings(undefined)).toEqual({
      ok: true,
      value: {
        wordLists: { political: { add: ['cykelbana'], remove: [] }, unlawful: { add: [], remove: [] } },
        officeAccounts: [],
        politicians: [],
        awaitingSetup: false,
      },
    });
  });

  it('keeps the action reported as recorded when only the registration look-up fails afterwards', async () => {
    const { db, log, service } = await setup();
    // registrationsFor reads the registrations store in its own transaction: make that one fail.
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => unknown;
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => {
      if (args[0] === 'registrations') throw new DOMException('disk error', 'UnknownError');
      return transaction(...args);
    }) as typeof db.transaction);
    const result = await service.recordAction(archiveRequest('1001'));
    expect(result).toMatchObject({ ok: true, value: { alreadyRecorded: false, status: { kinds: ['archived'] } } });
    expect(result.ok && result.value.status.archived?.recordId).toBe('00000000-0000-4000-8000-000000000001');
    expect((await log.all()).map((r) => r.id)).toEqual(['00000000-0000-4000-8000-000000000001']);
  });
});

/** A real 1 × 1 PNG (and the same bytes claiming another size). */
const PNG_1X1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const FRAGMENT = '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><div>När öppnar simhallen igen?</div></body></html>';

describe('background service: evidence and versions', () => {
  it('keeps the picture and fragment in the evidence store under the digests it computed, and names them in the record', async () => {
    const { db, log, service } = await setup();
    const req = { ...archiveRequest('1001'), evidence: { picture: { base64: PNG_1X1, width: 1, height: 1, scale: 1 }, html: FRAGMENT } };
    expect(ActionRequestSchema.safeParse(req).success).toBe(true);
    expect((await service.recordAction(req)).ok).toBe(true);
    const [record] = await log.all();
    const png = Uint8Array.from(atob(PNG_1X1), (c) => c.charCodeAt(0));
    expect(record!.evidence).toMatchObject({
      url: req.pageUrl,
      screenshot: { mediaType: 'image/png', sha256: await sha256Hex(png), size: png.byteLength, width: 1, height: 1, scale: 1 },
      html: { mediaType: 'text/html', sha256: await sha256Hex(FRAGMENT) },
    });
    expect(record!.evidence!.screenshot!.base64).toBeUndefined();
    expect(await evidenceBytes(db, record!.evidence!.screenshot!.sha256)).toEqual(png);
    expect(new TextDecoder().decode((await evidenceBytes(db, record!.evidence!.html!.sha256))!)).toBe(FRAGMENT);
    expect(await verifyRecord(record!)).toBe(true);
  });

  it('keeps no picture that is not the PNG it claims to be, and says so in the record', async () => {
    const { db, log, service } = await setup();
    await service.recordAction({ ...archiveRequest('1001'), evidence: { picture: { base64: PNG_1X1, width: 2, height: 1, scale: 1 } } });
    await service.recordAction({ ...archiveRequest('1002'), evidence: { picture: { base64: btoa('not a png at all, only text'), width: 1, height: 1, scale: 1 } } });
    const records = await log.all();
    expect(records.map((r) => [r.evidence?.screenshot, r.evidence?.failure])).toEqual([
      [undefined, 'render-failed'],
      [undefined, 'render-failed'],
    ]);
    expect(await db.count('evidence')).toBe(0);
  });

  it('records a failed capture with the text and the reason', async () => {
    const { log, service } = await setup();
    await service.recordAction({ ...archiveRequest('1001'), evidence: { failure: 'not-shown' } });
    const [record] = await log.all();
    expect(record!.subject!.text).toBe('När öppnar simhallen igen?');
    expect(record!.evidence).toMatchObject({ failure: 'not-shown' });
  });

  it('archives an edited comment again as a new version that supersedes the first; the same text twice stays one record', async () => {
    const { log, service } = await setup();
    await service.recordAction(archiveRequest('1001'));
    const edited = archiveRequest('1001', { text: 'Ni är värdelösa, jag ska hitta er.' });
    const results = await Promise.all([service.recordAction(edited), service.recordAction(edited)]);
    expect(results.filter((r) => r.ok && !r.value.alreadyRecorded)).toHaveLength(1);
    const records = await log.all();
    expect(records.map((r) => [r.kind, r.subject!.text, r.supersedes])).toEqual([
      ['archived', 'När öppnar simhallen igen?', undefined],
      ['archived', 'Ni är värdelösa, jag ska hitta er.', records[0]!.id],
    ]);
    // The status names the newest version, so the overlay compares the page with it.
    const status = await service.getSubjectStatus({ platform: 'facebook', commentIds: ['1001'] });
    expect(status.ok && status.value['1001']!.archived).toMatchObject({ recordId: records[1]!.id, textSha256: await sha256Hex('Ni är värdelösa, jag ska hitta er.') });
    // Back to the first text: that is a version of its own again.
    await service.recordAction(archiveRequest('1001'));
    expect((await log.all()).at(-1)).toMatchObject({ supersedes: records[1]!.id, subject: { text: 'När öppnar simhallen igen?' } });
  });

  it('documents before removal (counting as archived) and the removal names the documented record and its ground', async () => {
    const { log, service } = await setup();
    const documented = { ...archiveRequest('1001', {}, 'documented'), lawGround: 'olaga-hot' as const, note: 'Polisanmält, K-12345-26' };
    expect(ActionRequestSchema.safeParse({ ...documented, lawGround: undefined }).success).toBe(false);
    const first = await service.recordAction(documented);
    expect(first.ok && first.value.status.archived).toMatchObject({ kind: 'documented', lawGround: 'olaga-hot' });
    await service.recordAction({ ...archiveRequest('1001', {}, 'removed'), lawGround: 'olaga-hot' });
    const [doc, removed] = await log.all();
    expect(doc).toMatchObject({ kind: 'documented', lawGround: 'olaga-hot', note: 'Polisanmält, K-12345-26' });
    expect(removed).toMatchObject({ kind: 'removed', lawGround: 'olaga-hot', refersTo: doc!.id });
    const summary = await service.getSummary(undefined);
    expect(summary.ok && summary.value.archivedToday).toBe(1);
  });
});

describe('background service: "Ångra" (retracted records)', () => {
  async function clocked() {
    let at = new Date('2026-11-25T13:03:00Z');
    const db = await openLogDb();
    const log = new ActionLog(db);
    let n = 0;
    const service = createService({
      db,
      log,
      now: () => at,
      uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
      moderatorId: async () => 'mod-1',
      settings: async () => ({ moderatorName: 'M', office: 'O', wordLists: {}, monitoring: DEFAULT_MONITORING_SETTINGS, officeAccounts: [], exportReminderDays: 30, retentionDays: 0 }) as never,
    });
    return { db, log, service, later: (ms: number) => (at = new Date(at.getTime() + ms)) };
  }

  it('takes back an archive within ten minutes: both records stay, the comment counts as not archived, and it can be archived again', async () => {
    const { log, service, later } = await clocked();
    const first = await service.recordAction(archiveRequest('1001'));
    expect(first.ok && first.value.status.undo).toMatchObject({ recordId: '00000000-0000-4000-8000-000000000001', kind: 'archived', until: '2026-11-25T13:13:00.000Z' });
    later(9 * 60_000);
    const undone = await service.retractAction({ recordId: '00000000-0000-4000-8000-000000000001' });
    expect(undone).toMatchObject({ ok: true, value: { retracted: true, status: { kinds: [] } } });
    expect(undone.ok && undone.value.status.archived).toBeUndefined();
    const records = await log.all();
    expect(records.map((r) => [r.kind, r.refersTo, r.checks])).toEqual([
      ['archived', undefined, ['archive']],
      ['retracted', '00000000-0000-4000-8000-000000000001', ['retracts:archived']],
    ]);
    expect(records[1]!.subject).toEqual(records[0]!.subject);
    expect(await verifyChain(records)).toBeNull();
    const summary = await service.getSummary(undefined);
    expect(summary.ok && summary.value.archivedToday).toBe(0);
    // Taken back once only; and the comment may be archived again, as a new record.
    expect((await service.retractAction({ recordId: '00000000-0000-4000-8000-000000000001' })).ok && (await log.all()).length).toBe(2);
    const again = await service.recordAction(archiveRequest('1001'));
    expect(again.ok && again.value.alreadyRecorded).toBe(false);
    expect((await log.all()).map((r) => r.kind)).toEqual(['archived', 'retracted', 'archived']);
  });

  it('refuses after ten minutes, a record that is no action, and a record of another moderator', async () => {
    const { db, log, service, later } = await clocked();
    await service.recordAction(archiveRequest('1001', {}, 'replied'));
    later(10 * 60_000 + 1);
    const late = await service.retractAction({ recordId: '00000000-0000-4000-8000-000000000001' });
    expect(late.ok && late.value.retracted).toBe(false);
    expect(late.ok && late.value.status.undo).toBeUndefined();
    // A colleague's record in this log (imported, or another profile's id) cannot be taken back here.
    const other = await log.append({ ...unsealedRecord('00000000-0000-4000-8000-0000000000aa'), moderator: { id: 'mod-2', name: 'Kollega' } } as never);
    expect((await service.retractAction({ recordId: other.record.id })).ok).toBe(true);
    expect((await log.all()).map((r) => r.kind)).not.toContain('retracted');
    expect(await db.count('log')).toBe(2);
    expect((await service.retractAction({ recordId: '00000000-0000-4000-8000-0000000000ff' })).ok).toBe(true);
  });
});
