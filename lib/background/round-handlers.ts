/** Messages about monitoring rounds: pages seen by the content script, the round view, "Runda klar". */
import type { Handlers } from '../messaging/protocol';
import type { MonitoringService } from '../monitoring/service';

export type RoundHandlers = Pick<Handlers, 'pageSeen' | 'getRounds' | 'completeRound'>;

export function createRoundHandlers(monitoring: MonitoringService): RoundHandlers {
  return {
    async pageSeen({ pageUrl, name, counts }) {
      return { ok: true, value: { officeAccount: await monitoring.pageSeen(pageUrl, name, counts) } };
    },
    async getRounds() {
      return { ok: true, value: await monitoring.snapshot() };
    },
    async completeRound({ scheduledAt }) {
      await monitoring.complete(new Date(scheduledAt).toISOString());
      return { ok: true, value: await monitoring.snapshot() };
    },
  };
}
