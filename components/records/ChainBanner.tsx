import { formatDateTimeLong, t } from '../../lib/i18n';
import type { ChainStatus } from '../../lib/messaging/protocol';

export interface Props {
  chain: ChainStatus | null;
  checking: boolean;
  /** Hashes every record again now. */
  onCheckWhole: () => void;
}

/** Whether the log's integrity chain is whole, and plainly where it is broken and what that means. */
export default function ChainBanner({ chain, checking, onCheckWhole }: Props) {
  if (chain?.break) {
    return (
      <p class="error" role="alert" data-testid="chain-status" data-chain="broken">
        {t('recordsChainBroken', [String(chain.break.seq), chain.break.recordId, formatDateTimeLong(chain.break.foundAt)])}
      </p>
    );
  }
  if (checking || !chain?.checkedAt) {
    return (
      <p class="hint" aria-live="polite" data-testid="chain-status" data-chain="checking">
        {t('recordsChainChecking')}
      </p>
    );
  }
  return (
    <p class="hint" aria-live="polite" data-testid="chain-status" data-chain="whole">
      {t('recordsChainWhole', [String(chain.count), formatDateTimeLong(chain.wholeCheckedAt ?? chain.checkedAt)])}{' '}
      <button type="button" class="link" onClick={onCheckWhole} data-testid="check-whole">
        {t('recordsCheckWhole')}
      </button>
    </p>
  );
}
