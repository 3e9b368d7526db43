/** Chrome trace events as the investigation scripts (trace-tasks.ts, trace-sum.ts) read them. */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; scriptName?: string; frame?: string } };
}

/**
 * Self time in ms per kind of event ("FunctionCall (ext) collect", "Layout"): a nested event's time is not counted
 * again in the event around it. `events` are complete ('X') events of one thread; `withFunction` adds the function name.
 */
export function selfTimes(events: readonly TraceEvent[], withFunction: boolean, into = new Map<string, number>()): Map<string, number> {
  const self = new Map<TraceEvent, number>();
  for (const e of events) self.set(e, e.dur ?? 0);
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const open: TraceEvent[] = [];
  for (const e of sorted) {
    while (open.length && open[open.length - 1]!.ts + (open[open.length - 1]!.dur ?? 0) <= e.ts) open.pop();
    const parent = open[open.length - 1];
    if (parent) self.set(parent, (self.get(parent) ?? 0) - (e.dur ?? 0));
    open.push(e);
  }
  for (const [e, us] of self) {
    const d = e.args?.data;
    const where = d?.url ? (d.url.startsWith('chrome-extension') ? 'ext' : 'page') : '';
    const key = `${e.name}${where ? ` (${where})` : ''}${withFunction && d?.functionName ? ` ${d.functionName}` : ''}`;
    into.set(key, (into.get(key) ?? 0) + us / 1000);
  }
  return into;
}
