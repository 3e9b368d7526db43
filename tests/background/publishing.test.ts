// "Samtycke finns" / "Åtgärdat" in the background: one `publishing-reviewed` record per post, about the
// post, naming the reminders and the outcome; only for a post by one of the office's accounts.
import { describe, expect, it } from 'vitest';
import { createPublishingHandlers } from '../../lib/background/publishing';
import { ModerationRecordSchema } from '../../lib/model';
import { ReviewPublishingSchema, type RequestOf } from '../../lib/messaging/protocol';
import { DEFAULT_MONITORING_SETTINGS } from '../../lib/settings';
import { openLogDb } from '../../lib/store/db';
import { verifyChain } from '../../lib/store/integrity';
import { ActionLog } from '../../lib/store/log';
import { serialQueue } from '../../lib/util/serial';

async function setup() {
  const db = await openLogDb();
  const log = new ActionLog(db);
  let n = 0;
  let recorded = 0;
  const handlers = createPublishingHandlers({
    log,
    queue: serialQueue(),
    now: () => new Date('2026-11-25T13:03:00Z'),
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    moderatorId: async () => 'mod-1',
    onRecorded: () => void recorded++,
    settings: async () => ({
      moderatorName: 'Kommunikatör Exempel',
      office: 'Norrby (exempel)',
      wordLists: { political: { add: [], remove: [] }, unlawful: { add: [], remove: [] } },
      monitoring: DEFAULT_MONITORING_SETTINGS,
      officeAccounts: ['https://www.facebook.com/norrbyexempel'],
      exportReminderDays: 30,
      retentionDays: 0,
    }),
  });
  return { log, handlers, recorded: () => recorded };
}

const request = (over: Partial<RequestOf<'reviewPublishing'>> = {}): RequestOf<'reviewPublishing'> => ({
  site: 'facebook',
  pageUrl: 'https://www.facebook.com/norrbyexempel/posts/pfbid0Exempel419',
  post: {
    id: 'pfbid0Exempel419',
    permalink: 'https://www.facebook.com/norrbyexempel/posts/pfbid0Exempel419',
    authorName: 'Stadsdelsförvaltning Norrby (exempel)',
    authorUrl: 'https://www.facebook.com/norrbyexempel',
    text: 'Grattis till Alva, 10 år, i klass 4B på Norrbyskolan!',
  },
  reminders: ['minor'],
  outcome: 'consent',
  ...over,
});

describe('reviewPublishing', () => {
  it('logs one publishing-reviewed record about the post, with its reminders and outcome', async () => {
    const { log, handlers, recorded } = await setup();
    const answer = await handlers.reviewPublishing(request());
    expect(answer).toEqual({
      ok: true,
      value: { status: { recordId: '00000000-0000-4000-8000-000000000001', occurredAt: '2026-11-25T14:03:00+01:00', outcome: 'consent' }, alreadyRecorded: false },
    });
    const records = await log.all();
    expect(records).toHaveLength(1);
    const record = ModerationRecordSchema.parse(records[0]);
    expect(record).toMatchObject({
      kind: 'publishing-reviewed',
      moderator: { id: 'mod-1', name: 'Kommunikatör Exempel' },
      account: { platform: 'facebook', url: 'https://www.facebook.com/norrbyexempel' },
      subject: { kind: 'post', id: 'pfbid0Exempel419', authorUrl: 'https://www.facebook.com/norrbyexempel', text: expect.stringContaining('Alva') },
      checks: ['publishing:minor', 'outcome:consent'],
    });
    expect(await verifyChain(records)).toBeNull();
    expect(recorded()).toBe(1);
  });

  it('answers a second click with the first record instead of logging again', async () => {
    const { log, handlers } = await setup();
    await handlers.reviewPublishing(request());
    const again = await handlers.reviewPublishing(request({ outcome: 'fixed' }));
    expect(again.ok && again.value).toMatchObject({ alreadyRecorded: true, status: { outcome: 'consent' } });
    expect(await log.all()).toHaveLength(1);
  });

  it('refuses a post whose author is not one of the office\'s accounts', async () => {
    const { log, handlers } = await setup();
    const post = { ...request().post, authorUrl: 'https://www.facebook.com/annan.forening.exempel' };
    expect(await handlers.reviewPublishing(request({ post }))).toEqual({ ok: false, error: 'invalid-message' });
    expect(await log.all()).toHaveLength(0);
  });

  it('getPublishingStatus tells which posts were reviewed, and how', async () => {
    const { handlers } = await setup();
    await handlers.reviewPublishing(request({ outcome: 'fixed' }));
    const status = await handlers.getPublishingStatus({ platform: 'facebook', postIds: ['pfbid0Exempel419', 'other'] });
    expect(status).toEqual({ ok: true, value: { pfbid0Exempel419: { recordId: '00000000-0000-4000-8000-000000000001', occurredAt: '2026-11-25T14:03:00+01:00', outcome: 'fixed' } } });
  });

  it('the message schema refuses a review without reminders, an unknown outcome or a post without its author\'s address', () => {
    expect(ReviewPublishingSchema.safeParse(request()).success).toBe(true);
    expect(ReviewPublishingSchema.safeParse(request({ reminders: [] })).success).toBe(false);
    expect(ReviewPublishingSchema.safeParse({ ...request(), outcome: 'maybe' }).success).toBe(false);
    const { authorUrl: _, ...post } = request().post;
    expect(ReviewPublishingSchema.safeParse({ ...request(), post }).success).toBe(false);
  });
});
