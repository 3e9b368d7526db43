/** Archive this: comments on an authority's account are normally public records (TF 2 kap.). */
import { t } from '../i18n';
import { defineCheck } from './define';

export default defineCheck({
  id: 'archive',
  run: () => null,
  tags: () => ['archive'],
  counts: { notArchived: 'panelNotArchived' },
  // Documented before removal is archived too: the record keeps the comment with its evidence.
  open: (_, recorded) => (recorded.includes('archived') || recorded.includes('documented') ? [] : ['notArchived']),
  checklistItem: () => ({ title: t('checkArchiveTitle'), lines: [t('checkArchiveText')] }),
});
