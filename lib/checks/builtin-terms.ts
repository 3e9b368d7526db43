/**
 * The built-in vocabularies as the options page shows them (read-only, next to the user's own words):
 * the political words by group and the unlawful-content phrases by legal ground, Swedish and English
 * together, in the data files' own pattern syntax.
 */
import type { MessageKey } from '../i18n';
import type { LawGroundId } from '../model';
import politicalEn from './data/political-en.json';
import politicalSv from './data/political-sv.json';
import unlawfulEn from './data/unlawful-en.json';
import unlawfulSv from './data/unlawful-sv.json';
import { groundLabel } from './labels';
import { t } from '../i18n';

export interface BuiltInGroup {
  label: string;
  terms: readonly string[];
}

const POLITICAL_GROUPS: Record<string, MessageKey> = {
  party: 'builtInParty',
  youth: 'builtInYouth',
  role: 'builtInRole',
  election: 'builtInElection',
};

type Terms = Record<string, string[]>;
const merged = (a: Terms, b: Terms) => [...new Set([...Object.keys(a), ...Object.keys(b)])].map((k) => [k, [...new Set([...(a[k] ?? []), ...(b[k] ?? [])])]] as const);

export function builtInTerms(list: 'political' | 'unlawful'): BuiltInGroup[] {
  if (list === 'political') {
    return merged(politicalSv.terms as Terms, politicalEn.terms as Terms).map(([group, terms]) => ({
      label: POLITICAL_GROUPS[group] ? t(POLITICAL_GROUPS[group]) : group,
      terms,
    }));
  }
  const grounds = (data: { grounds: Record<string, { terms?: string[] }> }): Terms =>
    Object.fromEntries(Object.entries(data.grounds).map(([g, v]) => [g, v.terms ?? []]));
  return merged(grounds(unlawfulSv as never), grounds(unlawfulEn as never)).map(([ground, terms]) => ({ label: groundLabel(ground as LawGroundId), terms }));
}
