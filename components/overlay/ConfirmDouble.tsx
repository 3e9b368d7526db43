import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface Props {
  /** The colleague who archived the comment already, as the bar names them. */
  who: string;
  registrationNumber: string;
  onAnswer: (event: Event, archiveAnyway: boolean) => void;
}

/** "Archived already by a colleague: archive again?" after an archive click; "No" has the focus, as the safe answer. */
export default function ConfirmDouble({ who, registrationNumber, onAnswer }: Props) {
  const no = useRef<HTMLButtonElement>(null);
  useEffect(() => no.current?.focus(), []);
  return (
    <div class="notice" role="group" aria-labelledby="double-q" data-testid="confirm-double">
      <p id="double-q">{t('doubleQuestion', [who, registrationNumber])}</p>
      <button type="button" ref={no} data-testid="double-no" onClick={(e) => onAnswer(e, false)}>
        {t('doubleNo')}
      </button>{' '}
      <button type="button" class="secondary" data-testid="double-yes" onClick={(e) => onAnswer(e, true)}>
        {t('doubleYes')}
      </button>
    </div>
  );
}
