/** The office accounts' base information: kept when the content script reports it, listed for the round view. */
import type { Handlers } from '../messaging/protocol';
import { accountInfoList, rememberAccountInfo } from '../monitoring/account-info';
import type { ProfileSettings } from '../settings';
import type { Db } from '../store/db';

export function createAccountInfoHandlers(deps: { db: Db; settings: () => Promise<ProfileSettings>; now?: () => Date }): Pick<Handlers, 'accountInfoSeen' | 'getAccountInfo'> {
  const now = deps.now ?? (() => new Date());
  return {
    async accountInfoSeen(report) {
      const { officeAccounts } = await deps.settings();
      return { ok: true, value: { officeAccount: await rememberAccountInfo(deps.db, report, officeAccounts, now()) } };
    },
    async getAccountInfo() {
      const { officeAccounts } = await deps.settings();
      return { ok: true, value: await accountInfoList(deps.db, officeAccounts) };
    },
  };
}
