import { builtInTerms } from '../../lib/checks/builtin-terms';
import { t } from '../../lib/i18n';

export interface Props {
  list: 'political' | 'unlawful';
}

/** The built-in words of one vocabulary, read-only and folded away, with their count and the pattern legend. */
export default function BuiltInTerms({ list }: Props) {
  const groups = builtInTerms(list);
  const count = groups.reduce((sum, g) => sum + g.terms.length, 0);
  return (
    <details data-testid={`builtin-${list}`}>
      <summary>{t('optionsBuiltInSummary', String(count))}</summary>
      <p class="help">{t('optionsBuiltInLegend')}</p>
      <dl>
        {groups.map((g) => (
          <>
            <dt key={`${g.label}-t`}>
              {g.label} ({g.terms.length})
            </dt>
            <dd key={`${g.label}-d`} lang="sv">
              {g.terms.join(', ')}
            </dd>
          </>
        ))}
      </dl>
    </details>
  );
}
