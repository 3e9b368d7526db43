/** Runs the text checks for the content script (lib/checks/text-checks.ts) with the user's word lists. */
import { withPoliticians } from '../checks/political';
import { judgeTexts } from '../checks/text-checks';
import type { Handlers, OverlaySettings } from '../messaging/protocol';

export type JudgeHandlers = Pick<Handlers, 'judgeTexts'>;

export function createJudgeHandlers(overlaySettings: () => Promise<OverlaySettings | null>): JudgeHandlers {
  return {
    async judgeTexts({ items }) {
      // The same lists the content script used to build: the political list with the office's politicians.
      // Without the settings the built-in vocabulary still judges.
      const settings = await overlaySettings();
      const lists = settings
        ? { ...settings.wordLists, political: withPoliticians(settings.wordLists.political, settings.politicians) }
        : undefined;
      return { ok: true, value: judgeTexts(items, lists) };
    },
  };
}
