/**
 * Political neutrality reminder (RF 1 kap. 9 §): how a result is shown, counted and tagged. Its `run` is in
 * political.check.ts (the background's); the content script needs only this.
 */
import { t } from '../i18n';
import { isolate } from '../util/unicode';
import { checkView } from './define';
import type { Excerpt } from './excerpt';
import type { PoliticalResult } from './political';

export type PoliticalJudgement = PoliticalResult & { excerpt: Excerpt | null };

export const politicalView = checkView<PoliticalJudgement>()({
  id: 'political',
  tags: (r) => (r.political ? ['political'] : []),
  counts: {},
  open: () => [],
  badge: (r) => (r.political ? { tone: 'political', text: t('badgePolitical') } : null),
  checklistItem: (r) =>
    r.political
      ? {
          title: t('checkPoliticalTitle'),
          // Page words inside our sentence are isolated: a right-to-left word must not reorder the sentence.
          lines: [t('checkPoliticalTerms', r.terms.map(isolate).join(', '))],
          excerpt: r.excerpt,
          steps: [t('checkPoliticalReminder1'), t('checkPoliticalReminder2'), t('checkPoliticalReminder3'), t('checkPoliticalReminder4')],
        }
      : null,
  wordList: { key: 'political', title: 'optionsListPolitical' },
});
