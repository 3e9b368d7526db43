/**
 * Which comments are near the viewport. Only those get an overlay (and the page's layout work for
 * it); the others are judged and counted all the same, and get theirs as the moderator scrolls to them.
 */
export interface Nearby {
  watch(element: Element): void;
  unwatch(element: Element): void;
  disconnect(): void;
}

export type NearbyFactory = (onNear: (elements: Element[]) => void) => Nearby;

/** Two screen heights above and below: an overlay is in place before its comment scrolls into view. */
const MARGIN = '200% 0px 200% 0px';

export const viewportNearby: NearbyFactory = (onNear) => {
  if (typeof IntersectionObserver !== 'function') return everythingNear(onNear);
  const observer = new IntersectionObserver(
    (entries) => {
      const near = entries.filter((e) => e.isIntersecting).map((e) => e.target);
      for (const element of near) observer.unobserve(element);
      if (near.length > 0) onNear(near);
    },
    { rootMargin: MARGIN },
  );
  return {
    watch: (element) => observer.observe(element),
    unwatch: (element) => observer.unobserve(element),
    disconnect: () => observer.disconnect(),
  };
};

/** Every comment counts as near at once (DOM libraries without layout, in tests). */
export const everythingNear: NearbyFactory = (onNear) => {
  let pending: Element[] = [];
  let alive = true;
  return {
    watch(element) {
      pending.push(element);
      if (pending.length === 1) {
        queueMicrotask(() => {
          const batch = pending;
          pending = [];
          if (alive && batch.length > 0) onNear(batch);
        });
      }
    },
    unwatch(element) {
      pending = pending.filter((e) => e !== element);
    },
    disconnect() {
      alive = false;
    },
  };
};
