/** The browser benchmark's printed tables and the goals checked against them. */
import type { GrowthSample, LoadSample, ScrollSample } from './measure';
import { fmt, median, table } from './stats';

type Pair<T> = { with: T[]; without: T[] };

/** Differences of alternating runs, paired in order: with[i] − without[i]. */
function pairedDelta<T>(p: Pair<T>, value: (s: T) => number): number {
  return median(p.with.map((w, i) => value(w) - value(p.without[i] as T)));
}

const maxOf = (xs: readonly number[]) => (xs.length ? Math.max(...xs) : 0);

function longTasks(samples: readonly { longTasks: number[] }[]): string {
  const count = median(samples.map((s) => s.longTasks.length));
  const longest = median(samples.map((s) => maxOf(s.longTasks)));
  const worst = maxOf(samples.map((s) => maxOf(s.longTasks)));
  return `${fmt(count)} / ${fmt(longest)} (${fmt(worst)})`;
}

export function loadTable(loads: { n: number; samples: Pair<LoadSample> }[]): string[] {
  const rows = loads.map(({ n, samples }) => {
    const delta = pairedDelta(samples, (s) => s.taskMs);
    return [
      fmt(n),
      fmt(median(samples.with.map((s) => s.toFirstOverlayMs ?? NaN))),
      fmt(median(samples.with.map((s) => s.toScreenOverlaysMs ?? NaN))),
      fmt(median(samples.with.map((s) => s.overlays))),
      fmt(median(samples.with.map((s) => s.toCountedMs ?? NaN))),
      fmt(median(samples.with.map((s) => s.taskMs))),
      fmt(median(samples.without.map((s) => s.taskMs))),
      fmt(delta),
      fmt(delta / n, 3),
      fmt(median(samples.with.map((s) => s.taskMs)) / median(samples.without.map((s) => s.taskMs)), 2),
      longTasks(samples.with),
      longTasks(samples.without),
      fmt(pairedDelta(samples, (s) => s.heapBytes) / 1048576, 1),
    ];
  });
  const lines = table(
    [
      'comments',
      'DCL→first overlay ms',
      'DCL→first-screen overlays ms',
      'overlays mounted',
      'DCL→all judged + counted ms',
      'main thread with ms',
      'without ms',
      'Δ ms',
      'Δ/comment ms',
      'with/without',
      'long tasks with: n / max (worst)',
      'without',
      'heap Δ MB',
    ],
    rows,
  );
  lines.push(
    'Overlays mount for comments within two screens of the viewport, with their chunk of 60 neighbours (the rest as the moderator scrolls); "all judged + counted" is when the page panel appears,',
    'which it does only once every comment on the page is read, checked and counted. Main thread = CDP TaskDuration of the page renderer from navigation',
    'until idle; long tasks start at or after DOMContentLoaded.',
  );
  const at2000 = loads.find((l) => l.n === 2000);
  if (at2000) {
    const screen = median(at2000.samples.with.map((s) => s.toScreenOverlaysMs ?? NaN));
    const counted = median(at2000.samples.with.map((s) => s.toCountedMs ?? NaN));
    const perComment = pairedDelta(at2000.samples, (s) => s.taskMs) / 2000;
    lines.push(
      `goal, 2,000 comments: overlays < 300 ms → first screen ${fmt(screen)} ms ${screen < 300 ? 'met' : 'NOT met'}; every comment judged and counted ${fmt(counted)} ms ${counted < 300 ? 'met' : 'NOT met'}`,
      `goal, 2,000 comments: Δ ≤ 0.1 ms/comment → ${fmt(perComment, 3)} ${perComment <= 0.1 ? 'met' : 'NOT met'}`,
    );
  }
  const worstWith = maxOf(loads.flatMap((l) => l.samples.with.map((s) => maxOf(s.longTasks))));
  const worstWithout = maxOf(loads.flatMap((l) => l.samples.without.map((s) => maxOf(s.longTasks))));
  lines.push(`goal, no task over 50 ms from the extension: longest task after DCL with ${fmt(worstWith)} ms, without ${fmt(worstWithout)} ms → ${worstWith <= Math.max(50, worstWithout) ? 'met' : 'NOT met'}`);
  return lines;
}

export function scrollTable(samples: Pair<ScrollSample>, n: number): string[] {
  const delta = pairedDelta(samples, (s) => s.taskMs);
  const overlays = Math.min(...samples.with.map((s) => s.overlays));
  return [
    `scrolling through ${fmt(n)} comments one screen at a time (${fmt(median(samples.with.map((s) => s.screens)))} screens), idle after each`,
    ...table(
      ['overlays at the end', 'main thread with ms', 'without ms', 'Δ ms', 'Δ/comment ms', 'long tasks with: n / max (worst)', 'without'],
      [[`${fmt(overlays)} of ${fmt(n)}`, fmt(median(samples.with.map((s) => s.taskMs))), fmt(median(samples.without.map((s) => s.taskMs))), fmt(delta), fmt(delta / n, 3), longTasks(samples.with), longTasks(samples.without)]],
    ),
  ];
}

export function growthTable(samples: Pair<GrowthSample>, initial: number, batchSize: number): string[] {
  const batches = samples.with[0]?.taskMs.length ?? 0;
  const rows: string[][] = [];
  const perBatch: { overlaid: number; delta: number }[] = [];
  for (let k = 0; k < batches; k++) {
    const overlaid = median(samples.with.map((s) => s.toOverlaidMs[k] ?? NaN));
    const delta = pairedDelta(samples, (s) => s.taskMs[k] ?? NaN);
    perBatch.push({ overlaid, delta });
    rows.push([
      String(k + 1),
      fmt(initial + (k + 1) * batchSize),
      fmt(overlaid),
      fmt(median(samples.with.map((s) => s.taskMs[k] ?? NaN)), 1),
      fmt(median(samples.without.map((s) => s.taskMs[k] ?? NaN)), 1),
      fmt(delta, 1),
      fmt(delta / batchSize, 3),
    ]);
  }
  const lines = [
    `live growth: a ${fmt(initial)}-comment post scrolled to its end, then ${batches} batches of ${batchSize} comments appended there in one task each (overlaid = the last overlay the batch brought near the viewport)`,
    ...table(['batch', 'comments', 'inserted→overlaid ms', 'main thread with ms', 'without ms', 'Δ ms', 'Δ/added comment ms'], rows),
    `long tasks during growth with: n / max (worst) ${longTasks(samples.with)}; without ${longTasks(samples.without)}`,
  ];
  const worstOverlaid = maxOf(perBatch.map((b) => b.overlaid));
  const perAdded = median(perBatch.map((b) => b.delta / batchSize));
  lines.push(`goal, each batch overlaid within 50 ms → slowest batch ${fmt(worstOverlaid)} ms ${worstOverlaid <= 50 ? 'met' : 'NOT met'}; ≤ 0.1 ms per added comment → median ${fmt(perAdded, 3)} ${perAdded <= 0.1 ? 'met' : 'NOT met'}`);
  return lines;
}

/** Loads with the background stopped before each (measureColdLoad): how long a page opened after a pause waits. */
export function coldTable(samples: readonly LoadSample[], n: number): string[] {
  const lines = table(
    ['comments', 'DCL→first overlay ms', 'DCL→first-screen overlays ms', 'DCL→all judged + counted ms'],
    [[fmt(n), fmt(median(samples.map((s) => s.toFirstOverlayMs ?? NaN))), fmt(median(samples.map((s) => s.toScreenOverlaysMs ?? NaN))), fmt(median(samples.map((s) => s.toCountedMs ?? NaN)))]],
  );
  return [
    `cold background: the extension's service worker stopped before each load (Chrome stops it after 30 s idle), ${samples.length} runs`,
    ...lines,
  ];
}
