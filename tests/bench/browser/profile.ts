/**
 * `node --import tsx tests/bench/browser/profile.ts [COMMENTS] [scroll]`: where the overlay's time goes on
 * one generated post page in real Chromium (with `scroll`: while scrolling it through, a screen at a time): a trace of the page's renderer, summed by category (script,
 * style, layout, …) and the hottest functions of the extension by self time. For investigating, not CI.
 */
import { openInvestigation } from './investigate';

const n = Number(process.argv[2] ?? 2000);
const scroll = process.argv[3] === 'scroll';
const { post, browser, page, cdp } = await openInvestigation(n, '7500000', `pfbid0Profile${n}`);
try {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (scroll) {
    await page.goto(post.url, { waitUntil: 'domcontentloaded' });
    await page.evaluate('window.__bench.panel(60000)');
    await page.evaluate('window.__bench.idle(5000)');
  }
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  if (scroll) {
    while (await page.evaluate('window.__bench.scrollScreen()')) await page.evaluate('window.__bench.idle(5000)');
  } else {
    await page.goto(post.url, { waitUntil: 'domcontentloaded' });
    await page.evaluate('window.__bench.panel(60000)');
  }
  await page.evaluate('window.__bench.idle(5000)');
  const wall = Date.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]; samples: number[]; timeDeltas: number[] } };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const f = node.callFrame;
    const where = f.url.includes('chrome-extension') ? 'ext' : f.url ? 'page' : 'native';
    const key = `${where} ${f.functionName || '(anon)'}${f.url ? `:${f.lineNumber}` : ''}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${n} comments: ${wall} ms wall, ${total.toFixed(0)} ms sampled`);
  const byWhere = new Map<string, number>();
  for (const [k, v] of self) byWhere.set(k.split(' ')[0]!, (byWhere.get(k.split(' ')[0]!) ?? 0) + v);
  console.log([...byWhere].map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', '));
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await browser.close();
}
