/**
 * `node --import tsx tests/bench/browser/profile-incl.ts [COMMENTS] [growth]`: like profile.ts, but each of the
 * extension's functions with its inclusive time (itself and everything it called, the page's layout and
 * style work included), on a page load. Run it on an `MS_NO_MINIFY=1` build. For investigating, not CI.
 */
import { appendAndSettle, openInvestigation } from './investigate';
import { growthBatches } from './page';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const n = Number(process.argv[2] ?? 2000);
/** With `growth`: 10 batches of 50 comments appended at the end of the loaded page (scrolled there) instead of the load. */
const growth = process.argv[3] === 'growth';
const { post, browser, page, cdp } = await openInvestigation(n, '7500000', `pfbid0Incl${n}`);
const batches = growthBatches(`pfbid0Incl${n}`, n);
try {
  // A first load compiles everything: the measured one is the second.
  await page.goto(post.url, { waitUntil: 'domcontentloaded' });
  await page.evaluate('window.__bench.panel(60000)');
  await page.evaluate('window.__bench.idle(3000)');
  await page.goto('about:blank');
  if (growth) {
    await page.goto(post.url, { waitUntil: 'domcontentloaded' });
    await page.evaluate('window.__bench.panel(60000)');
    await page.evaluate('window.__bench.scrollToEnd()');
    await page.evaluate('window.__bench.idle(3000)');
  }
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  if (growth) {
    for (const html of batches) {
      await appendAndSettle(page, html, 3000);
    }
  } else {
    await page.goto(post.url, { waitUntil: 'domcontentloaded' });
    await page.evaluate('window.__bench.panel(60000)');
    await page.evaluate('window.__bench.idle(3000)');
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const incl = new Map<string, number>();
  let ext = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const names = new Set<string>();
    let anyExt = false;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur)!.callFrame;
      if (!f.url.includes('chrome-extension')) continue;
      anyExt = true;
      names.add(`${f.functionName || '(anon)'}:${f.lineNumber}`);
    }
    if (anyExt) ext += dt;
    for (const k of names) incl.set(k, (incl.get(k) ?? 0) + dt);
  });
  console.log(`${n} comments: ${ext.toFixed(0)} ms with the extension's code on the stack`);
  for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 45))) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await browser.close();
}
