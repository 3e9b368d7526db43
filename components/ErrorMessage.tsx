import { t, type MessageKey } from '../lib/i18n';
import type { ErrorCode } from '../lib/messaging';

export interface Props {
  error: ErrorCode;
}

const keys: Record<ErrorCode, MessageKey> = {
  'invalid-message': 'errorInvalid',
  'storage-failed': 'errorStorage',
  unavailable: 'errorUnavailable',
  internal: 'archiveFailed',
  'storage-full': 'errorStorageFull',
  'storage-wiped': 'errorStorageWiped',
  'storage-newer-version': 'errorStorageNewer',
  'storage-blocked': 'errorStorageBlocked',
  'storage-timeout': 'errorStorageTimeout',
};

/** A plain-language error, announced to screen readers. */
export default function ErrorMessage({ error }: Props) {
  return (
    <p class="error" role="alert">
      {t(keys[error])}
    </p>
  );
}
