import { formatDateTime, t } from '../../lib/i18n';
import type { OwnPostView } from '../../lib/overlay/types';
import { clipText, isolate } from '../../lib/util/unicode';

export interface Props {
  posts: readonly OwnPostView[];
}

/** The office's own posts on the page with their publishing reminders and the two answers that log a record. */
export default function OwnPostReminders({ posts }: Props) {
  return (
    <section class="own-posts" aria-label={t('publishHeading')} data-testid="own-posts">
      <strong>{t('publishHeading')}</strong>
      {posts.map((post) => (
        <div key={post.key} class="own-post" data-testid="own-post" data-post-id={post.key} data-handled={post.done ? post.done.outcome : undefined}>
          <p dir="auto">{t('publishPost', isolate(clipText(post.text, 80)))}</p>
          <ul>
            {post.reminders.map((r) => (
              <li key={r.kind} data-testid="publish-reminder" data-kind={r.kind}>
                {r.text} <span class="why" dir="auto">{t('publishWhy', isolate(r.excerpt))}</span>
              </li>
            ))}
          </ul>
          {post.done ? (
            <span role="status" data-testid="publish-done">
              {t(post.done.outcome === 'consent' ? 'publishDoneConsent' : 'publishDoneFixed', formatDateTime(post.done.occurredAt))}
            </span>
          ) : (
            <>
              <button type="button" data-testid="publish-consent" disabled={post.busy} onClick={(e) => post.onAnswer(e, 'consent')}>
                {t('publishConsent')}
              </button>{' '}
              <button type="button" class="secondary" data-testid="publish-fixed" disabled={post.busy} onClick={(e) => post.onAnswer(e, 'fixed')}>
                {t('publishFixed')}
              </button>
              {post.failed && (
                <span role="alert" data-testid="publish-failed">
                  {t('publishFailed')}
                </span>
              )}
            </>
          )}
        </div>
      ))}
    </section>
  );
}
