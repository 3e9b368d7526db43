/**
 * The overlay controller's page-facing parts for a DOM library with no layout (happy-dom): every
 * comment counts as near the viewport, and the pause between slices is a timer the tests' fake clock
 * runs. Everything else (slicing, memo, lazy mounting) is the product's own.
 */
import { everythingNear } from '../../lib/overlay/nearby';

export const LAYOUT_FREE = {
  nearby: everythingNear,
  yieldToPage: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
};
