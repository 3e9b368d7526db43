import { t } from '../../lib/i18n';
import type { GoneView } from '../../lib/overlay/types';
import { clipText, isolate } from '../../lib/util/unicode';

export interface Props {
  gone: readonly GoneView[];
}

/** Comments that left the page after the moderator acted on them; a documented one can be confirmed as removed. */
export default function GoneList({ gone }: Props) {
  return (
    <section class="gone" aria-label={t('goneHeading')} data-testid="gone">
      <ul>
        {gone.map((g) => (
          <li key={g.key} data-testid="gone-item" data-comment-id={g.key} dir="auto">
            {t('goneItem', [isolate(g.authorName), isolate(clipText(g.text, 80))])}
            {g.documented && (
              <>
                {' '}
                <button type="button" data-testid="gone-confirm-removed" disabled={g.busy} onClick={(e) => g.onConfirmRemoved(e)}>
                  {t('goneConfirmRemoved')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
