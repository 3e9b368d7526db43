/**
 * Builds the export package in the browser: one zip holding one E-ARK CSIP/SIP 2.1.0 information
 * package (FGS Paketstruktur 2.0) whose folder is the package id:
 *
 *   <id>/METS.xml                               the package's structure, every file with SHA-256
 *   <id>/manifest.json                          every file (METS.xml too) with SHA-256 and size, range, chain
 *   <id>/signature.json                         ECDSA P-256 over sha256(manifest.json), with the public key
 *   <id>/metadata/descriptive/description.xml   Dublin Core: office, accounts, period
 *   <id>/metadata/preservation/premis.xml       PREMIS 3: fixity, formats, capture events
 *   <id>/representations/rep1/data/records.json the moderation-record/1 records, in log order
 *   <id>/representations/rep1/data/records.csv  the same for Excel (UTF-8 BOM, `;`)
 *   <id>/representations/rep1/data/registrations.json  registration numbers the registry gave
 *   <id>/representations/rep1/data/evidence/<sha256>.png   pictures of comments, named by their digest
 *   <id>/representations/rep1/data/evidence/<sha256>.html  the comments' HTML fragments, likewise
 *   <id>/schemas/…                              mets.xsd, xlink.xsd, CSIPExtensionMETS.xsd, catalog.xml
 */
import { zipSync, type Zippable } from 'fflate';
import type { ModerationRecord } from '../model';
import { sha256Hex } from '../store/integrity';
import { recordsCsv, type CsvRegistration } from './csv';
import { descriptionXml } from './description';
import { base64ToBytes, digest, LAYOUT, utf8, type DigestedFile, type PackageFile } from './files';
import type { Manifest, SignatureFile } from './manifest';
import { metsXml } from './mets';
import { premisXml } from './premis';
import { SCHEMA_FILES } from './schemas';
import { hexToBytes, type Signer } from './signing';

export interface ExportEntry {
  seq: number;
  record: ModerationRecord;
  registration?: CsvRegistration;
}

export interface ExportInput {
  /** In log order. */
  entries: readonly ExportEntry[];
  office: string;
  selection: { from: string; to: string; description: string };
  createdAt: Date;
  software: { name: string; version: string };
  signer: Signer;
  /** The browser log's newest hash when the package is made. */
  logHead: string | null;
  packageId?: string;
  /**
   * The bytes of an evidence file by digest (the evidence store); records carrying their bytes inline
   * (`base64`) need none. A file that cannot be found is left out and the verifier says so.
   */
  evidenceBytes?: (sha256: string) => Promise<Uint8Array | null>;
}

export interface BuiltPackage {
  packageId: string;
  fileName: string;
  bytes: Uint8Array;
  manifest: Manifest;
}

export async function buildPackage(input: ExportInput): Promise<BuiltPackage> {
  const createdAt = input.createdAt.toISOString();
  const packageId = input.packageId ?? `modereringsstod-${input.selection.from}-${input.selection.to}-${crypto.randomUUID().slice(0, 8)}`;
  const records = input.entries.map((e) => e.record);
  const registrations = new Map(input.entries.flatMap((e) => (e.registration ? [[e.record.id, e.registration] as const] : [])));

  const evidence = new Map<string, { file: PackageFile; capture: { capturedAt: string; url: string; recordId: string } }>();
  for (const r of records) {
    const files = [
      [r.evidence?.screenshot, 'png', 'image/png'],
      [r.evidence?.html, 'html', 'text/html'],
    ] as const;
    for (const [file, extension, mediaType] of files) {
      if (!file || evidence.has(file.sha256)) continue;
      const bytes = file.base64 ? base64ToBytes(file.base64) : await input.evidenceBytes?.(file.sha256);
      // A file whose bytes do not match its recorded digest is left out; the verifier reports the
      // record's evidence as missing, which is the truth.
      if (!bytes || (await sha256Hex(bytes)) !== file.sha256) continue;
      evidence.set(file.sha256, {
        file: { path: `${LAYOUT.evidence}/${file.sha256}.${extension}`, bytes, mediaType },
        capture: { capturedAt: r.evidence!.capturedAt, url: r.evidence!.url, recordId: r.id },
      });
    }
  }

  const data: DigestedFile[] = await Promise.all(
    [
      { path: LAYOUT.records, bytes: utf8(`${JSON.stringify(records, null, 1)}\n`), mediaType: 'application/json' },
      { path: LAYOUT.csv, bytes: utf8(recordsCsv(records, registrations)), mediaType: 'text/csv' },
      {
        path: LAYOUT.registrations,
        bytes: utf8(`${JSON.stringify([...registrations].map(([recordId, reg]) => ({ recordId, ...reg })), null, 1)}\n`),
        mediaType: 'application/json',
      },
      ...[...evidence.values()].map((e) => e.file),
    ].map(digest),
  );
  const schemas = await Promise.all(
    SCHEMA_FILES.map((s) => digest({ path: `${LAYOUT.schemas}/${s.name}`, bytes: utf8(s.text), mediaType: 'application/xml' })),
  );
  const accounts = [...new Map(records.map((r) => [r.account.url, r.account])).values()];
  const descriptive = await digest({
    path: LAYOUT.descriptive,
    bytes: utf8(descriptionXml({ objectId: packageId, office: input.office, accounts, period: input.selection, createdAt, recordCount: records.length })),
    mediaType: 'application/xml',
  });
  const preservation = await digest({
    path: LAYOUT.preservation,
    bytes: utf8(
      premisXml({
        createdAt,
        software: input.software,
        office: input.office,
        files: data,
        captures: [...evidence.values()].map((e) => ({ path: e.file.path, ...e.capture })),
      }),
    ),
    mediaType: 'application/xml',
  });
  const mets = await digest({
    path: LAYOUT.mets,
    bytes: utf8(
      metsXml({
        objectId: packageId,
        label: `${input.office}: ${input.selection.from}–${input.selection.to}`,
        createdAt,
        office: input.office,
        software: input.software,
        descriptive,
        preservation,
        data,
        schemas,
      }),
    ),
    mediaType: 'application/xml',
  });

  const files = [mets, descriptive, preservation, ...data, ...schemas];
  const manifest: Manifest = {
    schema: 'modereringsstod-export/1',
    packageId,
    createdAt,
    office: input.office,
    software: input.software,
    selection: input.selection,
    records: {
      count: records.length,
      firstOccurredAt: records[0]?.occurredAt ?? null,
      lastOccurredAt: records.at(-1)?.occurredAt ?? null,
      seqs: input.entries.map((e) => e.seq),
      ids: records.map((r) => r.id),
    },
    chain: { firstPrev: records[0]?.integrity.prev ?? null, head: records.at(-1)?.integrity.sha256 ?? null, logHead: input.logHead },
    files: files.map((f) => ({ path: f.path, sha256: f.sha256, size: f.size })),
  };
  const manifestBytes = utf8(`${JSON.stringify(manifest, null, 1)}\n`);
  const manifestSha256 = await sha256Hex(manifestBytes);
  const signed = await input.signer.sign(hexToBytes(manifestSha256));
  const signature: SignatureFile = {
    algorithm: 'ECDSA-P256-SHA256',
    signed: 'sha256(manifest.json)',
    manifestSha256,
    signature: signed.signature,
    publicKey: signed.publicKey,
    fingerprint: signed.fingerprint,
  };

  const tree: Zippable = {};
  for (const f of files) tree[`${packageId}/${f.path}`] = f.bytes;
  tree[`${packageId}/${LAYOUT.manifest}`] = manifestBytes;
  tree[`${packageId}/${LAYOUT.signature}`] = utf8(`${JSON.stringify(signature, null, 1)}\n`);
  // PNGs are compressed already; text compresses well.
  const bytes = zipSync(tree, { level: 6, mtime: input.createdAt });
  return { packageId, fileName: `${packageId}.zip`, bytes, manifest };
}
