/**
 * `npm run verify-export -- FILE.zip [--fingerprint HEX]`: checks an export package offline (no network)
 * and prints what it found: every file's SHA-256, the signature, the records' chain, the evidence,
 * records.csv against records.json, and METS.xml against the E-ARK schemas (xmllint). Exit code 0 when
 * the package is whole, 1 when something is wrong, 2 when it could not be read.
 */
import { readFileSync } from 'node:fs';
import { verifyPackage } from '../lib/export/verify';
import { validateMetsWithXmllint, xmllintAvailable } from '../lib/export/xmllint';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--fingerprint');
const fpIndex = args.indexOf('--fingerprint');
const expectedFingerprint = fpIndex >= 0 ? args[fpIndex + 1] : undefined;
if (!file) {
  console.error('Användning: npm run verify-export -- PAKET.zip [--fingerprint NYCKELNS-FINGERAVTRYCK]');
  process.exit(2);
}
let bytes: Uint8Array;
try {
  bytes = new Uint8Array(readFileSync(file));
} catch (error) {
  console.error(`Kan inte läsa ${file}: ${(error as Error).message}`);
  process.exit(2);
}
const report = await verifyPackage(bytes, { expectedFingerprint, validateMets: validateMetsWithXmllint });
console.log(`Paket: ${report.packageId ?? '(okänt)'}`);
console.log(`Poster: ${report.recordCount}`);
if (report.fingerprint) console.log(`Nyckelns fingeravtryck (SHA-256): ${report.fingerprint}`);
for (const line of report.checked) console.log(`  ✔ ${line}`);
if (!xmllintAvailable()) console.log('  – METS.xml kontrollerades inte mot schemat: xmllint saknas (Debian: apt-get install libxml2-utils).');
for (const p of report.problems) console.log(`  ✖ [${p.code}] ${p.detail}`);
console.log(report.ok ? 'Resultat: paketet är helt och oförändrat.' : `Resultat: ${report.problems.length} fel hittades.`);
process.exit(report.ok ? 0 : 1);
