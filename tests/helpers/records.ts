import type { ActionRequest } from '../../lib/messaging';
import type { ActionKind } from '../../lib/model';
import type { UnsealedRecord } from '../../lib/store/integrity';

/** An invented comment on an invented office Page. */
export function archiveRequest(
  id = '1001',
  overrides: Partial<ActionRequest['comment']> = {},
  kind: ActionKind = 'archived',
): ActionRequest {
  return {
    kind,
    checks: ['archive'],
    site: 'facebook',
    pageUrl: 'https://www.facebook.com/norrbyexempel/posts/123456789',
    comment: {
      id,
      permalink: `https://www.facebook.com/norrbyexempel/posts/123456789?comment_id=${id}`,
      authorName: 'Anna Exempelsson',
      authorUrl: 'https://www.facebook.com/anna.exempelsson.1',
      text: 'När öppnar simhallen igen?',
      postedLabel: '2 d',
      isReply: false,
      ...overrides,
    },
    post: {
      id: '123456789',
      permalink: 'https://www.facebook.com/norrbyexempel/posts/123456789',
      authorName: 'Stadsdelsförvaltning Norrby (exempel)',
      text: 'Simhallen håller stängt för renovering.',
    },
  };
}

export function unsealed(id: string, text = 'hej'): UnsealedRecord {
  return {
    schema: 'moderation-record/1',
    id,
    kind: 'archived',
    occurredAt: '2026-11-25T14:03:00+01:00',
    moderator: { id: 'm-1', name: 'Moderator Exempel' },
    office: 'Norrby (exempel)',
    account: { platform: 'facebook', name: 'Norrby', url: 'https://www.facebook.com/norrbyexempel' },
    checks: ['archive'],
    note: text,
  };
}
