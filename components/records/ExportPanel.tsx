import { useState } from 'preact/hooks';
import { formatDateTimeLong, t } from '../../lib/i18n';
import type { VerifyReport } from '../../lib/export/verify';
import type { RecordsStatus } from '../../lib/messaging/protocol';
import { shortFingerprint } from '../../lib/export/signing';

export interface Props {
  /** Records in the current selection. */
  count: number;
  status: RecordsStatus | null;
  onExport: () => Promise<{ fileName: string; count: number }>;
  onVerify: (file: File) => Promise<VerifyReport>;
}

/** Export the selection as a signed package, and check a package someone hands back. */
export default function ExportPanel({ count, status, onExport, onVerify }: Props) {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ fileName: string; count: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const [report, setReport] = useState<VerifyReport | null>(null);
  const [verifying, setVerifying] = useState(false);

  async function exportNow() {
    setBusy(true);
    setFailed(false);
    setDone(null);
    try {
      setDone(await onExport());
    } catch (error) {
      console.error('[modereringsstod] export failed', error);
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  async function verify(e: Event) {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setVerifying(true);
    setReport(null);
    try {
      setReport(await onVerify(file));
    } finally {
      setVerifying(false);
    }
  }

  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('recordsExportTitle')}</h2>
      <p class="hint">{t('recordsExportHint')}</p>
      <button type="button" disabled={busy || count === 0} onClick={() => void exportNow()} data-testid="export">
        {busy ? t('recordsExporting') : t('recordsExportButton', String(count))}
      </button>
      <p aria-live="polite" data-testid="export-result">
        {done && t('recordsExportDone', [String(done.count), done.fileName])}
      </p>
      {failed && (
        <p class="error" role="alert">
          {t('recordsExportFailed')}
        </p>
      )}
      {status && (
        <p class="hint" data-testid="export-key">
          {t('recordsKeyFingerprint', shortFingerprint(status.key.fingerprint))}
          {status.handover.lastExport && (
            <>
              {' '}
              {t('recordsLastExport', [formatDateTimeLong(status.handover.lastExport.createdAt), String(status.handover.lastExport.count)])}
            </>
          )}
        </p>
      )}
      <h3>{t('recordsVerifyTitle')}</h3>
      <label>
        {t('recordsVerifyChoose')}
        <input type="file" accept=".zip,application/zip" onChange={(e) => void verify(e)} data-testid="verify-file" />
      </label>
      {verifying && <p aria-live="polite">{t('recordsVerifying')}</p>}
      {report && (
        <div data-testid="verify-report" data-ok={String(report.ok)} role={report.ok ? undefined : 'alert'}>
          <p class={report.ok ? 'ok' : 'error'}>{report.ok ? t('recordsVerifyOk', String(report.recordCount)) : t('recordsVerifyBad', String(report.problems.length))}</p>
          <ul>
            {report.checked.map((line) => (
              <li key={line}>✔ {line}</li>
            ))}
            {report.problems.map((p, i) => (
              <li key={i} class="error">
                ✖ {p.detail}
              </li>
            ))}
          </ul>
          <p class="hint">{t('recordsVerifySchemaNote')}</p>
        </div>
      )}
    </section>
  );
}
