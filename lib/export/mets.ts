/**
 * METS.xml of the export, an E-ARK CSIP 2.1.0 / SIP 2.1.0 information package (FGS Paketstruktur 2.0).
 * The requirement numbers (CSIP1 …) are those of ../shared/reference/e-ark-csip/E-ARK-CSIP-v2-1-0.xml.
 * Every file but METS.xml itself, the manifest and its signature is listed with its SHA-256 and size.
 */
import type { DigestedFile } from './files';
import { LAYOUT } from './files';
import { xml, xmlId } from './xml';

export interface MetsInput {
  /** The package's id, also its folder name (CSIP1). */
  objectId: string;
  label: string;
  createdAt: string;
  office: string;
  software: { name: string; version: string };
  descriptive: DigestedFile;
  preservation: DigestedFile;
  data: readonly DigestedFile[];
  schemas: readonly DigestedFile[];
}

const NS = [
  'xmlns="http://www.loc.gov/METS/"',
  'xmlns:csip="https://DILCIS.eu/XML/METS/CSIPExtensionMETS"',
  'xmlns:sip="https://DILCIS.eu/XML/METS/SIPExtensionMETS"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  'xsi:schemaLocation="http://www.loc.gov/METS/ schemas/mets.xsd http://www.w3.org/1999/xlink schemas/xlink.xsd https://DILCIS.eu/XML/METS/CSIPExtensionMETS schemas/CSIPExtensionMETS.xsd"',
].join(' ');

const fileAttrs = (f: DigestedFile, createdAt: string) =>
  `MIMETYPE="${xml(f.mediaType)}" SIZE="${f.size}" CREATED="${xml(createdAt)}" CHECKSUM="${f.sha256}" CHECKSUMTYPE="SHA-256"`;

const fileId = (f: DigestedFile) => xmlId('ID', f.path);

function fileEntry(f: DigestedFile, createdAt: string): string {
  return [
    `      <file ID="${fileId(f)}" ${fileAttrs(f, createdAt)}>`,
    `        <FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="${xml(f.path)}"/>`,
    `      </file>`,
  ].join('\n');
}

function mdRef(f: DigestedFile, mdType: 'DC' | 'PREMIS', createdAt: string): string {
  return `<mdRef LOCTYPE="URL" xlink:type="simple" xlink:href="${xml(f.path)}" MDTYPE="${mdType}" ${fileAttrs(f, createdAt)}/>`;
}

export function metsXml(input: MetsInput): string {
  const { objectId, createdAt } = input;
  const dmdId = 'ID-dmd-description';
  const amdId = 'ID-amd';
  const digiprovId = 'ID-digiprov-premis';
  const dataGroup = 'ID-fileGrp-rep1-data';
  const schemaGroup = 'ID-fileGrp-schemas';
  return `<?xml version="1.0" encoding="UTF-8"?>
<mets ${NS} OBJID="${xml(objectId)}" LABEL="${xml(input.label)}" TYPE="Datasets" csip:CONTENTINFORMATIONTYPE="OTHER" csip:OTHERCONTENTINFORMATIONTYPE="moderation-record/1" PROFILE="https://earksip.dilcis.eu/profile/E-ARK-SIP.xml">
  <metsHdr CREATEDATE="${xml(createdAt)}" RECORDSTATUS="NEW" csip:OAISPACKAGETYPE="SIP">
    <agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">
      <name>${xml(input.software.name)}</name>
      <note csip:NOTETYPE="SOFTWARE VERSION">${xml(input.software.version)}</note>
    </agent>
    <agent ROLE="ARCHIVIST" TYPE="ORGANIZATION">
      <name>${xml(input.office)}</name>
    </agent>
  </metsHdr>
  <dmdSec ID="${dmdId}" CREATED="${xml(createdAt)}" STATUS="CURRENT">
    ${mdRef(input.descriptive, 'DC', createdAt)}
  </dmdSec>
  <amdSec ID="${amdId}">
    <digiprovMD ID="${digiprovId}" STATUS="CURRENT">
      ${mdRef(input.preservation, 'PREMIS', createdAt)}
    </digiprovMD>
  </amdSec>
  <fileSec ID="ID-fileSec">
    <fileGrp ID="${dataGroup}" USE="Representations/rep1/Data">
${input.data.map((f) => fileEntry(f, createdAt)).join('\n')}
    </fileGrp>
    <fileGrp ID="${schemaGroup}" USE="Schemas">
${input.schemas.map((f) => fileEntry(f, createdAt)).join('\n')}
    </fileGrp>
  </fileSec>
  <structMap ID="ID-structMap" TYPE="PHYSICAL" LABEL="CSIP">
    <div ID="ID-div-root" LABEL="${xml(objectId)}">
      <div ID="ID-div-metadata" LABEL="Metadata" DMDID="${dmdId}" ADMID="${digiprovId}"/>
      <div ID="ID-div-schemas" LABEL="Schemas">
${input.schemas.map((f) => `        <fptr FILEID="${fileId(f)}"/>`).join('\n')}
      </div>
      <div ID="ID-div-rep1" LABEL="Representations/rep1">
${input.data.map((f) => `        <fptr FILEID="${fileId(f)}"/>`).join('\n')}
      </div>
    </div>
  </structMap>
</mets>
`;
}

/** The files METS.xml lists, with their checksums (the verifier compares them with the package). */
export function metsFiles(text: string): { path: string; sha256: string; size: number }[] {
  const out: { path: string; sha256: string; size: number }[] = [];
  const re = /<(?:file|mdRef)\b([^>]*?)>(?:\s*<FLocat\b([^>]*?)\/>)?/g;
  for (const m of text.matchAll(re)) {
    const attrs = `${m[1]} ${m[2] ?? ''}`;
    const href = /xlink:href="([^"]*)"/.exec(attrs)?.[1];
    const sum = /CHECKSUM="([0-9a-f]{64})"/.exec(attrs)?.[1];
    const size = /SIZE="(\d+)"/.exec(attrs)?.[1];
    if (href && sum && size) out.push({ path: unescapeXml(href), sha256: sum, size: Number(size) });
  }
  return out;
}

const unescapeXml = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

export const METS_PATH = LAYOUT.mets;
