// What the user reads about the browser's store: one message per problem, and the wipe notice with
// its count and time, in the overlay and in the popup. (Text is the message key in unit tests; the
// substitutions are read from a stand-in for the browser's i18n.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import ErrorMessage from '../../components/ErrorMessage';
import CommentOverlay from '../../components/overlay/CommentOverlay';
import PopupApp from '../../components/popup/PopupApp';
import { ErrorCodeSchema, type StoreWipe, type Summary } from '../../lib/messaging/protocol';

afterEach(() => {
  document.body.innerHTML = '';
});

const wipe: StoreWipe = { lostCount: 12, lastOccurredAt: '2026-11-25T16:45:00+01:00', detectedAt: '2026-11-26T08:00:00.000Z' };
const root = () => document.body.appendChild(document.createElement('div'));

describe('store messages', () => {
  it('shows a different message for every error code', () => {
    const texts = ErrorCodeSchema.options.map((error) => {
      const el = root();
      render(<ErrorMessage error={error} />, el);
      return el.textContent;
    });
    expect(new Set(texts).size).toBe(ErrorCodeSchema.options.length);
  });

  it('never says that nothing is lost: after a store failure nobody can know that', () => {
    for (const locale of ['sv', 'en']) {
      const messages = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      const store = Object.entries(messages).filter(([key]) => key.startsWith('errorStorage'));
      expect(store.map(([key]) => key).sort()).toEqual(['errorStorage', 'errorStorageBlocked', 'errorStorageFull', 'errorStorageNewer', 'errorStorageTimeout', 'errorStorageWiped']);
      expect(store.filter(([, m]) => /förlorat|is lost/i.test(m.message))).toEqual([]);
    }
  });

  it('tells of a wipe beside the comment the action was on, with the count and the last time', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => `${key}(${[subs ?? []].flat().join('|')})`) as typeof browser.i18n.getMessage);
    const el = root();
    const props = {
      authorName: 'Ida',
      state: { kind: 'archived' as const },
      status: { kinds: ['archived' as const], archived: { recordId: 'r', occurredAt: '2026-11-26T09:00:00+01:00' } },
      badges: [],
      items: [],
      expanded: false,
      identity: 'ok' as const,
      onToggle: () => undefined,
      onAction: () => undefined,
      onConfirmIdentity: () => undefined,
      accept: () => true,
      edited: false,
      removalHelp: 'removalHowFacebook' as const,
      onStartDocument: () => undefined,
      onCancelDocument: () => undefined,
      onUndo: () => undefined,
    };
    render(<CommentOverlay {...props} />, el);
    expect(el.querySelector('[data-testid=store-wiped]')).toBeNull();
    render(<CommentOverlay {...props} wiped={wipe} />, el);
    const notice = el.querySelector('[data-testid=store-wiped]')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toMatch(/^storeWiped\(12\|25 nov\.? 16:45\)$/);
  });

  it('tells of a wipe in the popup above the day’s count', async () => {
    const summary: Summary = { day: '2026-11-26', archivedToday: 1, latest: [], wiped: wipe };
    const el = root();
    await act(async () => {
      render(
        <PopupApp
          loadSummary={async () => ({ ok: true, value: summary })}
          loadSync={async () => ({ ok: false, error: 'storage-blocked' })}
          syncNow={async () => ({ ok: false, error: 'storage-blocked' })}
          requestAccess={async () => false}
          openOptions={() => undefined}
          openWeek={() => undefined}
        />,
        el,
      );
    });
    await vi.waitFor(() => expect(el.querySelector('[data-testid=store-wiped]')?.textContent).toContain('storeWiped'));
    expect(el.querySelector('[role=alert]')!.textContent).toBe('errorStorageBlocked');
  });
});
