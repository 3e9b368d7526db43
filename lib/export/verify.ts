/**
 * Verifies an export package without the network, in Node (`npm run verify-export`) and in the records
 * view: every file's SHA-256 and size against manifest.json and METS.xml, the signature over the
 * manifest's digest, each record's own hash and the links between records that follow each other in
 * the log, the evidence files against the digests the records name, and records.csv against
 * records.json. Schema validation of METS.xml needs xmllint and is passed in by the caller.
 */
import { unzipSync } from 'fflate';
import { z } from 'zod';
import { ModerationRecordSchema, type ModerationRecord } from '../model';
import { sha256Hex, verifyRecord } from '../store/integrity';
import { parseRecordsCsv } from './csv';
import { LAYOUT } from './files';
import { ManifestSchema, SignatureSchema, type Manifest } from './manifest';
import { metsFiles } from './mets';
import { fingerprintOf, hexToBytes, verifySignature } from './signing';

export type FindingCode =
  | 'not-a-zip'
  | 'no-manifest'
  | 'manifest-invalid'
  | 'signature-missing'
  | 'signature-invalid'
  | 'fingerprint-mismatch'
  | 'file-missing'
  | 'file-changed'
  | 'file-unlisted'
  | 'mets-mismatch'
  | 'records-invalid'
  | 'record-count'
  | 'record-edited'
  | 'chain-broken'
  | 'evidence-missing'
  | 'csv-mismatch'
  | 'schema-invalid';

export interface Finding {
  code: FindingCode;
  /** In Swedish, for the registrar: what was found and where. */
  detail: string;
}

export interface VerifyReport {
  ok: boolean;
  packageId?: string;
  recordCount: number;
  fingerprint?: string;
  /** What was checked and found whole (one line each, Swedish). */
  checked: string[];
  problems: Finding[];
}

export interface VerifyOptions {
  /** The fingerprint the registrar noted from the options page: the key must be that one. */
  expectedFingerprint?: string;
  /** Validates METS.xml against the package's schemas; null when no validator is at hand. */
  validateMets?: (files: ReadonlyMap<string, Uint8Array>) => Promise<{ ok: boolean; output: string } | null>;
}

const decoder = new TextDecoder();
const text = (bytes: Uint8Array) => decoder.decode(bytes);

export async function verifyPackage(zip: Uint8Array, options: VerifyOptions = {}): Promise<VerifyReport> {
  const report: VerifyReport = { ok: false, recordCount: 0, checked: [], problems: [] };
  const problem = (code: FindingCode, detail: string) => report.problems.push({ code, detail });
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch {
    problem('not-a-zip', 'Filen är inte en zip-fil som går att läsa.');
    return report;
  }
  const manifestPath = Object.keys(entries).find((p) => p.endsWith(`/${LAYOUT.manifest}`) && p.split('/').length === 2);
  if (!manifestPath) {
    problem('no-manifest', 'Paketet saknar manifest.json i paketmappen.');
    return report;
  }
  const root = manifestPath.slice(0, -LAYOUT.manifest.length);
  const files = new Map(
    Object.entries(entries)
      .filter(([p]) => p.startsWith(root) && !p.endsWith('/'))
      .map(([p, b]) => [p.slice(root.length), b] as const),
  );
  const manifestBytes = files.get(LAYOUT.manifest)!;
  let manifest: Manifest;
  try {
    manifest = ManifestSchema.parse(JSON.parse(text(manifestBytes)));
  } catch {
    problem('manifest-invalid', 'manifest.json går inte att läsa som ett manifest.');
    return report;
  }
  report.packageId = manifest.packageId;

  // The signature over the manifest's digest.
  const manifestSha256 = await sha256Hex(manifestBytes);
  const sigBytes = files.get(LAYOUT.signature);
  const sig = sigBytes ? SignatureSchema.safeParse(safeJson(text(sigBytes))) : null;
  if (!sig?.success) {
    problem('signature-missing', 'signature.json saknas eller går inte att läsa.');
  } else {
    const fingerprint = await fingerprintOf(sig.data.publicKey);
    report.fingerprint = fingerprint;
    const valid =
      sig.data.manifestSha256 === manifestSha256 &&
      sig.data.fingerprint === fingerprint &&
      (await verifySignature(sig.data.publicKey, hexToBytes(manifestSha256), sig.data.signature));
    if (!valid) problem('signature-invalid', 'Signaturen stämmer inte med manifest.json och den medföljande nyckeln.');
    else report.checked.push(`Signaturen över manifestet är giltig (nyckel ${fingerprint.slice(0, 16)}…).`);
    if (options.expectedFingerprint && options.expectedFingerprint.replace(/\s/g, '').toLowerCase() !== fingerprint.slice(0, options.expectedFingerprint.replace(/\s/g, '').length)) {
      problem('fingerprint-mismatch', `Paketet är signerat med en annan nyckel (${fingerprint.slice(0, 16)}…) än den som angavs.`);
    }
  }

  // Every file against the manifest; nothing in the package that the manifest does not name.
  let filesOk = true;
  for (const f of manifest.files) {
    const bytes = files.get(f.path);
    if (!bytes) {
      filesOk = false;
      problem('file-missing', `Filen ${f.path} saknas.`);
    } else if (bytes.byteLength !== f.size || (await sha256Hex(bytes)) !== f.sha256) {
      filesOk = false;
      problem('file-changed', `Filen ${f.path} har ändrats (kontrollsumman stämmer inte med manifestet).`);
    }
  }
  const listed = new Set([...manifest.files.map((f) => f.path), LAYOUT.manifest, LAYOUT.signature]);
  for (const path of files.keys()) {
    if (!listed.has(path)) {
      filesOk = false;
      problem('file-unlisted', `Filen ${path} finns i paketet men inte i manifestet.`);
    }
  }
  if (filesOk) report.checked.push(`Alla ${manifest.files.length} filer har rätt SHA-256 och storlek.`);

  // METS.xml lists the same files with the same checksums.
  const metsBytes = files.get(LAYOUT.mets);
  if (metsBytes) {
    let metsOk = true;
    const listedInMets = metsFiles(text(metsBytes));
    for (const f of listedInMets) {
      const bytes = files.get(f.path);
      if (!bytes || (await sha256Hex(bytes)) !== f.sha256 || bytes.byteLength !== f.size) {
        metsOk = false;
        problem('mets-mismatch', `METS.xml anger en annan kontrollsumma för ${f.path} än filen har.`);
      }
    }
    const inMets = new Set(listedInMets.map((f) => f.path));
    for (const f of manifest.files) {
      if (f.path !== LAYOUT.mets && !inMets.has(f.path)) {
        metsOk = false;
        problem('mets-mismatch', `METS.xml saknar filen ${f.path}.`);
      }
    }
    if (metsOk) report.checked.push(`METS.xml anger rätt kontrollsumma för alla ${listedInMets.length} filer.`);
    const validation = await options.validateMets?.(files);
    if (validation) {
      if (validation.ok) report.checked.push('METS.xml är giltig enligt mets.xsd (xmllint).');
      else problem('schema-invalid', `METS.xml är inte giltig enligt schemat: ${validation.output.trim()}`);
    }
  }

  // The records and their chain.
  const recordsBytes = files.get(LAYOUT.records);
  const parsed = recordsBytes ? z.array(ModerationRecordSchema).safeParse(safeJson(text(recordsBytes))) : null;
  if (!parsed?.success) {
    problem('records-invalid', 'records.json saknas eller innehåller något som inte är en post (moderation-record/1).');
  } else {
    const records = parsed.data;
    report.recordCount = records.length;
    if (records.length !== manifest.records.count || records.some((r, i) => r.id !== manifest.records.ids[i])) {
      problem('record-count', `records.json har ${records.length} poster; manifestet anger ${manifest.records.count}.`);
    }
    await checkChain(records, manifest, problem, report);
    await checkEvidence(records, files, problem, report);
    checkCsv(records, files.get(LAYOUT.csv), problem, report);
  }
  report.ok = report.problems.length === 0;
  return report;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

type Problem = (code: FindingCode, detail: string) => void;

async function checkChain(records: ModerationRecord[], manifest: Manifest, problem: Problem, report: VerifyReport): Promise<void> {
  let ok = true;
  const seqs = manifest.records.seqs;
  for (const [i, record] of records.entries()) {
    // Each record against its own hash (over its content and the link it names).
    if (!(await verifyRecord(record))) {
      ok = false;
      problem('record-edited', `Post ${i + 1} (${record.id}) har ändrats efter att den loggades: dess kontrollsumma stämmer inte.`);
    }
    const prev = records[i - 1];
    // Records that followed each other in the log must link; a gap in `seqs` is a selection's choice.
    if (prev && seqs[i] === (seqs[i - 1] ?? NaN) + 1 && record.integrity.prev !== prev.integrity.sha256) {
      ok = false;
      problem('chain-broken', `Kedjan är bruten före post ${i + 1} (${record.id}): en post saknas eller har flyttats.`);
    }
  }
  if (records[0] && records[0].integrity.prev !== manifest.chain.firstPrev) {
    ok = false;
    problem('chain-broken', 'Den första posten länkar inte dit manifestet anger.');
  }
  if ((records.at(-1)?.integrity.sha256 ?? null) !== manifest.chain.head) {
    ok = false;
    problem('chain-broken', 'Den sista posten är inte den kedjehuvud manifestet anger: en post saknas i slutet.');
  }
  if (ok) report.checked.push(`Alla ${records.length} poster har rätt kontrollsumma och kedjan är hel.`);
}

async function checkEvidence(records: ModerationRecord[], files_: ReadonlyMap<string, Uint8Array>, problem: Problem, report: VerifyReport): Promise<void> {
  let count = 0;
  let ok = true;
  for (const r of records) {
    const files = [
      [r.evidence?.screenshot, 'png', 'Skärmbilden'],
      [r.evidence?.html, 'html', 'HTML-kopian'],
    ] as const;
    for (const [file, extension, name] of files) {
      if (!file) continue;
      count++;
      const bytes = files_.get(`${LAYOUT.evidence}/${file.sha256}.${extension}`);
      if (!bytes || (await sha256Hex(bytes)) !== file.sha256) {
        ok = false;
        problem('evidence-missing', `${name} till post ${r.id} saknas eller stämmer inte med postens kontrollsumma.`);
      }
    }
  }
  if (ok && count > 0) report.checked.push(`Alla ${count} bevisfiler (skärmbilder och HTML-kopior) stämmer med posternas kontrollsummor.`);
}

function checkCsv(records: ModerationRecord[], bytes: Uint8Array | undefined, problem: Problem, report: VerifyReport): void {
  if (!bytes) return problem('csv-mismatch', 'records.csv saknas.');
  const rows = parseRecordsCsv(text(bytes));
  const same =
    rows.length === records.length &&
    rows.every((row, i) => row.id === records[i]!.id && row.text === (records[i]!.subject?.text ?? '') && row.sha256 === records[i]!.integrity.sha256);
  if (!same) problem('csv-mismatch', 'records.csv stämmer inte med records.json.');
  else report.checked.push(`records.csv har samma ${rows.length} poster som records.json.`);
}
