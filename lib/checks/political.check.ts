/** Political neutrality reminder (RF 1 kap. 9 §): never moderate an opinion away. */
import { t } from '../i18n';
import { isolate } from '../util/unicode';
import { defineCheck } from './define';
import { findPoliticalContent, type PoliticalResult } from './political';

export default defineCheck({
  id: 'political',
  run: (comment, ctx): PoliticalResult => findPoliticalContent(comment.text, ctx.wordLists?.political),
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
          steps: [t('checkPoliticalReminder1'), t('checkPoliticalReminder2'), t('checkPoliticalReminder3'), t('checkPoliticalReminder4')],
        }
      : null,
  wordList: { key: 'political', title: 'optionsListPolitical' },
});
