/** The office's own posts: reminders before publishing personal data (children, art. 9, personnummer, phone). */
import { t } from '../i18n';
import type { MessageKey } from '../i18n';
import { definePostCheck } from './post-check';
import { publishingReminders, PUBLISHING_KINDS, type PublishingKind } from './publishing';

const TEXT: Record<PublishingKind, MessageKey> = {
  minor: 'publishMinor',
  sensitive: 'publishSensitive',
  personnummer: 'publishPersonnummer',
  phone: 'publishPhone',
};

export default definePostCheck({
  id: 'publishing',
  run(post, ctx) {
    // Only a post proven by its address to be the office's: a look-alike account's post is not the office's publication.
    if (ctx.own !== 'url') return [];
    const found = publishingReminders(post.text, ctx.findings);
    return PUBLISHING_KINDS.flatMap((kind) => {
      const first = found.find((r) => r.kind === kind);
      return first ? [{ kind, text: t(TEXT[kind]), excerpt: first.text }] : [];
    });
  },
  tags: (reminders) => reminders.map((r) => `publishing:${r.kind}`),
});
