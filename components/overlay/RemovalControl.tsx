import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { groundLabel, LAW_GROUND_ORDER } from '../../lib/checks/labels';
import type { LawGroundId } from '../../lib/model';

export interface Props {
  /** Grounds the check suggests; the first is preselected. */
  suggested: readonly LawGroundId[];
  busy: boolean;
  onRemove: (ground: LawGroundId) => void;
}

/** "Document and remove": refuses to go on until a legal ground (BBS-lagen 5 §) is chosen. */
export default function RemovalControl({ suggested, busy, onRemove }: Props) {
  const [ground, setGround] = useState<LawGroundId | ''>(suggested[0] ?? '');
  const [missing, setMissing] = useState(false);

  function remove() {
    if (!ground) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onRemove(ground);
  }

  return (
    <div class="remove">
      <label>
        {t('lawGroundLabel')}{' '}
        <select
          data-testid="law-ground"
          value={ground}
          aria-invalid={missing}
          onChange={(e) => setGround((e.target as HTMLSelectElement).value as LawGroundId | '')}
        >
          <option value="">{t('lawGroundChoose')}</option>
          {LAW_GROUND_ORDER.map((g) => (
            <option key={g} value={g}>
              {groundLabel(g)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" data-testid="action-removed" disabled={busy} onClick={remove}>
        {t('actionRemoved')}
      </button>
      {missing && (
        <p class="error" role="alert">
          {t('lawGroundRequired')}
        </p>
      )}
    </div>
  );
}
