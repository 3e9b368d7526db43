// The background judges every batch of a page's texts with the office's word lists and politicians: the lists are made
// once for the settings it keeps, since the checks keep what they compile from a list by the list itself (issue 12: made
// again for every batch, the political list with 16 politicians was compiled again for every batch).
import { describe, expect, it, vi } from 'vitest';
import type { OverlaySettings } from '../../lib/messaging/protocol';

vi.mock(import('../../lib/checks/political'), async (original) => {
  const actual = await original();
  return { ...actual, withPoliticians: vi.fn(actual.withPoliticians) };
});
const { withPoliticians } = await import('../../lib/checks/political');
const { createJudgeHandlers } = await import('../../lib/background/judge-handler');

const settings = (): OverlaySettings =>
  ({ wordLists: { political: { add: ['cykelbanan'], remove: [] } }, officeAccounts: [], politicians: ['Exempla Nilsson'], awaitingSetup: false }) as unknown as OverlaySettings;

describe('the lists the background judges with', () => {
  it('are made once for the settings it keeps, and again when they change', async () => {
    let current = settings();
    const judge = createJudgeHandlers(async () => current);
    const items = [{ text: 'Exempla Nilsson borde svara om cykelbanan.', own: false as const }];
    const first = await judge.judgeTexts({ items });
    await judge.judgeTexts({ items });
    expect(withPoliticians).toHaveBeenCalledTimes(1);
    current = settings();
    const again = await judge.judgeTexts({ items });
    expect(withPoliticians).toHaveBeenCalledTimes(2);
    // The same answer either way: a politician named, the office's own word.
    expect(first).toEqual(again);
    expect(first.ok && (first.value[0]!.political as { political: boolean }).political).toBe(true);
  });
});
