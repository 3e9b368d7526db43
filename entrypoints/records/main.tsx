import { render } from 'preact';
import { browser } from 'wxt/browser';
import RecordsApp from '../../components/records/RecordsApp';
import { uiLanguage } from '../../lib/i18n';
import { request } from '../../lib/messaging/client';
import { firstRows, readRows } from '../../lib/records/source';
import { openLogDb } from '../../lib/store/db';
import { evidenceBytes } from '../../lib/evidence/store';
import { onLogChange } from '../../lib/store/changes';
import { keepStorage } from '../../lib/store/persist';
import '../../components/records/records.css';

document.documentElement.lang = uiLanguage().slice(0, 2);
void keepStorage();
performance.mark('records:script');
const db = openLogDb();
/** Rows on the first screen (and a screen's margin) before the whole archive is read. */
const FIRST_SCREEN = 60;
const loadFirst = async () => {
  const opened = await db;
  performance.mark('records:db-open');
  // The connection entrypoints/records/early.ts opened to warm the database is not needed any more.
  (globalThis as { msEarlyDb?: IDBDatabase }).msEarlyDb?.close();
  const rows = await firstRows(opened, FIRST_SCREEN);
  performance.mark('records:first-rows-read');
  return rows;
};
const loadAll = async () => readRows(await db);
const loadStatus = () => request('getRecordsStatus');
const checkChain = (options: { whole?: true } = {}) => request('checkChain', options);

render(
  <RecordsApp
    loadFirst={loadFirst}
    loadAll={loadAll}
    loadStatus={loadStatus}
    checkChain={checkChain}
    // The package builder, its schemas, zip and CSV load when first used, not with the page.
    exportRows={async (rows, filter) => {
      const [{ exportRows, saveAsDownload }, { loadSettings }] = await Promise.all([import('../../lib/records/export-flow'), import('../../lib/settings')]);
      return exportRows(
        {
          sign: (manifestSha256) => request('signExport', { manifestSha256 }),
          markExported: (mark) => request('markExported', mark),
          office: async () => (await loadSettings()).settings.office,
          version: browser.runtime.getManifest().version,
          save: saveAsDownload,
          evidenceBytes: async (sha256) => evidenceBytes(await db, sha256),
        },
        rows,
        filter,
        (await (await db).transaction('log').store.openCursor(null, 'prev'))?.value.record.integrity.sha256 ?? null,
      );
    }}
    evidence={async (sha256) => evidenceBytes(await db, sha256)}
    onLogChange={onLogChange}
    verifyFile={async (file) => (await import('../../lib/export/verify')).verifyPackage(new Uint8Array(await file.arrayBuffer()))}
  />,
  document.getElementById('app')!,
);
