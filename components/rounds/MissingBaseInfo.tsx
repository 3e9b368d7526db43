import { useEffect, useState } from 'preact/hooks';
import { formatDateTime, t } from '../../lib/i18n';
import type { MessageKey } from '../../lib/i18n';
import type { BaseInfoPiece } from '../../lib/checks/base-info';
import type { Result } from '../../lib/messaging/protocol';
import type { AccountInfoSeen } from '../../lib/monitoring/account-info';
import { isolate } from '../../lib/util/unicode';

export interface Props {
  load: () => Promise<Result<AccountInfoSeen[]>>;
}

const LABEL: Record<BaseInfoPiece, MessageKey> = {
  sender: 'basePieceSender',
  'personal-data': 'basePiecePersonalData',
  participation: 'basePieceParticipation',
  'public-record': 'basePiecePublicRecord',
};

/** The office accounts whose about/intro view or bio lacked base information when last looked at. */
export default function MissingBaseInfo({ load }: Props) {
  const [accounts, setAccounts] = useState<AccountInfoSeen[] | null>(null);
  useEffect(() => {
    void load().then((r) => setAccounts(r.ok ? r.value : []));
  }, [load]);
  if (!accounts || accounts.length === 0) return null;
  const lacking = accounts.filter((a) => a.missing.length > 0);
  return (
    <section aria-label={t('roundBaseHeading')} data-testid="missing-base-info">
      <h2>{t('roundBaseHeading')}</h2>
      {lacking.length === 0 ? (
        <p>{t('roundBaseNone')}</p>
      ) : (
        <ul>
          {lacking.map((a) => (
            <li key={a.url} data-testid="missing-base-account" data-account={a.url} dir="auto">
              {t('roundBaseItem', [isolate(a.name || a.url), a.missing.map((p) => t(LABEL[p])).join(', '), formatDateTime(a.checkedAt)])}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
