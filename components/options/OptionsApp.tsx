import { useEffect, useState } from 'preact/hooks';
import { WORD_LISTS } from '../../lib/checks/page-checks';
import { t } from '../../lib/i18n';
import {
  NAME_MAX,
  TERM_MAX,
  TERMS_MAX,
  termsFromText,
  type LoadedSettings,
  type WordListSettings,
} from '../../lib/settings';
import SettingProblems from './SettingProblems';
import WordListField from './WordListField';
import BuiltInTerms from './BuiltInTerms';

export interface Props {
  load: () => Promise<LoadedSettings>;
  save: (input: Partial<{ moderatorName: string; office: string; wordLists: WordListSettings; politicians: string[] }>) => Promise<{ success: boolean }>;
}

type Field = 'moderatorName' | 'office';
type ListKey = `${keyof WordListSettings}.${'add' | 'remove'}`;
const labels: Record<Field, 'optionsModeratorName' | 'optionsOffice'> = {
  moderatorName: 'optionsModeratorName',
  office: 'optionsOffice',
};
/** One fieldset per check that offers a word list, in the checks' order. */
const lists = WORD_LISTS.map(({ key, title }) => ({ list: key, title }));
const PARTS = ['add', 'remove'] as const;

function listsToText(w: WordListSettings): Record<ListKey, string> {
  const entries = lists.flatMap(({ list }) => PARTS.map((part) => [`${list}.${part}`, w[list][part].join('\n')]));
  return Object.fromEntries(entries) as Record<ListKey, string>;
}

function textToLists(text: Record<ListKey, string>): WordListSettings {
  const entries = lists.map(({ list }) => [list, { add: termsFromText(text[`${list}.add`]), remove: termsFromText(text[`${list}.remove`]) }]);
  return Object.fromEntries(entries) as WordListSettings;
}

const validTerms = (text: string) => {
  const terms = termsFromText(text);
  return terms.length <= TERMS_MAX && terms.every((term) => term.length <= TERM_MAX);
};

type Message = { text: string; error: boolean } | null;

/** A section's own save message, beside its button: said politely, red when it failed. */
function SaveMessage({ id, message }: { id: string; message: Message }) {
  return (
    <p aria-live="polite" data-testid={id} class={message?.error ? 'error' : undefined}>
      {message?.text}
    </p>
  );
}

/**
 * The settings page's first two sections, each with its own save and message: who moderates for which
 * office, and the user's own review words and politicians' names.
 */
export default function OptionsApp({ load, save }: Props) {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [values, setValues] = useState({ moderatorName: '', office: '' });
  const [words, setWords] = useState<Record<ListKey, string> | null>(null);
  const [politicians, setPoliticians] = useState('');
  const [youMessage, setYouMessage] = useState<Message>(null);
  const [wordsMessage, setWordsMessage] = useState<Message>(null);

  useEffect(() => {
    void load().then((l) => {
      setLoaded(l);
      setValues({ moderatorName: l.settings.moderatorName, office: l.settings.office });
      setWords(listsToText(l.settings.wordLists));
      setPoliticians((l.settings.politicians ?? []).join('\n'));
    });
  }, [load]);

  if (!loaded || !words) return <p>{t('popupLoading')}</p>;
  const tooLong = (Object.keys(values) as Field[]).some((f) => values[f].trim().length > NAME_MAX);
  const invalidLists = (Object.keys(words) as ListKey[]).filter((k) => !validTerms(words[k]));
  const politiciansLocked = loaded.locked.includes('politicians');
  const invalidPoliticians = !validTerms(politicians);

  const saved = async (input: Parameters<Props['save']>[0], say: (m: Message) => void) => {
    try {
      const result = await save(input);
      say(result.success ? { text: t('optionsSaved'), error: false } : { text: t('optionsSaveFailed'), error: true });
    } catch {
      say({ text: t('optionsSaveFailed'), error: true });
    }
  };

  async function onSaveYou(event: Event) {
    event.preventDefault();
    if (tooLong) return setYouMessage({ text: t('optionsNotSavedSeeAbove'), error: true });
    // A field IT sets by policy is not the user's to save.
    const input = Object.fromEntries((Object.keys(values) as Field[]).filter((f) => !loaded!.locked.includes(f)).map((f) => [f, values[f]]));
    await saved(input, setYouMessage);
  }

  async function onSaveWords(event: Event) {
    event.preventDefault();
    if (invalidLists.length > 0 || invalidPoliticians || !words) return setWordsMessage({ text: t('optionsNotSavedSeeAbove'), error: true });
    const names = politiciansLocked ? {} : { politicians: termsFromText(politicians) };
    await saved({ wordLists: textToLists(words), ...names }, setWordsMessage);
  }

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      <SettingProblems problems={loaded.problems} />
      <form data-testid="you-form" onSubmit={(e) => void onSaveYou(e)}>
        <fieldset>
          <legend>{t('setupYou')}</legend>
          {(Object.keys(labels) as Field[]).map((field) => {
            const locked = loaded.locked.includes(field);
            return (
              <p key={field}>
                <label for={field}>{t(labels[field])}</label>
                <input
                  id={field}
                  name={field}
                  data-testid={field}
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
          <button type="submit" data-testid="save-you">
            {t('optionsSaveYou')}
          </button>
          <SaveMessage id="you-message" message={youMessage} />
        </fieldset>
      </form>
      <form data-testid="words-form" onSubmit={(e) => void onSaveWords(e)}>
        <h2>{t('optionsWordLists')}</h2>
        <p id="wordlists-help" class="help">
          {t('optionsWordListsHelp')}
        </p>
        {lists.map(({ list, title }) => (
          <fieldset key={list}>
            <legend>{t(title)}</legend>
            {PARTS.map((part) => {
              const key: ListKey = `${list}.${part}`;
              return (
                <WordListField
                  key={key}
                  id={`${list}-${part}`}
                  label={t(part === 'add' ? 'optionsAddTerms' : 'optionsRemoveTerms')}
                  value={words[key]}
                  invalid={invalidLists.includes(key)}
                  onInput={(v) => setWords({ ...words, [key]: v })}
                />
              );
            })}
            {(list === 'political' || list === 'unlawful') && <BuiltInTerms list={list} />}
          </fieldset>
        ))}
        <fieldset>
          <legend>{t('optionsPoliticians')}</legend>
          <p id="politicians-help" class="help">
            {t('optionsPoliticiansHelp')}
          </p>
          <WordListField
            id="politicians"
            label={t('optionsPoliticians')}
            value={politicians}
            invalid={invalidPoliticians}
            readOnly={politiciansLocked}
            describedBy="politicians-help"
            onInput={setPoliticians}
          />
          {politiciansLocked && <small>{t('optionsManaged')}</small>}
        </fieldset>
        <button type="submit" data-testid="save-words">
          {t('optionsSaveWords')}
        </button>
        <SaveMessage id="words-message" message={wordsMessage} />
      </form>
    </>
  );
}
