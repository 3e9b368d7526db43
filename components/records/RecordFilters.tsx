import { t } from '../../lib/i18n';
import { RECORD_KEYS } from '../../lib/records/labels';
import type { FilterChoices, RecordFilter } from '../../lib/records/rows';

export interface Props {
  filter: RecordFilter;
  choices: FilterChoices;
  onChange: (filter: RecordFilter) => void;
}

/** Period, kind, account, moderator, sync state and a text search; every change filters at once. */
export default function RecordFilters({ filter, choices, onChange }: Props) {
  const set = <K extends keyof RecordFilter>(key: K) => (e: Event) => onChange({ ...filter, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <form class="filters" role="search" aria-label={t('recordsFilters')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('recordsSearch')}
        <input type="search" value={filter.text} onInput={set('text')} data-testid="filter-text" />
      </label>
      <label>
        {t('recordsFrom')}
        <input type="date" value={filter.from} onInput={set('from')} data-testid="filter-from" />
      </label>
      <label>
        {t('recordsTo')}
        <input type="date" value={filter.to} onInput={set('to')} data-testid="filter-to" />
      </label>
      <label>
        {t('recordsKind')}
        <select value={filter.kind} onChange={set('kind')} data-testid="filter-kind">
          <option value="">{t('recordsAll')}</option>
          {choices.kinds.map((k) => (
            <option key={k} value={k}>
              {t(RECORD_KEYS[k])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('recordsAccount')}
        <select value={filter.account} onChange={set('account')} data-testid="filter-account">
          <option value="">{t('recordsAll')}</option>
          {choices.accounts.map((a) => (
            <option key={a.url} value={a.url}>
              {`${a.name} (${a.platform})`}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('recordsModerator')}
        <select value={filter.moderator} onChange={set('moderator')} data-testid="filter-moderator">
          <option value="">{t('recordsAll')}</option>
          {choices.moderators.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name || m.id}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('recordsState')}
        <select value={filter.state} onChange={set('state')} data-testid="filter-state">
          <option value="">{t('recordsAll')}</option>
          <option value="pending">{t('recordsState_pending')}</option>
          <option value="registered">{t('recordsState_registered')}</option>
          <option value="rejected">{t('recordsState_rejected')}</option>
          <option value="held">{t('recordsState_held')}</option>
          <option value="exported">{t('recordsExported')}</option>
          <option value="not-handed-over">{t('recordsNotHandedOver')}</option>
        </select>
      </label>
    </form>
  );
}
