/**
 * Steady-state throughput: warm up until the JIT has settled, then several timed rounds, median. The
 * machines these run on are shared, so the CPU time this process used is reported beside the wall
 * clock: it leaves out the time other work had the core, though not caches or clocks they disturbed.
 */
export interface Rate {
  /** Items per wall-clock second, median of the rounds. */
  wall: number;
  /** Items per second of this process's CPU time, median of the rounds. */
  cpu: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[s.length >> 1] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
}

const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

export function throughput<T>(items: readonly T[], fn: (item: T) => unknown, { warmMs = 300, rounds = 5, roundMs = 250 } = {}): Rate {
  const until = performance.now() + warmMs;
  while (performance.now() < until) for (const item of items) fn(item);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const t0 = performance.now();
    const c0 = cpuNow();
    while (performance.now() - t0 < roundMs) {
      for (const item of items) fn(item);
      n += items.length;
    }
    wall.push(n / ((performance.now() - t0) / 1000));
    cpu.push(n / (Math.max(cpuNow() - c0, 1e-3) / 1000));
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export function formatRate(r: Rate, unit: string): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  return `${n(r.wall)} ${unit} (wall clock), ${n(r.cpu)} ${unit} of CPU time`;
}
