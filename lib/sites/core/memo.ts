/**
 * Readings an adapter keeps between scans. A site re-renders constantly and a scan runs after every
 * batch of changes, so reading every comment again each time would cost the whole page per batch.
 * An element read before, whose subtree has not changed since, is not read again: every change the
 * page makes stamps the changed node and its ancestors, and a reading is good while its element's stamp
 * is the one it was read under. The memo also carries the current slice's deadline, so a long page is
 * read a slice at a time and the page's own work is never held up for long.
 */
export interface ScanMemo {
  /** An earlier reading of `element` under `kind`, if its subtree has not changed since. */
  recall(kind: string, element: Element): { value: unknown } | undefined;
  remember(kind: string, element: Element, value: unknown): void;
  /** False once this slice's time is spent: read nothing new, report the scan as incomplete. */
  inTime(): boolean;
  /**
   * Set by the caller: when the slice runs out, hand out the comments read so far (whole threads from
   * the top of the page) with `complete: false`, so the first screen can be shown before the rest is read.
   */
  partial?: boolean;
  /**
   * State an adapter carries from one slice of a scan to the next (where it stopped reading), emptied by the
   * caller when a new scan starts. Without it every slice starts again at the top of the page.
   */
  readonly run?: Map<string, unknown>;
}

export class ReadingMemo implements ScanMemo {
  private readings = new Map<string, WeakMap<Element, { stamp: number; value: unknown }>>();
  private stamps = new WeakMap<Node, number>();
  private clock = 0;
  /** `performance.now()` after which `inTime()` is false (Infinity: no limit). */
  deadline = Number.POSITIVE_INFINITY;
  partial = false;
  readonly run = new Map<string, unknown>();

  constructor(private readonly clockNow: () => number = () => performance.now()) {}

  recall(kind: string, element: Element): { value: unknown } | undefined {
    const reading = this.readings.get(kind)?.get(element);
    return reading && reading.stamp === (this.stamps.get(element) ?? 0) ? { value: reading.value } : undefined;
  }

  remember(kind: string, element: Element, value: unknown): void {
    let byElement = this.readings.get(kind);
    if (!byElement) this.readings.set(kind, (byElement = new WeakMap()));
    byElement.set(element, { stamp: this.stamps.get(element) ?? 0, value });
  }

  inTime(): boolean {
    return this.clockNow() < this.deadline;
  }

  /** The page changed these nodes (mutation targets): their readings, and their ancestors', are stale. */
  changed(nodes: Iterable<Node>): void {
    const stamp = ++this.clock;
    for (const start of nodes) {
      for (let node: Node | null = start; node; node = node.parentNode) {
        // Within one batch an ancestor reached once has all its own ancestors stamped already.
        if (this.stamps.get(node) === stamp) break;
        this.stamps.set(node, stamp);
      }
    }
  }

  /** Forgets everything (another page: in-app navigation). */
  clear(): void {
    this.readings = new Map();
    this.run.clear();
  }
}
