import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const ARTIFACTS = resolve(ROOT, 'tests/e2e/.artifacts');

/** The built extension for a target; `npm test` builds before e2e, so a missing build is a setup error. */
export function builtExtension(target: 'chrome-mv3' | 'firefox-mv2'): string {
  const dir = resolve(ROOT, '.output', target);
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No build in ${dir}. Run "npm run build" first (npm test does this for you).`);
  }
  return dir;
}
