import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { NAME_MAX, type LoadedSettings } from '../../lib/settings';

export interface Props {
  load: () => Promise<LoadedSettings>;
  save: (input: { moderatorName: string; office: string }) => Promise<{ success: boolean }>;
}

type Field = 'moderatorName' | 'office';
const labels: Record<Field, 'optionsModeratorName' | 'optionsOffice'> = {
  moderatorName: 'optionsModeratorName',
  office: 'optionsOffice',
};

/** The settings page: who is moderating and for which office; fields set by policy are locked. */
export default function OptionsApp({ load, save }: Props) {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [values, setValues] = useState({ moderatorName: '', office: '' });
  const [message, setMessage] = useState('');

  useEffect(() => {
    void load().then((l) => {
      setLoaded(l);
      setValues({ moderatorName: l.settings.moderatorName, office: l.settings.office });
    });
  }, [load]);

  const tooLong = (Object.keys(values) as Field[]).some((f) => values[f].trim().length > NAME_MAX);

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (tooLong) return;
    const result = await save(values);
    setMessage(result.success ? t('optionsSaved') : t('optionsTooLong', String(NAME_MAX)));
  }

  if (!loaded) return <p>{t('popupLoading')}</p>;
  return (
    <form onSubmit={onSubmit}>
      <h1>{t('optionsTitle')}</h1>
      {(Object.keys(labels) as Field[]).map((field) => {
        const locked = loaded.locked.includes(field);
        return (
          <p key={field}>
            <label for={field}>{t(labels[field])}</label>
            <input
              id={field}
              name={field}
              value={values[field]}
              maxLength={NAME_MAX}
              readOnly={locked}
              aria-describedby={locked ? `${field}-locked` : undefined}
              onInput={(e) => setValues({ ...values, [field]: (e.target as HTMLInputElement).value })}
            />
            {locked && <small id={`${field}-locked`}>{t('optionsManaged')}</small>}
          </p>
        );
      })}
      {tooLong && <p role="alert">{t('optionsTooLong', String(NAME_MAX))}</p>}
      <button type="submit">{t('optionsSave')}</button>
      <p aria-live="polite">{message}</p>
    </form>
  );
}
