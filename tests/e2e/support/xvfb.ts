/**
 * A virtual X display for the few Chromium tests that must answer the browser's own permission
 * prompt: headless Chromium draws that prompt nowhere, so those tests run a headed browser on Xvfb and
 * answer the prompt with real key presses (xdotool), as a user at the keyboard would.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';

let display: Promise<string> | undefined;
let server: ChildProcess | undefined;

/** Starts Xvfb once per test process on a free display number (-displayfd) and returns ":N". */
export function virtualDisplay(): Promise<string> {
  display ??= new Promise((resolve, reject) => {
    const child = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    server = child;
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^(\d+)\s*$/m.exec(out);
      if (match) resolve(`:${match[1]}`);
    });
    child.once('error', (error) => reject(new Error(`Xvfb could not start (${error.message}); install the xvfb package`)));
    child.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return display;
}

process.once('exit', () => server?.kill());

/** The colour of one screen pixel as "r,g,b" (ImageMagick's import reads the X display). */
export function pixel(displayName: string, x: number, y: number): string {
  const out = execFileSync('import', ['-window', 'root', '-crop', `1x1+${x}+${y}`, 'txt:-'], {
    env: { ...process.env, DISPLAY: displayName },
  }).toString();
  const match = /\((\d+(?:\.\d+)?),(\d+(?:\.\d+)?),(\d+(?:\.\d+)?)/.exec(out.split('\n')[1] ?? '');
  return match ? `${Math.round(Number(match[1]))},${Math.round(Number(match[2]))},${Math.round(Number(match[3]))}` : '';
}

export function keys(displayName: string, ...names: string[]): void {
  execFileSync('xdotool', ['key', '--delay', '150', ...names], { env: { ...process.env, DISPLAY: displayName } });
}

/** A hash of a screen region's pixels, to see when what is drawn there changes (e.g. focus moving). */
export function regionHash(displayName: string, x: number, y: number, width: number, height: number): string {
  const rgb = execFileSync('import', ['-window', 'root', '-crop', `${width}x${height}+${x}+${y}`, '-depth', '8', 'rgb:-'], {
    env: { ...process.env, DISPLAY: displayName },
    maxBuffer: 64 * 1024 * 1024,
  });
  return createHash('sha1').update(rgb).digest('hex');
}
