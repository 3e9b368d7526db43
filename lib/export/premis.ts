/**
 * metadata/preservation/premis.xml (PREMIS 3): one object per data file with its fixity, size and
 * format, the capture event of each evidence file, and the software that made the package.
 */
import type { DigestedFile } from './files';
import { xml } from './xml';

export interface PremisInput {
  createdAt: string;
  software: { name: string; version: string };
  office: string;
  files: readonly DigestedFile[];
  /** Evidence files: when each was captured and from which page, by the record that holds it. */
  captures: readonly { path: string; capturedAt: string; url: string; recordId: string }[];
}

function object(f: DigestedFile): string {
  return `  <premis:object xsi:type="premis:file">
    <premis:objectIdentifier>
      <premis:objectIdentifierType>local</premis:objectIdentifierType>
      <premis:objectIdentifierValue>${xml(f.path)}</premis:objectIdentifierValue>
    </premis:objectIdentifier>
    <premis:objectCharacteristics>
      <premis:compositionLevel>0</premis:compositionLevel>
      <premis:fixity>
        <premis:messageDigestAlgorithm>SHA-256</premis:messageDigestAlgorithm>
        <premis:messageDigest>${f.sha256}</premis:messageDigest>
      </premis:fixity>
      <premis:size>${f.size}</premis:size>
      <premis:format>
        <premis:formatDesignation>
          <premis:formatName>${xml(f.mediaType)}</premis:formatName>
        </premis:formatDesignation>
      </premis:format>
    </premis:objectCharacteristics>
  </premis:object>`;
}

export function premisXml(p: PremisInput): string {
  const agentId = `${p.software.name} ${p.software.version}`;
  const events = p.captures.map(
    (c, i) => `  <premis:event>
    <premis:eventIdentifier>
      <premis:eventIdentifierType>local</premis:eventIdentifierType>
      <premis:eventIdentifierValue>capture-${i + 1}</premis:eventIdentifierValue>
    </premis:eventIdentifier>
    <premis:eventType>capture</premis:eventType>
    <premis:eventDateTime>${xml(c.capturedAt)}</premis:eventDateTime>
    <premis:eventDetailInformation>
      <premis:eventDetail>${xml(`Skärmbild av ${c.url} tagen när moderatorn arkiverade (post ${c.recordId}).`)}</premis:eventDetail>
    </premis:eventDetailInformation>
    <premis:linkingAgentIdentifier>
      <premis:linkingAgentIdentifierType>local</premis:linkingAgentIdentifierType>
      <premis:linkingAgentIdentifierValue>${xml(agentId)}</premis:linkingAgentIdentifierValue>
    </premis:linkingAgentIdentifier>
    <premis:linkingObjectIdentifier>
      <premis:linkingObjectIdentifierType>local</premis:linkingObjectIdentifierType>
      <premis:linkingObjectIdentifierValue>${xml(c.path)}</premis:linkingObjectIdentifierValue>
    </premis:linkingObjectIdentifier>
  </premis:event>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<premis:premis xmlns:premis="http://www.loc.gov/premis/v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="3.0">
${p.files.map(object).join('\n')}
  <premis:event>
    <premis:eventIdentifier>
      <premis:eventIdentifierType>local</premis:eventIdentifierType>
      <premis:eventIdentifierValue>package-creation</premis:eventIdentifierValue>
    </premis:eventIdentifier>
    <premis:eventType>creation</premis:eventType>
    <premis:eventDateTime>${xml(p.createdAt)}</premis:eventDateTime>
    <premis:linkingAgentIdentifier>
      <premis:linkingAgentIdentifierType>local</premis:linkingAgentIdentifierType>
      <premis:linkingAgentIdentifierValue>${xml(agentId)}</premis:linkingAgentIdentifierValue>
    </premis:linkingAgentIdentifier>
  </premis:event>
${events.join('\n')}
  <premis:agent>
    <premis:agentIdentifier>
      <premis:agentIdentifierType>local</premis:agentIdentifierType>
      <premis:agentIdentifierValue>${xml(agentId)}</premis:agentIdentifierValue>
    </premis:agentIdentifier>
    <premis:agentName>${xml(p.software.name)}</premis:agentName>
    <premis:agentType>software</premis:agentType>
  </premis:agent>
  <premis:agent>
    <premis:agentIdentifier>
      <premis:agentIdentifierType>local</premis:agentIdentifierType>
      <premis:agentIdentifierValue>${xml(p.office)}</premis:agentIdentifierValue>
    </premis:agentIdentifier>
    <premis:agentName>${xml(p.office)}</premis:agentName>
    <premis:agentType>organization</premis:agentType>
  </premis:agent>
</premis:premis>
`;
}
