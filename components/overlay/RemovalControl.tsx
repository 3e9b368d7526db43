import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { groundLabel, LAW_GROUND_ORDER } from '../../lib/checks/labels';
import type { LawGroundId } from '../../lib/model';

export interface Props {
  /** Grounds the check suggests; the first is preselected. */
  suggested: readonly LawGroundId[];
  busy: boolean;
  onRemove: (event: Event, ground: LawGroundId) => void;
  /** True for an event a person caused: a script cannot choose the legal ground. */
  accept: (event: Event) => boolean;
}

/** "Document and remove": refuses to go on until a legal ground (BBS-lagen 5 §) is chosen. */
export default function RemovalControl({ suggested, busy, onRemove, accept }: Props) {
  const [ground, setGround] = useState<LawGroundId | ''>(suggested[0] ?? '');
  const [missing, setMissing] = useState(false);

  function remove(event: Event) {
    if (!accept(event)) return;
    if (!ground) {
      setMissing(true);
      return;
    }
    setMissing(false);
    onRemove(event, ground);
  }

  return (
    <div class="remove">
      <label>
        {t('lawGroundLabel')}{' '}
        <select
          data-testid="law-ground"
          value={ground}
          aria-invalid={missing}
          onChange={(e) => {
            const select = e.target as HTMLSelectElement;
            // A script's change is undone: the select shows the ground a person chose.
            if (accept(e)) setGround(select.value as LawGroundId | '');
            else select.value = ground;
          }}
        >
          <option value="">{t('lawGroundChoose')}</option>
          {LAW_GROUND_ORDER.map((g) => (
            <option key={g} value={g}>
              {groundLabel(g)}
            </option>
          ))}
        </select>
      </label>{' '}
      <button type="button" data-testid="action-removed" disabled={busy} onClick={(e) => remove(e)}>
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
