import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import { NAME_MAX, type LoadedSettings, type Settings } from '../../lib/settings';
import { readMonitoringInput, type InputProblem } from '../../lib/settings/monitoring-input';
import { coveredSteps, type SetupStep } from '../../lib/settings/setup';
import { SITES } from '../../lib/sites/registry';
import { fieldProblems, type FieldProblem } from '../options/field-problems';

type Saved = Partial<Pick<Settings, 'moderatorName' | 'office' | 'officeAccounts' | 'monitoring'>>;

export interface Props {
  load: () => Promise<LoadedSettings>;
  save: (input: Saved) => Promise<{ success: boolean }>;
  /** Marks the setup done; `allPages`: checklists on every page, without an account list. */
  finish: (allPages: boolean) => Promise<void>;
  /** The account of the page the person came from ("Ställ in" in the overlay's panel), to confirm. */
  offeredAccount?: string;
  /** The registry's address and access key (the options page's own section, shown when chosen). */
  registry: ComponentChildren;
  openOptions: () => void;
}

type Problem = FieldProblem<InputProblem['field'] | 'scope' | 'you'>;

/**
 * The first run: who moderates for which office, the office's accounts, where records go and the
 * monitoring times, on one page (each a numbered section), saved with one button. A section IT's
 * policy answers shows what it set instead of asking.
 */
export default function SetupApp({ load, save, finish, offeredAccount, registry, openOptions }: Props) {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [name, setName] = useState('');
  const [office, setOffice] = useState('');
  const [accounts, setAccounts] = useState('');
  const [allPages, setAllPages] = useState(false);
  const [useRegistry, setUseRegistry] = useState(false);
  const [times, setTimes] = useState('');
  const [weekends, setWeekends] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [outcome, setOutcome] = useState<'saved' | 'failed' | 'invalid' | null>(null);

  useEffect(() => {
    void load().then((l) => {
      setLoaded(l);
      setName(l.settings.moderatorName);
      setOffice(l.settings.office);
      const known = l.settings.officeAccounts;
      setAccounts([...known, ...(offeredAccount && !known.includes(offeredAccount) ? [offeredAccount] : [])].join('\n'));
      setTimes(l.settings.monitoring.times.join(', '));
      setWeekends(l.settings.monitoring.includeNonWorkingDays);
      setUseRegistry(Boolean(l.policyRegistryEndpoint));
    });
  }, [load, offeredAccount]);

  if (!loaded) return <p>{t('popupLoading')}</p>;
  const covered = coveredSteps(loaded);
  const locked = new Set<string>(loaded.locked);
  const { of: problemsOf, list: errorList, described } = fieldProblems(problems);
  const byIt = (step: SetupStep) => covered.has(step) && <p class="help" data-testid={`setup-${step}-by-it`}>{t('setupSetByIt')}</p>;

  async function onSave(event: Event) {
    event.preventDefault();
    const read = readMonitoringInput({ times, lateWindow: String(loaded!.settings.monitoring.lateWindowMinutes), accounts });
    const found: Problem[] = read.problems.filter((p) => p.field !== 'late-window');
    if (!covered.has('accounts') && !allPages && read.input.officeAccounts.length === 0) found.push({ field: 'scope', key: 'setupNeedAccount' });
    if (name.trim().length > NAME_MAX || office.trim().length > NAME_MAX) found.push({ field: 'you', key: 'optionsTooLong', substitutions: [String(NAME_MAX)] });
    setProblems(found);
    if (found.length > 0) return setOutcome('invalid');
    // What IT set by policy is its own: only the rest is saved.
    const input: Saved = {
      ...(locked.has('moderatorName') ? {} : { moderatorName: name }),
      ...(locked.has('office') ? {} : { office }),
      ...(locked.has('officeAccounts') ? {} : { officeAccounts: read.input.officeAccounts }),
      ...(locked.has('monitoring') ? {} : { monitoring: { ...loaded!.settings.monitoring, times: read.input.times, includeNonWorkingDays: weekends } }),
    };
    try {
      const result = await save(input);
      if (!result.success) return setOutcome('failed');
      await finish(allPages && read.input.officeAccounts.length === 0);
      setOutcome('saved');
    } catch {
      setOutcome('failed');
    }
  }

  const section = (step: SetupStep, number: number, legend: MessageKey, body: ComponentChildren) => (
    <fieldset data-testid={`step-${step}`}>
      <legend>
        {number}. {t(legend)}
      </legend>
      {body}
    </fieldset>
  );

  return (
    <form onSubmit={(e) => void onSave(e)} noValidate>
      <h1>{t('setupTitle')}</h1>
      <p>{t('setupIntro')}</p>
      {section(
        'you',
        1,
        'setupYou',
        <>
          {byIt('you')}
          <p>
            <label for="moderatorName">{t('optionsModeratorName')}</label>
            <input id="moderatorName" data-testid="setup-name" value={name} maxLength={NAME_MAX} readOnly={locked.has('moderatorName')} autoComplete="name" {...described('you')} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
          </p>
          <p>
            <label for="office">{t('optionsOffice')}</label>
            <input id="office" data-testid="setup-office" value={office} maxLength={NAME_MAX} readOnly={locked.has('office')} {...described('you')} onInput={(e) => setOffice((e.target as HTMLInputElement).value)} />
          </p>
          {errorList('you')}
        </>,
      )}
      {section(
        'accounts',
        2,
        'setupAccounts',
        <>
          {byIt('accounts')}
          <p id="accounts-help" class="help">
            {t('setupAccountsHelp')}
          </p>
          <p>
            <label for="accounts">{t('optionsAccounts')}</label>
            <textarea
              id="accounts"
              data-testid="setup-accounts"
              rows={3}
              value={accounts}
              readOnly={locked.has('officeAccounts')}
              placeholder={`${SITES[0].hosts[0]}/…`}
              aria-describedby={problemsOf('accounts').length > 0 ? 'accounts-problems' : 'accounts-help'}
              aria-invalid={problemsOf('accounts').length > 0 || undefined}
              onInput={(e) => setAccounts((e.target as HTMLTextAreaElement).value)}
            />
            {errorList('accounts')}
          </p>
          {offeredAccount && <p class="help" data-testid="setup-offered">{t('setupOffered', offeredAccount)}</p>}
          {!covered.has('accounts') && (
            <div role="radiogroup" aria-labelledby="scope-label" {...described('scope')}>
              <p id="scope-label" class="label">
                {t('setupScope')}
              </p>
              <label class="choice">
                <input type="radio" name="scope" data-testid="setup-office-only" checked={!allPages} onChange={() => setAllPages(false)} />
                {t('setupScopeOffice')}
              </label>
              <label class="choice">
                <input type="radio" name="scope" data-testid="setup-all-pages" checked={allPages} onChange={() => setAllPages(true)} />
                {t('setupScopeAll')}
              </label>
              {errorList('scope')}
            </div>
          )}
        </>,
      )}
      {section(
        'registry',
        3,
        'setupArchive',
        <>
          {byIt('registry')}
          {!covered.has('registry') && (
            <div role="radiogroup" aria-labelledby="archive-label">
              <p id="archive-label" class="label">
                {t('setupArchiveWhere')}
              </p>
              <label class="choice">
                <input type="radio" name="archive" data-testid="setup-local" checked={!useRegistry} onChange={() => setUseRegistry(false)} />
                {t('setupArchiveLocal')}
              </label>
              <label class="choice">
                <input type="radio" name="archive" data-testid="setup-registry" checked={useRegistry} onChange={() => setUseRegistry(true)} />
                {t('setupArchiveRegistry')}
              </label>
            </div>
          )}
          {useRegistry && registry}
        </>,
      )}
      {section(
        'times',
        4,
        'setupTimes',
        <>
          {byIt('times')}
          <p>
            <label for="times">{t('optionsTimes')}</label>
            <input id="times" data-testid="setup-times" value={times} readOnly={locked.has('monitoring')} {...described('times')} onInput={(e) => setTimes((e.target as HTMLInputElement).value)} />
            {errorList('times')}
          </p>
          <label class="choice">
            <input type="checkbox" data-testid="setup-weekends" checked={weekends} disabled={locked.has('monitoring')} onChange={(e) => setWeekends((e.target as HTMLInputElement).checked)} />
            {t('optionsIncludeNonWorkingDays')}
          </label>
        </>,
      )}
      <button type="submit" data-testid="setup-save">
        {t('setupSave')}
      </button>
      <div role="status" data-testid="setup-message" class={outcome === 'saved' ? 'done' : outcome ? 'error' : undefined}>
        {outcome === 'saved' && (
          <>
            <p>{t(allPages ? 'setupDoneAllPages' : 'setupDone')}</p>
            <p>
              <button type="button" class="secondary" data-testid="setup-open-options" onClick={openOptions}>
                {t('setupOpenOptions')}
              </button>
            </p>
          </>
        )}
        {outcome === 'invalid' && t('optionsNotSavedSeeAbove')}
        {outcome === 'failed' && t('optionsSaveFailed')}
      </div>
    </form>
  );
}
