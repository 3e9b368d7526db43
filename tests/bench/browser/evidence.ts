/**
 * Evidence capture in real Chromium with the built extension: how long a click on "Arkivera" takes until
 * the bar says archived (capture, drawing, the message with the picture, the background's checks and
 * the store), and how large the picture and the HTML copy are, for ordinary comments of the demo post and
 * for one very long comment (taller than the window). A benchmark: it prints and returns.
 * `npm run bench:evidence` (BENCH_NO_BUILD=1 to use the last build).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { waitFor } from '../../e2e/support/driver';
import { commentsOf, FixtureServer, loadFixture } from '../../e2e/support/fixtures';
import { launchBrowser } from '../../e2e/support/launch';
import { revealOverlays } from '../../e2e/support/probe';
import { median } from './stats';

const ROOT = resolve(import.meta.dirname, '../../..');

export async function benchEvidence(options: { build: boolean }): Promise<string[]> {
  if (options.build) {
    const r = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) return [`build failed: ${r.stderr}`];
  }
  const demo = loadFixture('facebook', 'page-post-sv');
  // One comment of about 13,000 characters: taller than the window, drawn whole.
  const longText = Array.from({ length: 150 }, (_, i) => `Stycke ${i + 1}: jag har synpunkter på bygget vid Exempelvägen och vill att de diarieförs.`).join(' ');
  const longUrl = 'https://www.facebook.com/norrbyexempel/posts/pfbid0LongComment';
  const server = new FixtureServer([demo]);
  server.add(longUrl, demo.html.replace(/Testar om sidan är säker:[^<]*(&lt;[^<]*)*/, longText).replaceAll('pfbid0Exempel123', 'pfbid0LongComment'));
  const driver = await launchBrowser('chromium', server);
  const lines: string[] = [];
  try {
    const measure = async (url: string, ids: string[], label: string) => {
      await driver.open(url);
      await revealOverlays(driver, (o) => o.length >= ids.length && o.every((x) => x.state !== 'unknown'), 'overlays');
      const ms: number[] = [];
      for (const id of ids) {
        const t0 = performance.now();
        await driver.clickArchive(id);
        await waitFor('archived', () => driver.overlays(), (o) => o.find((x) => x.commentId === id)?.state === 'archived', 30_000);
        ms.push(performance.now() - t0);
      }
      const records = (await driver.records()).filter((r) => ids.includes(r.subject?.id ?? ''));
      const png = records.map((r) => r.evidence?.screenshot?.size ?? 0);
      const html = records.map((r) => r.evidence?.html?.size ?? 0);
      const sizes = records.map((r) => `${r.evidence?.screenshot?.width}×${r.evidence?.screenshot?.height}`);
      lines.push(`  ${label}: click → archived ${median(ms).toFixed(0)} ms median (max ${Math.max(...ms).toFixed(0)}), picture ${(median(png) / 1024).toFixed(0)} kB, HTML copy ${(median(html) / 1024).toFixed(0)} kB, e.g. ${sizes[0]} px; failures: ${records.filter((r) => r.evidence?.failure).length}`);
    };
    const ordinary = commentsOf(demo.expected).filter((c) => c.id !== '1100000000000002').map((c) => c.id);
    await measure(demo.url, ordinary, `${ordinary.length} ordinary comments of the demo post`);
    await measure(longUrl, ['1100000000000002'], `one comment of ${longText.length.toLocaleString('en')} characters`);
  } finally {
    await driver.close();
  }
  return lines;
}

if (process.argv[1]?.endsWith('evidence.ts')) {
  for (const line of await benchEvidence({ build: process.env.BENCH_NO_BUILD !== '1' })) console.log(line);
  process.exit(0);
}
