/** metadata/descriptive/description.xml (Dublin Core): which office, which accounts, which period. */
import { xml } from './xml';

export interface DescriptionInput {
  objectId: string;
  office: string;
  accounts: readonly { platform: string; name: string; url: string }[];
  period: { from: string; to: string };
  createdAt: string;
  recordCount: number;
}

export function descriptionXml(d: DescriptionInput): string {
  const accounts = d.accounts.map((a) => `  <dc:subject>${xml(`${a.platform}: ${a.name} (${a.url})`)}</dc:subject>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
  <dc:identifier>${xml(d.objectId)}</dc:identifier>
  <dc:title>${xml(`Modereringsåtgärder i sociala medier, ${d.office}, ${d.period.from}–${d.period.to}`)}</dc:title>
  <dc:creator>${xml(d.office)}</dc:creator>
  <dc:description>${xml(`${d.recordCount} loggade åtgärder (moderation-record/1) med bevis, från förvaltningens konton i sociala medier.`)}</dc:description>
${accounts}
  <dcterms:temporal>${xml(`${d.period.from}/${d.period.to}`)}</dcterms:temporal>
  <dc:date>${xml(d.createdAt)}</dc:date>
  <dc:type>Dataset</dc:type>
  <dc:language>sv</dc:language>
</metadata>
`;
}
