import { t, type MessageKey } from '../../lib/i18n';

export interface FieldProblem<F extends string> {
  field: F;
  key: MessageKey;
  substitutions?: string[];
}

/**
 * Problems said beside their field (options page, setup page): the list under the field, and the
 * attributes that mark the field invalid and point a screen reader at that list.
 */
export function fieldProblems<F extends string>(problems: readonly FieldProblem<F>[]) {
  const of = (field: F) => problems.filter((p) => p.field === field);
  return {
    of,
    list: (field: F) =>
      of(field).length > 0 && (
        <ul class="error" id={`${field}-problems`} data-testid={`${field}-problems`}>
          {of(field).map((p, i) => (
            <li key={i}>{t(p.key, p.substitutions)}</li>
          ))}
        </ul>
      ),
    described: (field: F) => (of(field).length > 0 ? { 'aria-invalid': true, 'aria-describedby': `${field}-problems` } : {}),
  };
}
