// Wiring only: the content script's code that runs on a person's click, not on every page load.
// Built as an ES module (wxt.config.ts) and imported by the content script the first time it is needed
// (lib/overlay/on-demand.ts): capturing a comment's evidence and making an anonymised page copy are
// about a sixth of the content script's gzip size, and most page loads use neither; nor do they use the report a page
// the overlay does not recognise copies for IT.
import { captureComment } from '../lib/evidence/capture';
import type { OnDemand } from '../lib/overlay/on-demand';
import { anonymisedCopy } from '../lib/sites/anonymise';
import { diagnose } from '../lib/sites/diagnose';

export default defineUnlistedScript((): OnDemand => ({ captureComment, anonymisedCopy, diagnose }));
