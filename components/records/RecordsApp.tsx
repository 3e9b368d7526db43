import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { VerifyReport } from '../../lib/export/verify';
import type { ChainStatus, ErrorCode, RecordsStatus, Result } from '../../lib/messaging/protocol';
import { choicesOf, filterRows, NO_FILTER, type RecordFilter, type RecordRow } from '../../lib/records/rows';
import ErrorMessage from '../ErrorMessage';
import ChainBanner from './ChainBanner';
import ExportPanel from './ExportPanel';
import RecordDetail from './RecordDetail';
import RecordFilters from './RecordFilters';
import RecordList from './RecordList';

export interface Props {
  /** The newest records, for the first screen. */
  loadFirst: () => Promise<RecordRow[]>;
  /** Every record (then filters and counts are complete). */
  loadAll: () => Promise<RecordRow[]>;
  loadStatus: () => Promise<Result<RecordsStatus>>;
  checkChain: (options?: { whole?: true }) => Promise<Result<ChainStatus>>;
  exportRows: (rows: RecordRow[], filter: RecordFilter) => Promise<{ fileName: string; count: number }>;
  verifyFile: (file: File) => Promise<VerifyReport>;
  /** Evidence files by digest, for a record's picture and fragment. */
  evidence?: (sha256: string) => Promise<Uint8Array | null>;
  /** Tells when the log changed (a record made, records registered); returns an unsubscribe. */
  onLogChange?: (listener: () => void) => () => void;
}

/** After a burst of changes (a sync registers a batch), read once. */
const SETTLE_MS = 400;

/** "Arkiv": every record, searchable, each with its evidence and integrity; export and verification. */
export default function RecordsApp({ loadFirst, loadAll, loadStatus, checkChain, exportRows, verifyFile, evidence, onLogChange }: Props) {
  const [rows, setRows] = useState<RecordRow[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [filter, setFilter] = useState<RecordFilter>(NO_FILTER);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<RecordRow | null>(null);
  const [status, setStatus] = useState<RecordsStatus | null>(null);
  const [chain, setChain] = useState<ChainStatus | null>(null);
  const [checking, setChecking] = useState(true);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const fail = (e: unknown) => {
      console.error('[modereringsstod] records view', e);
      if (live) setLoadFailed(true);
    };
    // In order: IndexedDB answers requests one after another, so a read of the whole archive started
    // at once would hold the first screen back until it was done.
    const everything = loadFirst()
      .then((first) => live && setRows(first))
      // The first rows are painted before the whole archive arrives (reading it holds the main thread).
      .then(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))))
      .then(() => loadAll())
      .then((all) => {
        if (!live || !all) return;
        setRows(all);
        setComplete(true);
      })
      .catch(fail);
    void loadStatus().then((r) => {
      if (!live) return;
      if (r.ok) {
        setStatus(r.value);
        setChain((c) => c ?? r.value.chain);
      } else setError(r.error);
    });
    // The chain is checked on every open (after the records are read); a break holds sync and marks the rows.
    void everything.then(() => checkChain()).then(async (r) => {
      if (!live) return;
      setChecking(false);
      if (!r.ok) return setError(r.error);
      setChain(r.value);
      if (r.value.break) {
        const all = await loadAll();
        if (live) setRows(all);
      }
    });
    return () => {
      live = false;
    };
  }, [loadFirst, loadAll, loadStatus, checkChain]);

  // While open: a new record or a sync is read in, and the new entries are checked like the rest.
  useEffect(() => {
    if (!onLogChange) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = async () => {
      const [all, status] = await Promise.all([loadAll(), loadStatus()]);
      if (!live) return;
      setRows(all);
      setComplete(true);
      if (status.ok) setStatus(status.value);
      const checked = await checkChain();
      if (live && checked.ok) setChain(checked.value);
    };
    const stop = onLogChange(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh().catch((e: unknown) => console.error('[modereringsstod] records view', e)), SETTLE_MS);
    });
    return () => {
      live = false;
      clearTimeout(timer);
      stop();
    };
  }, [onLogChange, loadAll, loadStatus, checkChain]);

  const filtered = useMemo(() => (rows ? filterRows(rows, filter) : []), [rows, filter]);
  const choices = useMemo(() => choicesOf(rows ?? []), [rows]);

  useEffect(() => setActive(0), [filter]);

  return (
    <main>
      <h1>{t('recordsTitle')}</h1>
      {error && <ErrorMessage error={error} />}
      {loadFailed && (
        <p class="error" role="alert">
          {t('recordsLoadFailed')}
        </p>
      )}
      <ChainBanner
        chain={chain}
        checking={checking}
        onCheckWhole={() => {
          setChecking(true);
          void checkChain({ whole: true }).then(async (r) => {
            setChecking(false);
            if (!r.ok) return setError(r.error);
            setChain(r.value);
            if (r.value.break) setRows(await loadAll());
          });
        }}
      />
      <RecordFilters filter={filter} choices={choices} onChange={setFilter} />
      <p aria-live="polite" data-testid="records-count">
        {rows === null ? t('popupLoading') : complete ? t('recordsCount', [String(filtered.length), String(rows.length)]) : t('recordsCountLoading', String(filtered.length))}
      </p>
      <div class="records-layout">
        {rows !== null && rows.length === 0 ? (
          <p class="hint">{t('recordsEmpty')}</p>
        ) : (
          <RecordList rows={filtered} active={active} onActive={setActive} onOpen={setOpen} />
        )}
        {open && <RecordDetail row={open} onClose={() => setOpen(null)} evidence={evidence} />}
      </div>
      <ExportPanel
        count={complete ? filtered.length : 0}
        status={status}
        onExport={async () => {
          const result = await exportRows(filtered, filter);
          // The rows just exported are marked here; the archive is not read again.
          const done = new Set(filtered.map((r) => r.record.id));
          setRows((current) => current && current.map((r) => (done.has(r.record.id) && !r.exported ? { ...r, exported: true } : r)));
          void loadStatus().then((next) => next.ok && setStatus(next.value));
          return result;
        }}
        onVerify={verifyFile}
      />
    </main>
  );
}
