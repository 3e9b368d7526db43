/** Possible personal data (GDPR, art. 9, minors, personnummer): suggests hiding or handling it. */
import { defineCheck } from './define';
import { excerptOf } from './excerpt';
import { findPersonalData } from './personal-data';
import { personalDataView, type PersonalDataJudgement } from './personal-data.view';

export type { PersonalDataJudgement } from './personal-data.view';

export default defineCheck({
  ...personalDataView,
  run(comment, ctx): PersonalDataJudgement {
    // The office's own words are its responsibility as publisher, not a moderation matter. Only an
    // account proven by its address counts: a look-alike with the office's name is checked like anyone.
    // Probably the office's (its name only): its own contact details are not flagged, the rest is.
    const findings = ctx.own === 'url' ? [] : findPersonalData(comment.text, { removal: ctx.removal === true, byOffice: ctx.own === 'name' });
    return { findings, kinds: [...new Set(findings.map((f) => f.kind))], excerpt: excerptOf(comment.text, findings) };
  },
});
