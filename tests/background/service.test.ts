import { describe, expect, it } from 'vitest';
import { createService } from '../../lib/background/service';
import { ModerationRecordSchema } from '../../lib/model';
import { openLogDb } from '../../lib/store/db';
import { verifyChain } from '../../lib/store/integrity';
import { ActionLog } from '../../lib/store/log';
import { archiveRequest } from '../helpers/records';

async function setup(now = new Date('2026-11-25T13:03:00Z')) {
  const log = new ActionLog(await openLogDb());
  let n = 0;
  const service = createService({
    log,
    now: () => now,
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    settings: async () => ({ moderatorId: 'mod-1', moderatorName: 'Moderator Exempel', office: 'Norrby (exempel)' }),
  });
  return { log, service };
}

describe('background service: archiveComment', () => {
  it('stores a moderation-record/1 with the comment, post, account and chain', async () => {
    const { log, service } = await setup();
    const result = await service.archiveComment(archiveRequest('1001'));
    expect(result).toEqual({
      ok: true,
      value: { status: { recordId: '00000000-0000-4000-8000-000000000001', occurredAt: '2026-11-25T14:03:00+01:00' }, alreadyArchived: false },
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
    const results = await Promise.all([1, 2, 3].map(() => service.archiveComment(archiveRequest('1001'))));
    const again = await service.archiveComment(archiveRequest('1001'));
    expect(again.ok && again.value.alreadyArchived).toBe(true);
    expect(results.filter((r) => r.ok && !r.value.alreadyArchived)).toHaveLength(1);
    const archived = (await log.all()).filter((r) => r.subject?.id === '1001');
    expect(archived).toHaveLength(1);
  });

  it('records replies as replies and keeps the chain across many comments', async () => {
    const { log, service } = await setup();
    await service.archiveComment(archiveRequest('1001'));
    await service.archiveComment(archiveRequest('1002', { isReply: true, parentId: '1001' }));
    const records = await log.all();
    expect(records.map((r) => r.subject?.kind)).toEqual(['comment', 'reply']);
    expect(await verifyChain(records)).toBeNull();
  });

  it('reports archive status per comment id', async () => {
    const { service } = await setup();
    await service.archiveComment(archiveRequest('1001'));
    const status = await service.getArchiveStatus({ platform: 'facebook', commentIds: ['1001', '1002'] });
    expect(status.ok && Object.keys(status.value)).toEqual(['1001']);
    const other = await service.getArchiveStatus({ platform: 'instagram', commentIds: ['1001'] });
    expect(other.ok && other.value).toEqual({});
  });

  it("summarises today's archived comments, newest first", async () => {
    const { service } = await setup();
    for (const id of ['1', '2', '3', '4', '5', '6']) await service.archiveComment(archiveRequest(id, { text: `text ${id}` }));
    const summary = await service.getSummary(undefined);
    expect(summary.ok).toBe(true);
    if (!summary.ok) return;
    expect(summary.value.archivedToday).toBe(6);
    expect(summary.value.day).toBe('2026-11-25');
    expect(summary.value.latest.map((i) => i.text)).toEqual(['text 6', 'text 5', 'text 4', 'text 3', 'text 2']);
  });

  it('turns a storage failure into a plain error result', async () => {
    const { log, service } = await setup();
    log.append = () => Promise.reject(new Error('QuotaExceededError'));
    expect(await service.archiveComment(archiveRequest('1001'))).toEqual({ ok: false, error: 'storage-failed' });
  });
});
