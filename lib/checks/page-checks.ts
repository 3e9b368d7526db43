/**
 * The checks as the content script holds them: the same list, in the same order, as `CHECKS`
 * (registry.ts), but the text checks (personal data, political, unlawful, what a text asks) only as views. Their
 * vocabularies, patterns and matchers are compiled and run in the background (`judgeTexts`), so none of
 * that is parsed, compiled or kept in memory on Facebook's page. tests/checks/page-checks.test.ts holds
 * this list to `CHECKS`.
 */
import type { MessageKey } from '../i18n';
import archive from './archive.check';
import baseInfo from './base-info.check';
import { createCheckRegistry } from './check-registry';
import { deadlineView } from './deadline.view';
import { remoteCheck } from './define';
import office from './office.check';
import { personalDataView } from './personal-data.view';
import { politicalView } from './political.view';
import { questionView } from './question.view';
import publishing from './publishing.check';
import reply from './reply.check';
import { unlawfulView } from './unlawful.view';

/**
 * The checks judged in the background: their result depends only on the text, the office's authorship and the user's
 * word lists, and (the reply deadline) on when the comment was posted.
 */
export const TEXT_CHECK_IDS: readonly string[] = ['personal-data', 'political', 'unlawful', 'question', 'deadline'];

export const PAGE_CHECKS = [
  office,
  reply,
  archive,
  remoteCheck(personalDataView),
  remoteCheck(politicalView),
  remoteCheck(unlawfulView),
  remoteCheck(questionView),
  remoteCheck(deadlineView),
] as const;
/** Checks on the office's own posts (publishing rules), shown in the page panel. */
export const POST_CHECKS = [publishing] as const;
/** Checks on the account's own about/intro view or bio, shown in the page panel and the round view. */
export const ACCOUNT_CHECKS = [baseInfo] as const;

export const pageCheckRegistry = createCheckRegistry(PAGE_CHECKS);

/** The user word lists' keys (political, unlawful). */
export type WordListKey = NonNullable<(typeof PAGE_CHECKS)[number]['wordList']>['key'];
/**
 * The user word lists, in the checks' order, with their options-page titles: from the views, so the
 * settings, options page and popup know them without loading any check's vocabulary or model.
 */
export const WORD_LISTS = pageCheckRegistry.wordLists as readonly { key: WordListKey; title: MessageKey }[];
