/** Says when a comment is the office's own, and when that is only a guess from the name. */
import { t } from '../i18n';
import { defineCheck, type OfficeMatch } from './define';

export default defineCheck({
  id: 'office',
  run: (_, ctx): OfficeMatch => ctx.own,
  tags: (own) => (own === 'url' ? ['by-office'] : own === 'name' ? ['probably-by-office'] : []),
  counts: {},
  open: () => [],
  badge: (own) =>
    own === 'url'
      ? { tone: 'notice', text: t('badgeByOffice') }
      : own === 'name'
        ? { tone: 'notice', text: t('badgeProbablyByOffice') }
        : null,
});
