import { t, type MessageKey } from '../../lib/i18n';
import type { IssueWhy, SettingField, SettingIssue, SettingProblem } from '../../lib/settings';

export interface Props {
  problems: SettingProblem[];
}

// Written out so tsc checks that every field, reason and fall-back has words.
const FIELD_KEYS: Record<SettingField, MessageKey> = {
  moderatorName: 'optionsModeratorName',
  office: 'optionsOffice',
  wordLists: 'optionsWordLists',
  monitoring: 'optionsMonitoring',
  'monitoring.times': 'settingsFieldTimes',
  'monitoring.includeNonWorkingDays': 'settingsFieldWeekends',
  'monitoring.lateWindowMinutes': 'settingsFieldLateWindow',
  officeAccounts: 'settingsFieldAccounts',
  exportReminderDays: 'settingsFieldExportReminder',
  retentionDays: 'settingsFieldRetention',
  politicians: 'optionsPoliticians',
  moderatorId: 'settingsFieldModeratorId',
  registryEndpoint: 'optionsEndpoint',
};

const WHY_KEYS: Record<IssueWhy, MessageKey> = {
  'wrong-type': 'settingsWhy_wrongType',
  missing: 'settingsWhy_missing',
  empty: 'settingsWhy_empty',
  'too-long': 'settingsWhy_tooLong',
  'too-many': 'settingsWhy_tooMany',
  'too-few': 'settingsWhy_tooFew',
  'too-small': 'settingsWhy_tooSmall',
  'too-large': 'settingsWhy_tooLarge',
  'beyond-limit': 'settingsWhy_beyondLimit',
  'not-a-time': 'settingsWhy_notATime',
  'not-an-https-url': 'settingsWhy_notAnHttpsUrl',
  'unsupported-site': 'settingsWhy_unsupportedSite',
  invalid: 'settingsWhy_invalid',
  'endpoint-malformed': 'conn_endpoint_malformed',
  'endpoint-query': 'conn_endpoint_query',
  'endpoint-not-https': 'conn_endpoint_not_https',
  'token-empty': 'conn_token_empty',
  'token-invalid': 'conn_token_invalid',
};

const KEPT_KEYS: Record<SettingProblem['source'], Record<SettingProblem['kept'], MessageKey>> = {
  policy: {
    'valid-entries': 'settingsKept_validEntries',
    'last-good': 'settingsKept_lastGood',
    default: 'settingsKept_policyDefault',
    empty: 'settingsKept_policyEmpty',
    held: 'settingsKept_held',
  },
  local: {
    'valid-entries': 'settingsKept_validEntries',
    'last-good': 'settingsKept_lastGood',
    default: 'settingsKept_localDefault',
    empty: 'settingsKept_localEmpty',
    held: 'settingsKept_held',
  },
};

function Issue({ field, issue }: { field: string; issue: SettingIssue }) {
  const why = t(WHY_KEYS[issue.why], issue.limit === undefined ? undefined : String(issue.limit));
  if (issue.entry === undefined) return <li>{`${field}: ${why}`}</li>;
  // The entry is IT's or the user's text: isolated, so a right-to-left mark in it cannot reorder ours.
  return (
    <li>
      {t('settingsIssueEntry', [field, String(issue.entry)])} (<bdi>{issue.value}</bdi>): {why}
    </li>
  );
}

/** Policy and stored values that could not be used: which entry, why, and what is used instead. */
export default function SettingProblems({ problems }: Props) {
  if (problems.length === 0) return null;
  return (
    <section class="problems" role="alert" data-testid="setting-problems">
      {problems.map((p) => {
        const field = t(FIELD_KEYS[p.field]);
        return (
          <div key={`${p.source}:${p.field}`} data-source={p.source} data-field={p.field}>
            <p>
              <strong>{t(p.source === 'policy' ? 'settingsPolicyInvalid' : 'settingsStoredInvalid')}</strong>
            </p>
            <ul>
              {p.issues.length === 0 ? <li>{field}</li> : p.issues.map((issue, i) => <Issue key={i} field={field} issue={issue} />)}
            </ul>
            <p>{t(KEPT_KEYS[p.source][p.kept])}</p>
          </div>
        );
      })}
    </section>
  );
}
