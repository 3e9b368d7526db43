#!/usr/bin/env node
// `npm test`: type-check, unit tests, store-ready builds, Mozilla's linter, then the end-to-end tests in
// real Chromium and Firefox ESR. Stops at the first failing step and says which one failed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureBrowsers } from './e2e/support/ensure-browsers.mjs';

const steps = [
  ['type-check', 'npx', ['tsc', '--noEmit']],
  ['unit tests', 'npx', ['vitest', 'run']],
  ['builds and zips (Chrome MV3, Firefox MV2 + sources)', 'npm', ['run', '--silent', 'zip']],
  ['web-ext lint (Firefox build)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted', '--warnings-as-errors=false']],
  ['end-to-end tests in Chromium and Firefox', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']],
];

const timings = [];
// Debian packages first (browsers, Xvfb, xmllint): the unit tests validate export packages with xmllint too.
ensureBrowsers();
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const start = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  const seconds = ((Date.now() - start) / 1000).toFixed(1);
  timings.push(`${name}: ${seconds} s`);
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}
for (const zip of ['chrome', 'firefox', 'sources']) {
  if (!existsSync(`.output/modereringsstod-${process.env.npm_package_version ?? '0.1.0'}-${zip}.zip`)) {
    console.error(`✖ the ${zip} zip is missing from .output/`);
    process.exit(1);
  }
}
console.log(`\n✔ all steps passed\n  ${timings.join('\n  ')}`);
