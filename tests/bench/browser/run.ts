/**
 * `npm run bench:browser`: the overlay's cost in real Chromium (see ./index.ts). Optional environment:
 * BENCH_REPS (runs each way, default 5), BENCH_SIZES (comma-separated comment counts), BENCH_NO_BUILD=1
 * (use the build already in .output/chrome-mv3), BENCH_COMPARE=DIR (another built extension, e.g. the
 * pre-change one, measured in the same run, taking turns with this one).
 */
import { benchBrowser, DEFAULTS } from './index.ts';

const sizes = process.env.BENCH_SIZES?.split(',').map(Number).filter((n) => n > 0);
const lines = await benchBrowser({
  reps: Math.max(1, Number(process.env.BENCH_REPS ?? DEFAULTS.reps)),
  ...(sizes?.length ? { sizes } : {}),
  build: process.env.BENCH_NO_BUILD !== '1',
  compare: process.env.BENCH_COMPARE || null,
});
for (const line of lines) console.log(line);
