import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ErrorCode, Result } from '../../lib/messaging/protocol';
import type { RoundsSnapshot } from '../../lib/monitoring/snapshot';
import ErrorMessage from '../ErrorMessage';
import RoundsPanel from './RoundsPanel';

export interface Props {
  load: () => Promise<Result<RoundsSnapshot>>;
  complete: (scheduledAt: string) => Promise<Result<RoundsSnapshot>>;
  showWeek?: boolean;
}

/** Loads the rounds and keeps them current after "Runda klar"; used by the popup and the round view. */
export default function RoundApp({ load, complete, showWeek }: Props) {
  const [snapshot, setSnapshot] = useState<RoundsSnapshot | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  useEffect(() => {
    void load().then((r) => (r.ok ? setSnapshot(r.value) : setError(r.error)));
  }, [load]);
  async function onComplete(scheduledAt: string) {
    const r = await complete(scheduledAt);
    if (r.ok) setSnapshot(r.value);
    else setError(r.error);
  }
  if (error) return <ErrorMessage error={error} />;
  if (!snapshot) return <p>{t('popupLoading')}</p>;
  return <RoundsPanel snapshot={snapshot} onComplete={onComplete} showWeek={showWeek} />;
}
