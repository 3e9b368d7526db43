import { t } from '../../lib/i18n';

export interface Props {
  /** The moderator has already confirmed the comment. */
  checked: boolean;
  onConfirm: (event: Event) => void;
}

/** Warns that a comment's id is claimed twice (or its links disagree) until the moderator checks it. */
export default function IdentityNotice({ checked, onConfirm }: Props) {
  if (checked) {
    return (
      <p class="identity checked" data-testid="identity-checked">
        ✓ {t('identityConfirmed')}
      </p>
    );
  }
  return (
    <div class="identity" role="alert" data-testid="identity-in-doubt">
      <p>{t('identityInDoubt')}</p>
      <button type="button" data-testid="confirm-identity" onClick={(e) => onConfirm(e)}>
        {t('identityConfirm')}
      </button>
    </div>
  );
}
