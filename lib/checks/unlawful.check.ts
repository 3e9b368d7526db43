/** Possibly unlawful content (BBS-lagen 5 §): document and remove, always with a legal ground. */
import { t } from '../i18n';
import { defineCheck } from './define';
import { groundLabel } from './labels';
import { findUnlawfulCandidates, type UnlawfulResult } from './unlawful';

export default defineCheck({
  id: 'unlawful',
  run: (comment, ctx): UnlawfulResult => findUnlawfulCandidates(comment.text, ctx.wordLists?.unlawful),
  tags: (r) => r.grounds.map((g) => `unlawful:${g}`),
  counts: { flagged: 'panelFlagged' },
  open: (r, recorded) => (r.flagged && !recorded.includes('removed') && !recorded.includes('hidden') ? ['flagged'] : []),
  badge: (r) => (r.flagged ? { tone: 'unlawful', text: t('badgeUnlawful', r.grounds.map(groundLabel).join(', ')) } : null),
  checklistItem: (r) => ({
    title: t('checkUnlawfulTitle'),
    lines: [r.flagged ? t('checkUnlawfulFlagged', r.grounds.map(groundLabel).join(', ')) : t('checkUnlawfulNone')],
    removal: { suggested: r.grounds },
  }),
  wordList: { key: 'unlawful', title: 'optionsListUnlawful' },
});
