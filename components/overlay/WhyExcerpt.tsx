import type { Excerpt } from '../../lib/checks/excerpt';
import { t } from '../../lib/i18n';

export interface Props {
  excerpt: Excerpt;
}

/** "Show why": the comment's matched words marked in an excerpt, as text nodes only (never HTML). */
export default function WhyExcerpt({ excerpt }: Props) {
  return (
    <p class="why" data-testid="why" dir="auto">
      <span class="why-label">{t('checkWhyLabel')} </span>
      {excerpt.cutStart && '… '}
      {excerpt.parts.map((part, i) =>
        part.mark ? (
          <mark key={i} data-testid="why-mark">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
      {excerpt.cutEnd && ' …'}
    </p>
  );
}
