import { formatDateTime, t } from '../../lib/i18n';
import type { StoreWipe } from '../../lib/messaging/protocol';

export interface Props {
  wipe: StoreWipe;
}

/** Says that earlier local records were wiped from the browser, how many and up to when. */
export default function WipeNotice({ wipe }: Props) {
  return (
    <p class="notice" role="status" data-testid="store-wiped">
      {t('storeWiped', [String(wipe.lostCount), formatDateTime(wipe.lastOccurredAt)])}
    </p>
  );
}
