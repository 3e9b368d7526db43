/** Possible personal data (GDPR, art. 9, minors, personnummer): suggests hiding or handling it. */
import { t } from '../i18n';
import { defineCheck } from './define';
import { kindLabel } from './labels';
import { excerptOf, type Excerpt } from './excerpt';
import { findPersonalData, type PersonalDataFinding, type PersonalDataKind } from './personal-data';

export interface PersonalDataJudgement {
  findings: PersonalDataFinding[];
  kinds: PersonalDataKind[];
  excerpt: Excerpt | null;
}

export default defineCheck({
  id: 'personal-data',
  run(comment, ctx): PersonalDataJudgement {
    // The office's own words are its responsibility as publisher, not a moderation matter. Only an
    // account proven by its address counts: a look-alike with the office's name is checked like anyone.
    const findings = ctx.own === 'url' ? [] : findPersonalData(comment.text);
    return { findings, kinds: [...new Set(findings.map((f) => f.kind))], excerpt: excerptOf(comment.text, findings) };
  },
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
