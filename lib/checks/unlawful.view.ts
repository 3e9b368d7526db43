/**
 * Possibly unlawful content (BBS-lagen 5 §): how a result is shown, counted and tagged. Its `run` is in
 * unlawful.check.ts (the background's); the content script needs only this.
 */
import { t } from '../i18n';
import { groundLabel } from './labels';
import { checkView } from './define';
import type { Excerpt } from './excerpt';
import type { UnlawfulResult } from './unlawful';

export type UnlawfulJudgement = UnlawfulResult & { excerpt: Excerpt | null; own?: true };

export const unlawfulView = checkView<UnlawfulJudgement>()({
  id: 'unlawful',
  tags: (r) => r.grounds.map((g) => `unlawful:${g}`),
  counts: { flagged: 'panelFlagged' },
  open: (r, recorded) => (r.flagged && !recorded.includes('removed') && !recorded.includes('hidden') ? ['flagged'] : []),
  badge: (r) =>
    r.flagged
      ? { tone: 'unlawful', text: r.grounds.length > 0 ? t('badgeUnlawful', r.grounds.map(groundLabel).join(', ')) : t('badgeUnlawfulNoGround') }
      : null,
  checklistItem: (r) => ({
    title: t('checkUnlawfulTitle'),
    lines: [flaggedLine(r)],
    excerpt: r.excerpt,
    ...(r.own ? {} : { removal: { suggested: r.grounds } }),
  }),
  wordList: { key: 'unlawful', title: 'optionsListUnlawful' },
  // Not for the office's own text: its own post is never "removed" in place of an answer.
  suggestsRemoval: (r) => r.flagged && !r.own,
});

// Without a suggested ground (the word model, or an office's own word without one) the line says why.
function flaggedLine(r: UnlawfulResult): string {
  if (!r.flagged) return t('checkUnlawfulNone');
  if (r.grounds.length > 0) return t('checkUnlawfulFlagged', r.grounds.map(groundLabel).join(', '));
  return r.byModel ? t('checkUnlawfulModel') : t('checkUnlawfulNoGround');
}
