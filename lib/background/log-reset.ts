/**
 * The `log-reset` record written when the local log is found wiped (lib/store/wipe.ts): it is the
 * office's own account of the gap, sent to the registry like any record, so whoever reads the log later
 * sees that records were lost here, how many, and up to which one.
 */
import { toStockholmIso } from '../calendar/stockholm';
import { siteRegistry, SITES } from '../sites/registry';
import type { Settings } from '../settings';
import type { UnsealedRecord } from '../store/integrity';
import type { LostChain } from '../store/log';

export interface ResetDeps {
  settings: () => Promise<Settings>;
  now?: () => Date;
  uuid?: () => string;
}

/**
 * Who and where for a record of the office's own (a reset, a culling): like a monitoring round, it is the
 * office's, not one account's, so it is filed under the first configured account, or the first supported
 * site's home when none is set.
 */
export function officeRecordBase(settings: Settings): Pick<UnsealedRecord, 'schema' | 'moderator' | 'office' | 'account'> {
  const first = settings.officeAccounts[0];
  const site = (first ? siteRegistry.siteForAccountUrl(first) : null) ?? SITES[0];
  return {
    schema: 'moderation-record/1',
    moderator: { id: settings.moderatorId, name: settings.moderatorName },
    office: settings.office,
    account: { platform: site.platform, name: settings.office, url: first ?? `https://${site.hosts[0]}/` },
  };
}

export function resetRecordFactory(deps: ResetDeps): (lost: LostChain) => Promise<UnsealedRecord> {
  const now = deps.now ?? (() => new Date());
  const uuid = deps.uuid ?? (() => crypto.randomUUID());
  return async ({ head, found }) => {
    const settings = await deps.settings();
    return {
      ...officeRecordBase(settings),
      id: uuid(),
      kind: 'log-reset',
      occurredAt: toStockholmIso(now()),
      checks: [
        `lost-records:${head.count}`,
        `lost-last-seq:${head.seq}`,
        `lost-last-id:${head.recordId}`.slice(0, 64),
        `lost-last-at:${head.occurredAt}`.slice(0, 64),
        `found-records:${found}`,
      ],
      // The record is the office's evidence: its note is in Swedish whatever the UI language.
      note:
        `Den lokala loggen i webbläsaren hade tömts utanför tillägget (till exempel när webbplatsdata rensades). ` +
        `Den hade ${head.count} poster; den senaste (id ${head.recordId}, SHA-256 ${head.sha256}) gjordes ${head.occurredAt}. ` +
        `Poster som inte hade skickats till diariet finns inte längre kvar.`,
    };
  };
}
