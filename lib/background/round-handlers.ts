/** Messages about monitoring rounds: pages seen by the content script, the round view, "Runda klar". */
import type { Handlers } from '../messaging/protocol';
import type { MonitoringService } from '../monitoring/service';

/** How long the round view waits for the office's rounds before showing this browser's. */
const OFFICE_WAIT_MS = 3000;

export type RoundHandlers = Pick<Handlers, 'pageSeen' | 'getRounds' | 'completeRound'>;

/** `onRecorded`: a round was logged ("Runda klar"); the background sends it on. */
export function createRoundHandlers(monitoring: MonitoringService, onRecorded: () => void = () => {}): RoundHandlers {
  return {
    async pageSeen({ pageUrl, name, counts }) {
      return { ok: true, value: { officeAccount: await monitoring.pageSeen(pageUrl, name, counts) } };
    },
    async getRounds() {
      // The round view asks the registry first (bounded: a slow registry leaves the local view).
      await Promise.race([monitoring.refreshOffice(), new Promise((resolve) => setTimeout(resolve, OFFICE_WAIT_MS))]);
      return { ok: true, value: await monitoring.snapshot() };
    },
    async completeRound({ scheduledAt }) {
      const round = await monitoring.complete(new Date(scheduledAt).toISOString());
      if (round?.recordId && !round.byColleague) onRecorded();
      return { ok: true, value: await monitoring.snapshot() };
    },
  };
}
