import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { BaseInfoView } from '../../lib/overlay/types';

export interface Props {
  info: BaseInfoView;
}

/** The account's base information: each piece the policy asks for, found or missing, with a suggested text to copy. */
export default function BaseInfoPanel({ info }: Props) {
  const [copied, setCopied] = useState<Record<string, boolean>>({});
  const copy = (id: string, text: string) =>
    void navigator.clipboard.writeText(text).then(
      () => setCopied((c) => ({ ...c, [id]: true })),
      () => setCopied((c) => ({ ...c, [id]: false })),
    );
  return (
    <section class="base-info" aria-label={t('baseHeading')} data-testid="base-info">
      <strong>{t('baseHeading')}</strong>
      <ul>
        {info.pieces.map((piece) => (
          <li key={piece.id} data-testid="base-piece" data-piece={piece.id} data-found={String(piece.found)}>
            <span class={piece.found ? 'piece-found' : 'piece-missing'}>{t(piece.found ? 'baseFound' : 'baseMissing')}</span>: {t(piece.label)}
            {!piece.found && piece.suggestion && (
              <div class="suggestion">
                {t('baseSuggestionLabel')}{' '}
                <q lang="sv" data-testid="base-suggestion">
                  {t(piece.suggestion)}
                </q>{' '}
                <button type="button" class="secondary" data-testid={`base-copy-${piece.id}`} onClick={() => copy(piece.id, t(piece.suggestion!))}>
                  {t('baseCopy')}
                </button>
                {copied[piece.id] !== undefined && <span aria-live="polite">{t(copied[piece.id] ? 'baseCopied' : 'baseCopyFailed')}</span>}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
