import { t } from '../../lib/i18n';
import { FAILURE_KEYS } from '../../lib/evidence/labels';
import type { EvidenceFailure } from '../../lib/model';

export interface Props {
  failure: EvidenceFailure;
}

/** After an archive whose picture could not be drawn: the record was kept without it, and why. */
export default function EvidenceFailureNotice({ failure }: Props) {
  return (
    <p class="notice" role="status" data-testid="evidence-failure">
      {t('evidenceMissingNow', [t(FAILURE_KEYS[failure])])}
    </p>
  );
}
