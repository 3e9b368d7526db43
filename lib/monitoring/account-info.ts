/**
 * What the office's accounts' about/intro views and bios were last seen to lack (issue 19): the content
 * script reports the base-information pieces it found and missed there, and the round view lists the
 * accounts with missing pieces. Only pages of a configured office account are kept.
 */
import { z } from 'zod';
import { BASE_INFO_PIECES, type BaseInfoPiece } from '../checks/base-info';
import type { Db } from '../store/db';
import { defineMetaKey, mapOf } from '../store/meta';
import { normaliseAccountUrl } from './snapshot';

export interface AccountInfoSeen {
  url: string;
  name: string;
  checkedAt: string;
  found: BaseInfoPiece[];
  missing: BaseInfoPiece[];
}

const Piece = z.enum(BASE_INFO_PIECES as [BaseInfoPiece, ...BaseInfoPiece[]]);
const accountInfoKey = defineMetaKey<Record<string, AccountInfoSeen>>(
  'account-info',
  mapOf(z.object({ url: z.string(), name: z.string(), checkedAt: z.string(), found: z.array(Piece), missing: z.array(Piece) })),
  () => ({}),
);

/** Keeps the report if the page is one of the office's accounts; says whether it was. */
export async function rememberAccountInfo(
  db: Db,
  report: { pageUrl: string; name: string; found: BaseInfoPiece[]; missing: BaseInfoPiece[] },
  officeAccounts: readonly string[],
  now: Date,
): Promise<boolean> {
  const url = normaliseAccountUrl(report.pageUrl, officeAccounts);
  if (!url) return false;
  const entry: AccountInfoSeen = { url, name: report.name, checkedAt: now.toISOString(), found: report.found, missing: report.missing };
  await accountInfoKey.update(db, (all) => ({ ...all, [url]: entry }));
  return true;
}

/** The configured accounts' last reports, in the settings' order; accounts never checked are left out. */
export async function accountInfoList(db: Db, officeAccounts: readonly string[]): Promise<AccountInfoSeen[]> {
  const all = await accountInfoKey.get(db);
  return officeAccounts.flatMap((configured) => {
    const url = normaliseAccountUrl(configured, [configured]);
    const entry = url ? all[url] : undefined;
    return entry ? [entry] : [];
  });
}
