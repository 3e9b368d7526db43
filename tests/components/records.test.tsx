// The records view and the popup on a real (in-memory) log: what a registrar sees, filters, opens, and
// how a record edited by hand in the store shows in both, while sync holds it.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PopupApp from '../../components/popup/PopupApp';
import RecordsApp from '../../components/records/RecordsApp';
import { createArchiveHandlers } from '../../lib/background/archive-handlers';
import { verifyPackage } from '../../lib/export/verify';
import { firstRows, readRows } from '../../lib/records/source';
import { openLogDb, type Db } from '../../lib/store/db';
import { ActionLog } from '../../lib/store/log';
import { SyncEngine } from '../../lib/sync/engine';
import { readConnection, saveConnection } from '../../lib/sync/connection-store';
import { unsealed } from '../helpers/records';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TEXTS = ['När öppnar simhallen?', 'Tack för snöröjningen!', 'Var kan jag lämna grovsopor?', 'Parkeringen vid skolan är full', 'Bra jobbat med parken', 'Hej hej'];

afterEach(() => {
  document.body.innerHTML = '';
});

async function makeLog() {
  const db = await openLogDb(`records-${Math.random()}`);
  const log = new ActionLog(db);
  for (const [i, text] of TEXTS.entries()) {
    const base = unsealed(uuid(i + 1));
    await log.append({
      ...base,
      occurredAt: `2026-11-${String(10 + i).padStart(2, '0')}T10:00:00+01:00`,
      moderator: i % 2 ? { id: 'm-2', name: 'Kim Kollega' } : base.moderator,
      subject: { platform: 'facebook', kind: 'comment', id: `c${i}`, authorName: `Invånare ${i + 1}`, text, post: { text: 'Inlägg' } },
    });
  }
  return { db, log };
}

async function editByHand(db: Db, recordId: string) {
  const tx = db.transaction('log', 'readwrite');
  const entry = (await tx.store.index('byRecordId').get(recordId))!;
  await tx.store.put({ ...entry, record: { ...entry.record, subject: { ...entry.record.subject!, text: 'Något helt annat' } } });
  await tx.done;
}

async function settle() {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 10)));
}

async function showRecords(db: Db, onLogChange?: (listener: () => void) => () => void) {
  const handlers = createArchiveHandlers({ db, mode: async () => 'local', reminderDays: async () => 30 });
  const el = document.body.appendChild(document.createElement('div'));
  const exportRows = vi.fn(async () => ({ fileName: 'x.zip', count: 0 }));
  await act(async () => {
    render(
      <RecordsApp
        loadFirst={async () => firstRows(db, 2)}
        loadAll={() => readRows(db)}
        loadStatus={() => handlers.getRecordsStatus(undefined)}
        checkChain={(o) => handlers.checkChain(o ?? {})}
        exportRows={exportRows}
        verifyFile={async (file) => verifyPackage(new Uint8Array(await file.arrayBuffer()))}
        onLogChange={onLogChange}
      />,
      el,
    );
  });
  await settle();
  return { el, handlers, exportRows };
}

const rowTexts = (el: Element) => [...el.querySelectorAll('[data-testid=record-row]')].map((r) => r.textContent ?? '');

describe('records view', () => {
  it('reads new records in and checks them while it is open, when the background says the log changed', async () => {
    const { db, log } = await makeLog();
    let changed: () => void = () => {};
    const { el } = await showRecords(db, (listener) => {
      changed = listener;
      return () => {};
    });
    expect(rowTexts(el)).toHaveLength(6);
    await log.append({ ...unsealed(uuid(7)), subject: { platform: 'facebook', kind: 'comment', id: 'c7', authorName: 'Invånare 7', text: 'Ny kommentar', post: { text: 'Inlägg' } } });
    // The new record is altered in the store before the view hears of it: its check must find that.
    await editByHand(db, uuid(7));
    changed();
    await act(async () => new Promise((r) => setTimeout(r, 500)));
    await settle();
    expect(rowTexts(el)).toHaveLength(7);
    expect(rowTexts(el)[0]).toContain('Något helt annat');
    // The check after the change (new entries only) found the record edited by hand.
    expect(el.querySelector('[data-testid=chain-status]')!.getAttribute('data-chain')).not.toBe('whole');
  });

  it('lists every record newest first, filters by text and moderator, and opens one in full as text', async () => {
    const { db } = await makeLog();
    const { el } = await showRecords(db);
    expect(el.querySelector('[data-testid=chain-status]')!.getAttribute('data-chain')).toBe('whole');
    let rows = rowTexts(el);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toContain('Hej hej');
    expect(rows[5]).toContain('När öppnar simhallen?');

    const search = el.querySelector<HTMLInputElement>('[data-testid=filter-text]')!;
    await act(async () => {
      search.value = 'SIMHALLEN';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    rows = rowTexts(el);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('Invånare 1');

    await act(async () => {
      search.value = '';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const moderator = el.querySelector<HTMLSelectElement>('[data-testid=filter-moderator]')!;
    await act(async () => {
      moderator.value = 'm-2';
      moderator.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(rowTexts(el)).toHaveLength(3);

    // Keyboard: the list is one tab stop; arrows move, Enter opens.
    const list = el.querySelector<HTMLElement>('[data-testid=record-list]')!;
    await act(async () => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    await act(async () => {
      list.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await settle();
    const detail = el.querySelector('[data-testid=record-detail]')!;
    expect(detail.querySelector('[data-testid=detail-text]')!.textContent).toBe('Parkeringen vid skolan är full');
    expect(detail.querySelector('[data-testid=detail-integrity]')!.textContent).toBe('recordsIntegrityOk');
    expect(list.getAttribute('aria-activedescendant')).toBe('record-4');
  });
});

describe('a record edited by hand in the store', () => {
  it('shows as a break in the records view and the popup, and sync holds it and every record after it', async () => {
    const { db, log } = await makeLog();
    await editByHand(db, uuid(4));

    const { el } = await showRecords(db);
    const banner = el.querySelector('[data-testid=chain-status]')!;
    expect(banner.getAttribute('data-chain')).toBe('broken');
    expect(banner.getAttribute('role')).toBe('alert');
    const states = [...el.querySelectorAll('[data-testid=record-row]')].map((r) => [r.getAttribute('data-record-id'), r.querySelector('[data-testid=record-state]')!.textContent]);
    expect(states).toEqual([
      [uuid(6), 'recordsState_held'],
      [uuid(5), 'recordsState_held'],
      [uuid(4), 'recordsState_held'],
      [uuid(3), 'recordsState_pending'],
      [uuid(2), 'recordsState_pending'],
      [uuid(1), 'recordsState_pending'],
    ]);

    const handlers = createArchiveHandlers({ db, mode: async () => 'local', reminderDays: async () => 30 });
    const popup = document.body.appendChild(document.createElement('div'));
    const sync = { mode: 'local' as const, endpointLocked: false, pending: 6, rejected: 0, registered: 0, stoppedForAuth: false, rejectedItems: [], held: 3 };
    await act(async () => {
      render(
        <PopupApp
          loadSummary={async () => ({ ok: true, value: { day: '2026-12-03', archivedToday: 0, latest: [] } })}
          loadSync={async () => ({ ok: true, value: sync })}
          syncNow={async () => ({ ok: true, value: sync })}
          requestAccess={async () => true}
          openOptions={() => {}}
          openWeek={() => {}}
          loadRecordsStatus={() => handlers.getRecordsStatus(undefined)}
          persisted={async () => false}
          openRecords={() => {}}
        />,
        popup,
      );
    });
    await settle();
    expect(popup.querySelector('[data-testid=archive-chain-broken]')!.textContent).toBe('popupChainBroken');
    expect(popup.querySelector('[data-testid=archive-not-persistent]')).not.toBeNull();
    expect(popup.querySelector('[data-testid=archive-handover]')).not.toBeNull();

    // What sync sends (a registry that registers whatever reaches it).
    const sent: string[] = [];
    const fakeFetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      const { records } = JSON.parse(String(init!.body)) as { records: { id: string }[] };
      sent.push(...records.map((r) => r.id));
      return new Response(JSON.stringify({ results: records.map((r, i) => ({ id: r.id, status: 'registered', registrationNumber: `HÄ 2026/${i + 1}` })) }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    });
    await saveConnection(db, { endpoint: 'https://diarium.example.org/api', token: 'hemligt' });
    const engine = new SyncEngine({ db, log, connection: () => readConnection(db), hasAccess: async () => true, schedule: () => {}, fetch: fakeFetch as typeof fetch });
    expect(await engine.flush()).toEqual({ state: 'idle', sent: 3 });
    expect(sent).toEqual([uuid(1), uuid(2), uuid(3)]);
  });
});
