/** The files of an export package, their digests, and the package's fixed layout (E-ARK CSIP / FGS Paketstruktur 2.0). */
import { sha256Hex } from '../store/integrity';

export interface PackageFile {
  /** Path inside the package folder, with `/`. */
  path: string;
  bytes: Uint8Array;
  mediaType: string;
}

export interface DigestedFile extends PackageFile {
  sha256: string;
  size: number;
}

export const LAYOUT = {
  mets: 'METS.xml',
  manifest: 'manifest.json',
  signature: 'signature.json',
  data: 'representations/rep1/data',
  records: 'representations/rep1/data/records.json',
  csv: 'representations/rep1/data/records.csv',
  registrations: 'representations/rep1/data/registrations.json',
  evidence: 'representations/rep1/data/evidence',
  descriptive: 'metadata/descriptive/description.xml',
  preservation: 'metadata/preservation/premis.xml',
  schemas: 'schemas',
} as const;

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export async function digest(file: PackageFile): Promise<DigestedFile> {
  return { ...file, sha256: await sha256Hex(file.bytes), size: file.bytes.byteLength };
}

export { base64ToBytes, bytesToBase64 } from '../util/base64';
