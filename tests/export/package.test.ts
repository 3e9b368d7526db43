// @vitest-environment node
/**
 * The export package end to end in Node: built from a sealed chain, unzipped, and verified; then each
 * kind of tampering the registrar must be told about. METS.xml is validated with xmllint against the
 * bundled E-ARK schemas (the same check `npm run verify-export` makes).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseRecordsCsv } from '../../lib/export/csv';
import { buildPackage, type ExportEntry } from '../../lib/export/package';
import { generateSigningKey, signerFor } from '../../lib/export/signing';
import { verifyPackage } from '../../lib/export/verify';
import { validateMetsWithXmllint, xmllintAvailable } from '../../lib/export/xmllint';
import type { ModerationRecord } from '../../lib/model';
import { seal, sha256Hex } from '../../lib/store/integrity';
import { unsealed } from '../helpers/records';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
// A tiny valid PNG (1×1, transparent): evidence bytes whose digest the record names.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

async function chain(n: number): Promise<ExportEntry[]> {
  const shot = { mediaType: 'image/png' as const, sha256: await sha256Hex(PNG), base64: btoa(String.fromCharCode(...PNG)) };
  const out: ExportEntry[] = [];
  let prev: string | null = null;
  for (let i = 0; i < n; i++) {
    const base = unsealed(uuid(i + 1), `anteckning ${i}`);
    const record: ModerationRecord = await seal(
      {
        ...base,
        occurredAt: `2026-11-${String(10 + i).padStart(2, '0')}T09:0${i % 10}:00+01:00`,
        subject: {
          platform: 'facebook',
          kind: 'comment',
          id: `c${i}`,
          authorName: 'Anna Exempelsson',
          // Text Excel would treat as a formula, a quote, a separator and a line break: all must survive.
          text: i === 1 ? '=SUMMA(A1); "citat"\nny rad, åäö' : `Kommentar ${i} om simhallen`,
          post: { text: 'Simhallen håller stängt.' },
        },
        ...(i % 2 === 0 ? { evidence: { capturedAt: '2026-11-10T09:00:00+01:00', url: 'https://www.facebook.com/norrbyexempel/posts/1', screenshot: shot } } : {}),
      },
      prev,
    );
    prev = record.integrity.sha256;
    out.push({ seq: i + 1, record, ...(i === 0 ? { registration: { registrationNumber: 'KS 2026/1', registeredAt: '2026-11-10T10:00:00+01:00' } } : {}) });
  }
  return out;
}

const signer = await signerFor(await generateSigningKey());

async function build(entries: ExportEntry[]) {
  return buildPackage({
    entries,
    office: 'Stadsdelsförvaltning Norrby (exempel)',
    selection: { from: '2026-11-01', to: '2026-11-30', description: 'alla poster' },
    createdAt: new Date('2026-12-01T08:00:00Z'),
    software: { name: 'Modereringsstöd', version: '0.1.0' },
    signer,
    logHead: entries.at(-1)?.record.integrity.sha256 ?? null,
    packageId: 'modereringsstod-test-1',
  });
}

/** Unzips, changes one file with `edit`, and zips again (what someone with the file could do). */
function tamper(zip: Uint8Array, path: string, edit: (bytes: Uint8Array) => Uint8Array): Uint8Array {
  const files: Record<string, Uint8Array> = unzipSync(zip);
  const key = `modereringsstod-test-1/${path}`;
  expect(files[key], path).toBeDefined();
  files[key] = edit(files[key]!);
  return zipSync(files);
}

const codes = (r: { problems: { code: string }[] }) => [...new Set(r.problems.map((p) => p.code))].sort();

describe('export package', () => {
  it('holds the E-ARK layout, and verifies whole: hashes, signature, chain, evidence, CSV and METS schema', async () => {
    const entries = await chain(6);
    const pkg = await build(entries);
    const files = Object.keys(unzipSync(pkg.bytes)).sort();
    expect(files).toEqual(
      [
        'METS.xml',
        'manifest.json',
        'signature.json',
        'metadata/descriptive/description.xml',
        'metadata/preservation/premis.xml',
        'representations/rep1/data/records.json',
        'representations/rep1/data/records.csv',
        'representations/rep1/data/registrations.json',
        `representations/rep1/data/evidence/${await sha256Hex(PNG)}.png`,
        'schemas/mets.xsd',
        'schemas/xlink.xsd',
        'schemas/CSIPExtensionMETS.xsd',
        'schemas/catalog.xml',
      ]
        .map((f) => `modereringsstod-test-1/${f}`)
        .sort(),
    );
    const report = await verifyPackage(pkg.bytes, { validateMets: validateMetsWithXmllint, expectedFingerprint: signer.fingerprint.slice(0, 16) });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.recordCount).toBe(6);
    expect(report.fingerprint).toBe(signer.fingerprint);
    if (xmllintAvailable()) expect(report.checked.some((l) => l.includes('xmllint'))).toBe(true);
  });

  it('writes a CSV that Swedish Excel reads: BOM, semicolons, quoted fields, the same records as the JSON', async () => {
    const entries = await chain(3);
    const unzipped = unzipSync((await build(entries)).bytes);
    const bytes = unzipped['modereringsstod-test-1/representations/rep1/data/records.csv']!;
    // UTF-8 byte-order mark first (TextDecoder would hide it), so Excel reads the file as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFF"id";"typ";"tidpunkt";"datum \(svensk tid\)"/);
    const json = JSON.parse(strFromU8(unzipped['modereringsstod-test-1/representations/rep1/data/records.json']!)) as ModerationRecord[];
    const rows = parseRecordsCsv(csv);
    expect(rows.map((r) => [r.id, r.text, r.sha256, r.tidpunkt])).toEqual(json.map((r) => [r.id, r.subject!.text, r.integrity.sha256, r.occurredAt]));
    // The formula is defused for Excel, kept as written in the JSON.
    expect(csv).toContain(`"'=SUMMA(A1); ""citat""\nny rad, åäö"`);
    expect(rows[0]!['datum (svensk tid)']).toBe('2026-11-10 09:00:00');
    expect(rows[0]!.diarienummer).toBe('KS 2026/1');
  });

  it('reports a flipped byte in an evidence file', async () => {
    const pkg = await build(await chain(4));
    const bad = tamper(pkg.bytes, `representations/rep1/data/evidence/${await sha256Hex(PNG)}.png`, (b) => {
      const c = b.slice();
      c[20] = c[20]! ^ 1;
      return c;
    });
    const report = await verifyPackage(bad);
    expect(report.ok).toBe(false);
    expect(codes(report)).toEqual(['evidence-missing', 'file-changed', 'mets-mismatch']);
  });

  it('reports a removed record, also when the manifest is rebuilt and signed with another key', async () => {
    const entries = await chain(5);
    const pkg = await build(entries);
    const dropSecond = (b: Uint8Array) => {
      const records = JSON.parse(strFromU8(b)) as unknown[];
      records.splice(1, 1);
      return strToU8(JSON.stringify(records));
    };
    const naive = await verifyPackage(tamper(pkg.bytes, 'representations/rep1/data/records.json', dropSecond));
    expect(codes(naive)).toEqual(['chain-broken', 'csv-mismatch', 'file-changed', 'mets-mismatch', 'record-count']);

    // A forger who rebuilds the whole package without record 2, with a key of their own.
    const forger = await signerFor(await generateSigningKey());
    const forged = await buildPackage({
      entries: entries.filter((_, i) => i !== 1).map((e, i) => ({ ...e, seq: i + 1 })),
      office: 'Stadsdelsförvaltning Norrby (exempel)',
      selection: { from: '2026-11-01', to: '2026-11-30', description: 'alla poster' },
      createdAt: new Date('2026-12-01T08:00:00Z'),
      software: { name: 'Modereringsstöd', version: '0.1.0' },
      signer: forger,
      logHead: null,
      packageId: 'modereringsstod-test-1',
    });
    const report = await verifyPackage(forged.bytes, { expectedFingerprint: signer.fingerprint });
    expect(codes(report)).toEqual(['chain-broken', 'fingerprint-mismatch']);
  });

  it('reports an edited record', async () => {
    const pkg = await build(await chain(4));
    const bad = tamper(pkg.bytes, 'representations/rep1/data/records.json', (b) =>
      strToU8(strFromU8(b).replace('Kommentar 2 om simhallen', 'Kommentar 2 om badhuset')),
    );
    const report = await verifyPackage(bad);
    expect(codes(report)).toEqual(['csv-mismatch', 'file-changed', 'mets-mismatch', 'record-edited']);
    expect(report.problems.find((p) => p.code === 'record-edited')!.detail).toContain(uuid(3));
  });

  it('reports a wrong signature', async () => {
    const pkg = await build(await chain(2));
    const bad = tamper(pkg.bytes, 'signature.json', (b) => {
      const sig = JSON.parse(strFromU8(b)) as { signature: string };
      const bytes = Uint8Array.from(atob(sig.signature), (c) => c.charCodeAt(0));
      bytes[5] = bytes[5]! ^ 0x40;
      sig.signature = btoa(String.fromCharCode(...bytes));
      return strToU8(JSON.stringify(sig));
    });
    expect(codes(await verifyPackage(bad))).toEqual(['signature-invalid']);
  });

  it('reports a METS.xml that no longer validates, and a file nobody listed', async () => {
    const pkg = await build(await chain(2));
    let bad = tamper(pkg.bytes, 'METS.xml', (b) => strToU8(strFromU8(b).replace('<structMap ', '<structMapp ').replace('</structMap>', '</structMapp>')));
    const files = unzipSync(bad);
    files['modereringsstod-test-1/representations/rep1/data/extra.txt'] = strToU8('smuggled');
    bad = zipSync(files);
    const report = await verifyPackage(bad, { validateMets: validateMetsWithXmllint });
    const expected = ['file-changed', 'file-unlisted', ...(xmllintAvailable() ? ['schema-invalid'] : [])].sort();
    expect(codes(report)).toEqual(expected);
  });

  it('says plainly when the file is not a package at all', async () => {
    expect(codes(await verifyPackage(strToU8('not a zip')))).toEqual(['not-a-zip']);
  });
});
