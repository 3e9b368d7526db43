/**
 * The records view's export: builds the package from the rows shown, has the background sign the
 * manifest's digest (the private key never leaves it), hands the zip to the browser as a download,
 * and notes which records went out.
 */
import { stockholmDay } from '../calendar/stockholm';
import { buildPackage } from '../export/package';
import type { Signer } from '../export/signing';
import { toHex } from '../store/integrity';
import type { ExportSignature, Result } from '../messaging/protocol';
import { describeFilter, type RecordFilter, type RecordRow } from './rows';

export interface ExportFlowDeps {
  sign: (manifestSha256: string) => Promise<Result<ExportSignature>>;
  markExported: (mark: { packageId: string; createdAt: string; recordIds: string[] }) => Promise<Result<unknown>>;
  office: () => Promise<string>;
  version: string;
  save: (fileName: string, bytes: Uint8Array) => void;
  /** Evidence files by digest (the evidence store). */
  evidenceBytes?: (sha256: string) => Promise<Uint8Array | null>;
  now?: () => Date;
}

export async function exportRows(deps: ExportFlowDeps, shown: readonly RecordRow[], filter: RecordFilter, logHead: string | null) {
  // The view lists newest first; the package keeps log order, so the chain reads forwards.
  const rows = [...shown].sort((a, b) => a.seq - b.seq);
  const signer: Signer = {
    async sign(digest) {
      const r = await deps.sign(toHex(digest));
      if (!r.ok) throw new Error(`signing failed: ${r.error}`);
      return r.value;
    },
  };
  const createdAt = (deps.now ?? (() => new Date()))();
  const days = rows.map((r) => r.day);
  const from = filter.from || days[0] || stockholmDay(createdAt);
  const to = filter.to || days.at(-1) || stockholmDay(createdAt);
  const built = await buildPackage({
    entries: rows.map((r) => ({ seq: r.seq, record: r.record, ...(r.registration ? { registration: { registrationNumber: r.registration.registrationNumber, registeredAt: r.registration.registeredAt } } : {}) })),
    office: (await deps.office()) || rows[0]?.record.office || '',
    selection: { from, to, description: describeFilter(filter, rows.length) },
    createdAt,
    software: { name: 'Modereringsstöd', version: deps.version },
    signer,
    logHead,
    ...(deps.evidenceBytes ? { evidenceBytes: deps.evidenceBytes } : {}),
  });
  deps.save(built.fileName, built.bytes);
  const marked = await deps.markExported({ packageId: built.packageId, createdAt: createdAt.toISOString(), recordIds: rows.map((r) => r.record.id) });
  if (!marked.ok) throw new Error(`could not note the export: ${marked.error}`);
  return { fileName: built.fileName, count: rows.length };
}

/** Offers bytes as a download from an extension page (no downloads permission needed). */
export function saveAsDownload(fileName: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

