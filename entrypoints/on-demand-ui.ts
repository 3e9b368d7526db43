// Wiring only: the expanded checklist (components/overlay/on-demand-views.ts) as an ES module that the
// content script fetches as it starts, beside the page's first scan (components/overlay/lazy.tsx). Its build
// gives it no Preact of its own: it draws with the content script's (wxt.config.ts).
import { createViews } from '../components/overlay/on-demand-views';

export default defineUnlistedScript(() => createViews);
