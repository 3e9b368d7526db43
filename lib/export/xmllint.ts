/**
 * Node only: validates a package's METS.xml with xmllint against the schemas this repository ships
 * (lib/export/schemas, the same files the package carries), offline. Resolves null when xmllint is missing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYOUT } from './files';

const SCHEMAS = fileURLToPath(new URL('./schemas/', import.meta.url));

export function xmllintAvailable(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

export async function validateMetsWithXmllint(files: ReadonlyMap<string, Uint8Array>): Promise<{ ok: boolean; output: string } | null> {
  const mets = files.get(LAYOUT.mets);
  if (!mets || !xmllintAvailable()) return null;
  const dir = mkdtempSync(join(tmpdir(), 'ms-verify-'));
  try {
    writeFileSync(join(dir, 'METS.xml'), mets);
    for (const name of readdirSync(SCHEMAS)) if (!name.endsWith('.ts')) copyFileSync(join(SCHEMAS, name), join(dir, name));
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(dir, 'mets.xsd'), join(dir, 'METS.xml')], {
      env: { ...process.env, XML_CATALOG_FILES: join(dir, 'catalog.xml') },
      encoding: 'utf8',
    });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}`.replaceAll(dir, '.') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
