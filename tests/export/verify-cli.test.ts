// @vitest-environment node
// `npm run verify-export` as the registrar runs it: a whole package exits 0 and says so; a changed one
// exits 1 and names the problem; a file that is not there exits 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPackage } from '../../lib/export/package';
import { generateSigningKey, signerFor } from '../../lib/export/signing';
import { seal } from '../../lib/store/integrity';
import { unsealed } from '../helpers/records';

const dir = mkdtempSync(join(tmpdir(), 'ms-verify-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync('node', ['--import', 'tsx', 'scripts/verify-export.ts', ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });

describe('npm run verify-export', () => {
  it('reports a whole package good, and an edited one with its problem', async () => {
    const first = await seal(unsealed('00000000-0000-4000-8000-000000000001', 'första'), null);
    const second = await seal(unsealed('00000000-0000-4000-8000-000000000002', 'andra'), first.integrity.sha256);
    const signer = await signerFor(await generateSigningKey());
    const pkg = await buildPackage({
      entries: [
        { seq: 1, record: first },
        { seq: 2, record: second },
      ],
      office: 'Norrby (exempel)',
      selection: { from: '2026-11-25', to: '2026-11-25', description: 'alla' },
      createdAt: new Date('2026-12-01T08:00:00Z'),
      software: { name: 'Modereringsstöd', version: '0.1.0' },
      signer,
      logHead: second.integrity.sha256,
      packageId: 'cli-test',
    });
    const good = join(dir, 'good.zip');
    writeFileSync(good, pkg.bytes);
    const ok = run(good, '--fingerprint', signer.fingerprint.slice(0, 20));
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain('Resultat: paketet är helt och oförändrat.');
    expect(ok.stdout).toContain('Poster: 2');

    const files: Record<string, Uint8Array> = unzipSync(pkg.bytes);
    const path = 'cli-test/representations/rep1/data/records.json';
    files[path] = strToU8(strFromU8(files[path]!).replace('första', 'fösta'));
    const bad = join(dir, 'bad.zip');
    writeFileSync(bad, zipSync(files));
    const failed = run(bad);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain('[record-edited]');
    expect(failed.stdout).toContain('00000000-0000-4000-8000-000000000001');

    expect(run(join(dir, 'missing.zip')).status).toBe(2);
  }, 60_000);
});
