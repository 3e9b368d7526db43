import { t } from '../../lib/i18n';
import { TERM_MAX, TERMS_MAX } from '../../lib/settings';

export interface Props {
  id: string;
  label: string;
  value: string;
  invalid: boolean;
  onInput: (value: string) => void;
  /** Set by policy: shown, not editable. */
  readOnly?: boolean;
  /** The id of the help text that describes the field. */
  describedBy?: string;
}

/** A labelled textarea for a word list, one term per line. */
export default function WordListField({ id, label, value, invalid, onInput, readOnly, describedBy = 'wordlists-help' }: Props) {
  return (
    <p>
      <label for={id}>{label}</label>
      <textarea
        id={id}
        data-testid={id}
        rows={4}
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        readOnly={readOnly}
        spellcheck={false}
        onInput={(e) => onInput((e.target as HTMLTextAreaElement).value)}
      />
      {invalid && <small role="alert">{t('optionsTermsInvalid', [String(TERM_MAX), String(TERMS_MAX)])}</small>}
    </p>
  );
}
