// Makes sure Debian's Chromium and Firefox ESR are present; installs them with apt-get when running as
// root (CI), otherwise says exactly what to install. Never downloads a browser from anywhere else.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = [
  ['/usr/bin/chromium', 'chromium'],
  // Debian's chromium ships only en-US; the Swedish UI (and so the extension's Swedish locale) needs this.
  ['/usr/lib/chromium/locales/sv.pak', 'chromium-l10n'],
  ['/usr/bin/firefox-esr', 'firefox-esr'],
  // The registry tests answer Chromium's own permission prompt, which headless Chromium never draws:
  // a headed window on a virtual display (Xvfb), key presses (xdotool), a pixel read (ImageMagick).
  ['/usr/bin/Xvfb', 'xvfb'],
  ['/usr/bin/xdotool', 'xdotool'],
  ['/usr/bin/import', 'imagemagick'],
  // The export tests and `npm run verify-export` validate METS.xml against the E-ARK schemas offline.
  ['/usr/bin/xmllint', 'libxml2-utils'],
];

/** `only`: package names to check (default: all); the demo needs Chromium only. */
export function ensureBrowsers(only = needed.map(([, pkg]) => pkg)) {
  const missing = needed.filter(([path, pkg]) => only.includes(pkg) && !existsSync(path)).map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Missing browsers for the end-to-end tests. Install them with:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} with apt-get …`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...missing]]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`apt-get ${args[0]} failed; install ${missing.join(' ')} by hand and run the tests again.`);
      process.exit(1);
    }
  }
}
