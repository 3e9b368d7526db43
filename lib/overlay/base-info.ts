/**
 * The office account's base information on its about/intro view or bio: which pieces the page shows and
 * which are missing (lib/checks ACCOUNT_CHECKS), for the page panel, and reported once per page and
 * result to the background so the round view can list accounts with missing pieces.
 */
import type { AccountCheckDefinition, AccountPiece } from '../checks/account-check';
import type { BaseInfoPiece } from '../checks/base-info';
import { ACCOUNT_CHECKS } from '../checks/page-checks';
import type { SiteRegistry } from '../sites/registry';

export interface BaseInfoView {
  pieces: readonly AccountPiece[];
}

export interface BaseInfoReport {
  pageUrl: string;
  name: string;
  found: BaseInfoPiece[];
  missing: BaseInfoPiece[];
}

export class BaseInfoReader {
  private lastReport = '';

  constructor(
    private readonly sites: SiteRegistry,
    private readonly report?: (report: BaseInfoReport) => void,
    private readonly checks: readonly AccountCheckDefinition[] = ACCOUNT_CHECKS,
  ) {}

  /** The view for this page, or null when it is not an office account's about/intro view or bio. */
  read(doc: Document, pageUrl: string, officeAccounts: readonly string[], name: string): BaseInfoView | null {
    if (officeAccounts.length === 0 || this.sites.matchAccount(pageUrl, officeAccounts) === null) return null;
    const site = this.sites.siteForUrl(pageUrl);
    let info = null;
    try {
      info = site?.readAccountInfo(doc, new URL(pageUrl)) ?? null;
    } catch {
      // Odd markup must not break the panel: the account's information is then simply not judged.
      info = null;
    }
    if (!info) return null;
    const pieces = this.checks.flatMap((check) => check.run(info));
    const found = pieces.filter((p) => p.found).map((p) => p.id as BaseInfoPiece);
    const missing = pieces.filter((p) => !p.found).map((p) => p.id as BaseInfoPiece);
    const key = `${pageUrl}\u0000${found.join()}\u0000${missing.join()}`;
    if (key !== this.lastReport) {
      this.lastReport = key;
      this.report?.({ pageUrl, name: info.name ?? name, found, missing });
    }
    return { pieces };
  }
}
