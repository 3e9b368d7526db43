/** Runs the text checks for the content script (lib/checks/text-checks.ts) with the user's word lists. */
import { withPoliticians } from '../checks/political';
import { judgeTexts } from '../checks/text-checks';
import type { Handlers, OverlaySettings, Result } from '../messaging/protocol';

export type JudgeHandlers = Pick<Handlers, 'judgeTexts'>;

export function createJudgeHandlers(overlaySettings: () => Promise<OverlaySettings | null>): JudgeHandlers {
  // Made once for the settings the background keeps (until storage changes): the checks keep what they compile from a
  // list by the list itself, so a list made again for every batch was compiled again for every batch.
  let known: { settings: OverlaySettings | null; lists: ReturnType<typeof listsFor> } | null = null;
  const listsOf = (settings: OverlaySettings | null) => {
    if (known?.settings !== settings) known = { settings, lists: listsFor(settings) };
    return known.lists;
  };
  return {
    async judgeTexts({ items }) {
      // The same lists the content script used to build: the political list with the office's politicians.
      // Without the settings the built-in vocabulary still judges.
      const settings = await overlaySettings();
      return { ok: true, value: judgeTexts(items, listsOf(settings)) };
    },
  };
}

function listsFor(settings: OverlaySettings | null) {
  return settings ? { ...settings.wordLists, political: withPoliticians(settings.wordLists.political, settings.politicians) } : undefined;
}

/**
 * Invented comments that take the text checks through their main paths (a question, a threat, an identity number, a
 * phone number and an address, a child, a party, a request without "?"): judged once, thrown away, so that the
 * vocabularies are compiled, the word models read and the patterns compiled before a page's first comments arrive.
 */
export const WARM_UP_ITEMS = [
  'Hej! När öppnar simhallen igen efter renoveringen? Mitt barn är 9 år och går i 3B på Exempelskolan.',
  'Ring mig på 070-174 06 50 eller mejla anna@example.org, mitt personnummer är 19121212-1212.',
  'Jag vet var du bor. Om ni inte slutar ska jag bränna ner kontoret, era jävla råttor.',
  'Rösta på S i höst! Borgarrådet och oppositionen borde skämmas, Tidöpartierna också.',
  'Skicka beslutet till Storgatan 1, 123 45 Exempelby. Min son har diabetes och rullstol.',
].map((text) => ({ text, own: false as const }));

/**
 * Once per background life: the first page of the office that asks for the overlay's settings has the text checks
 * warmed (WARM_UP_ITEMS judged) in a task of their own after the answer. Woken at a page's start (the content scripts
 * run at document_start), the background does this while the page loads instead of on the page's first comments.
 */
export function judgingWarmer(judge: JudgeHandlers, schedule: (run: () => void) => void = (run) => setTimeout(run, 0)) {
  let warmed = false;
  return (settings: Result<OverlaySettings>): void => {
    if (warmed || !settings.ok || settings.value.awaitingSetup) return;
    warmed = true;
    schedule(() => void judge.judgeTexts({ items: WARM_UP_ITEMS }).catch(() => undefined));
  };
}
