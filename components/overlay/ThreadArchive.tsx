import { t, type MessageKey } from '../../lib/i18n';
import type { ThreadTally, ThreadView } from '../../lib/overlay/types';
import { clipText, isolate } from '../../lib/util/unicode';

export interface Props {
  threads: readonly ThreadView[];
}

const POST_KEYS: Record<NonNullable<ThreadTally['post']>, MessageKey> = {
  recorded: 'threadPostRecorded',
  already: 'threadPostAlready',
  failed: 'threadPostFailed',
};

/** "1 kommentar" or "12 kommentarer": the browser's messages have no plural forms, so two keys. */
const counted = (n: number, one: MessageKey, many: MessageKey) => (n === 1 ? t(one) : t(many, String(n)));

/** The end of a run in plain sentences: what was archived, what was already, and what failed or was left. */
export function threadSummary(tally: ThreadTally): string {
  return [
    tally.post ? t(POST_KEYS[tally.post]) : t('threadPostMissing'),
    counted(tally.archived, 'threadArchivedOne', 'threadArchivedMany'),
    tally.already > 0 && counted(tally.already, 'threadAlreadyOne', 'threadAlreadyMany'),
    tally.failed > 0 && counted(tally.failed, 'threadFailedOne', 'threadFailedMany'),
    tally.skipped > 0 && counted(tally.skipped, 'threadSkippedOne', 'threadSkippedMany'),
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * "Arkivera hela tråden" for each post with comments on the page: the button, the progress while a run
 * goes on, and its summary said in a polite live region. The button stays focusable during a run
 * (aria-disabled, not disabled), so a keyboard user's focus is not lost.
 */
export default function ThreadArchive({ threads }: Props) {
  const several = threads.length > 1;
  return (
    <section class="threads" aria-label={t('threadHeading')} data-testid="threads">
      {threads.map((thread) => (
        <div key={thread.key} class="thread" data-testid="thread" data-post-id={thread.key}>
          {several && <p dir="auto">{clipText(thread.text, 80)}</p>}
          <button
            type="button"
            data-testid="archive-thread"
            title={t('threadArchiveHelp')}
            aria-label={several ? t('threadArchiveLabel', isolate(clipText(thread.text, 80))) : undefined}
            aria-disabled={thread.running ? 'true' : undefined}
            aria-busy={thread.running ? 'true' : undefined}
            onClick={(e) => thread.onArchive(e)}
          >
            {t('threadArchive')}
          </button>{' '}
          {thread.running && (
            <span data-testid="thread-progress">{t('threadProgress', [String(Math.min(thread.running.done + 1, thread.running.total)), String(thread.running.total)])}</span>
          )}
          <p class="thread-summary" role="status" aria-live="polite" data-testid="thread-summary">
            {thread.summary ? threadSummary(thread.summary) : ''}
          </p>
        </div>
      ))}
    </section>
  );
}
