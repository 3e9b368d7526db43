/**
 * The background makes its text checks ready while a page loads (issue 12, cold start): the content scripts run at
 * document_start and ask for the overlay's settings at once; the overlay itself waits for the parsed page.
 */
import { describe, expect, it, vi } from 'vitest';
import { createJudgeHandlers, judgingWarmer, WARM_UP_ITEMS, type JudgeHandlers } from '../../lib/background/judge-handler';
import { whenParsed } from '../../components/overlay/content-main';
import type { OverlaySettings, Result } from '../../lib/messaging/protocol';

const settings = (value: Partial<OverlaySettings>): Result<OverlaySettings> => ({
  ok: true,
  value: { wordLists: {}, officeAccounts: [], politicians: [], awaitingSetup: false, ...value } as OverlaySettings,
});

describe('judgingWarmer', () => {
  const setup = () => {
    const judge: JudgeHandlers = { judgeTexts: vi.fn(async () => ({ ok: true as const, value: [] })) };
    const scheduled: (() => void)[] = [];
    const warm = judgingWarmer(judge, (run) => scheduled.push(run));
    return { judge, scheduled, warm };
  };

  it('judges the warm-up texts once, in a task of their own after the answer', () => {
    const { judge, scheduled, warm } = setup();
    warm(settings({ officeAccounts: ['https://www.facebook.com/exempelkontoret'] }));
    expect(judge.judgeTexts).not.toHaveBeenCalled();
    expect(scheduled).toHaveLength(1);
    scheduled[0]!();
    expect(judge.judgeTexts).toHaveBeenCalledWith({ items: WARM_UP_ITEMS });
    warm(settings({}));
    expect(scheduled).toHaveLength(1);
  });

  it('also where the overlay shows on every page (no office account named, setup done)', () => {
    const { scheduled, warm } = setup();
    warm(settings({ officeAccounts: [] }));
    expect(scheduled).toHaveLength(1);
  });

  it('not while the extension awaits its setup, nor when the settings could not be read', () => {
    const { scheduled, warm } = setup();
    warm(settings({ awaitingSetup: true }));
    warm({ ok: false, error: { code: 'internal', message: 'x' } } as unknown as Result<OverlaySettings>);
    expect(scheduled).toHaveLength(0);
    warm(settings({}));
    expect(scheduled).toHaveLength(1);
  });

  it('its texts take every text check through a finding, so what they compile is what pages need', async () => {
    const judged = await createJudgeHandlers(async () => null).judgeTexts({ items: WARM_UP_ITEMS });
    if (!judged.ok) throw new Error('not judged');
    const results = judged.value as Record<string, Record<string, unknown>>[];
    const kinds = results.flatMap((r) => (r['personal-data']!.findings as { kind: string }[]).map((f) => f.kind));
    expect(results.some((r) => r.unlawful!.flagged === true)).toBe(true);
    expect(results.some((r) => r.political!.political === true)).toBe(true);
    expect(results.some((r) => r.question!.asks === true)).toBe(true);
    expect(new Set(kinds)).toEqual(new Set(['minor', 'phone', 'email', 'personnummer', 'address', 'postal-code', 'sensitive']));
  });
});

describe('whenParsed', () => {
  const context = () => {
    const listeners: (() => void)[] = [];
    return { ctx: { onInvalidated: (cb: () => void) => (listeners.push(cb), () => listeners.splice(listeners.indexOf(cb), 1)) }, end: () => listeners.forEach((cb) => cb()) };
  };
  const loadingDocument = () => {
    const target = new EventTarget();
    return Object.assign(target, { readyState: 'loading' }) as unknown as Document & EventTarget;
  };

  it('starts at once on a parsed page', () => {
    const start = vi.fn();
    whenParsed(document, context().ctx, start);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('waits for DOMContentLoaded on a page still loading', () => {
    const start = vi.fn();
    const doc = loadingDocument();
    whenParsed(doc, context().ctx, start);
    expect(start).not.toHaveBeenCalled();
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('never starts when the script ended before the page was parsed', () => {
    const start = vi.fn();
    const doc = loadingDocument();
    const { ctx, end } = context();
    whenParsed(doc, ctx, start);
    end();
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(start).not.toHaveBeenCalled();
  });
});
