/**
 * The one list of checks. Adding a check is one `<id>.check.ts` file and one line here; the overlay,
 * the page panel, the monitoring counts, the record tags and the options page follow from it.
 */
import archive from './archive.check';
import deadline from './deadline.check';
import { createCheckRegistry } from './check-registry';
import office from './office.check';
import personalData from './personal-data.check';
import political from './political.check';
import question from './question.check';
import reply from './reply.check';
import unlawful from './unlawful.check';

export const CHECKS = [office, reply, archive, personalData, political, unlawful, question, deadline] as const;
export { ACCOUNT_CHECKS, POST_CHECKS } from './page-checks';

type CountKeyOf<T> = T extends { counts: infer C } ? keyof C & string : never;
/** The page panel's and the monitoring round's counts (replyDue, overdue, notArchived, flagged). */
export type CountKey = CountKeyOf<(typeof CHECKS)[number]>;
export type Counts = Record<CountKey, number>;
export type { WordListKey } from './page-checks';

export const checkRegistry = createCheckRegistry<CountKey>(CHECKS);
export { WORD_LISTS } from './page-checks';
export const COUNT_KEYS: readonly CountKey[] = checkRegistry.countKeys;

export { createCheckRegistry, type CheckRegistry, type Judgement } from './check-registry';
export type { Badge, BadgeTone, CheckContext, CheckDefinition, ChecklistItem, OfficeMatch } from './define';
