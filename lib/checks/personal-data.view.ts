/**
 * Possible personal data (GDPR, art. 9, minors, personnummer): how a result is shown, counted and
 * tagged. Its `run` is in personal-data.check.ts (the background's); the content script needs only this.
 */
import { t } from '../i18n';
import { checkView } from './define';
import { kindLabel } from './labels';
import type { Excerpt } from './excerpt';
import type { PersonalDataFinding, PersonalDataKind } from './personal-data/types';

export interface PersonalDataJudgement {
  findings: PersonalDataFinding[];
  kinds: PersonalDataKind[];
  excerpt: Excerpt | null;
}

export const personalDataView = checkView<PersonalDataJudgement>()({
  id: 'personal-data',
  tags: (r) => r.kinds.map((k) => `personal-data:${k}`),
  counts: { flagged: 'panelFlagged' },
  open(r, recorded) {
    const handled = recorded.includes('personal-data-handled') || recorded.includes('removed') || recorded.includes('hidden');
    return r.kinds.length > 0 && !handled ? ['flagged'] : [];
  },
  badge: (r) => (r.kinds.length > 0 ? { tone: 'personal-data', text: t('badgePersonalData') } : null),
  checklistItem(r) {
    if (r.kinds.length === 0) return { title: t('checkPersonalTitle'), lines: [t('checkPersonalNone')] };
    return {
      title: t('checkPersonalTitle'),
      lines: [t('checkPersonalFound', r.kinds.map(kindLabel).join(', ')), t('checkPersonalAdvice')],
      excerpt: r.excerpt,
      actions: [
        { kind: 'hidden', label: t('actionHidden') },
        { kind: 'personal-data-handled', label: t('actionPersonalHandled') },
      ],
    };
  },
});
