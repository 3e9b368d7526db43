/** Possibly unlawful content (BBS-lagen 5 §): document and remove, always with a legal ground. */
import { t } from '../i18n';
import { defineCheck } from './define';
import { groundLabel } from './labels';
import { excerptOf, type Excerpt } from './excerpt';
import { judgeHits, unlawfulHits, type UnlawfulResult } from './unlawful';

export default defineCheck({
  id: 'unlawful',
  run(comment, ctx): UnlawfulResult & { excerpt: Excerpt | null; own?: true } {
    // The same spans findUnlawfulCandidates judges by; the excerpt shows them to the moderator.
    const hits = unlawfulHits(comment.text, ctx.wordLists?.unlawful);
    // The office's own comments are not removed as unlawful content: no removal controls for them.
    return { ...judgeHits(hits), excerpt: excerptOf(comment.text.normalize('NFC'), hits), ...(ctx.own ? { own: true as const } : {}) };
  },
  tags: (r) => r.grounds.map((g) => `unlawful:${g}`),
  counts: { flagged: 'panelFlagged' },
  open: (r, recorded) => (r.flagged && !recorded.includes('removed') && !recorded.includes('hidden') ? ['flagged'] : []),
  badge: (r) => (r.flagged ? { tone: 'unlawful', text: t('badgeUnlawful', r.grounds.map(groundLabel).join(', ')) } : null),
  checklistItem: (r) => ({
    title: t('checkUnlawfulTitle'),
    lines: [r.flagged ? t('checkUnlawfulFlagged', r.grounds.map(groundLabel).join(', ')) : t('checkUnlawfulNone')],
    excerpt: r.excerpt,
    ...(r.own ? {} : { removal: { suggested: r.grounds } }),
  }),
  wordList: { key: 'unlawful', title: 'optionsListUnlawful' },
});
