/** Political neutrality reminder (RF 1 kap. 9 §): never moderate an opinion away. */
import { t } from '../i18n';
import { isolate } from '../util/unicode';
import { defineCheck } from './define';
import { excerptOf, type Excerpt } from './excerpt';
import { politicalHits, type PoliticalResult } from './political';
import { uniqueTexts } from './wordlists';

export default defineCheck({
  id: 'political',
  run(comment, ctx): PoliticalResult & { excerpt: Excerpt | null } {
    // The same spans findPoliticalContent judges by; the excerpt shows them to the moderator.
    const hits = politicalHits(comment.text, ctx.wordLists?.political);
    const terms = uniqueTexts(hits);
    return { political: terms.length > 0, terms, excerpt: excerptOf(comment.text.normalize('NFC'), hits) };
  },
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
