/**
 * The schemas the package carries under schemas/ (CSIPSTR15), so METS.xml validates offline:
 * mets.xsd and CSIPExtensionMETS.xsd unchanged from the E-ARK CSIP 2.1.0 reference (DILCIS Board,
 * CC BY 4.0); xlink.xsd declares the XLink attribute groups mets.xsd refers to (as the Library of
 * Congress's copy at the address mets.xsd imports); catalog.xml maps that address to the local copy:
 *   XML_CATALOG_FILES=schemas/catalog.xml xmllint --noout --nonet --schema schemas/mets.xsd METS.xml
 */
import catalog from './catalog.xml?raw';
import csipExtension from './CSIPExtensionMETS.xsd?raw';
import mets from './mets.xsd?raw';
import xlink from './xlink.xsd?raw';

export const SCHEMA_FILES: readonly { name: string; text: string }[] = [
  { name: 'mets.xsd', text: mets },
  { name: 'xlink.xsd', text: xlink },
  { name: 'CSIPExtensionMETS.xsd', text: csipExtension },
  { name: 'catalog.xml', text: catalog },
];
