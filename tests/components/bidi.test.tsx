// A right-to-left override (U+202E) in a page string must not reorder our text beside it: page strings
// are isolated (<bdi>, or FSI … PDI where the text is plain) in the popup, the round view and the
// options page (happy-dom cannot lay text out, so these check the isolation is there).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import PopupApp from '../../components/popup/PopupApp';
import SyncPanel from '../../components/popup/SyncPanel';
import RoundsPanel from '../../components/rounds/RoundsPanel';
import { COUNT_KEYS } from '../../lib/checks/registry';
import type { Summary, SyncStatus } from '../../lib/messaging/protocol';
import type { RoundsSnapshot } from '../../lib/monitoring/snapshot';

const RLO = '\u202E';
const FSI = '\u2068';
const PDI = '\u2069';

afterEach(() => {
  document.body.innerHTML = '';
});

async function mount(node: preact.ComponentChild) {
  const el = document.body.appendChild(document.createElement('div'));
  await act(async () => {
    render(node, el);
  });
  return el;
}

const sync: SyncStatus = {
  mode: 'registry',
  endpoint: 'https://diarium.example.org/api',
  access: true,
  endpointLocked: false,
  pending: 0,
  rejected: 1,
  registered: 0,
  stoppedForAuth: false,
      held: 0,
  rejectedItems: [{ recordId: 'r1', error: `${RLO}fel`, kind: 'archived', authorName: `${RLO}Eve`, text: 'x' }],
};

describe('bidi isolation of page strings', () => {
  it('popup: the author name and the registration number are each isolated from the date beside them', async () => {
    const summary: Summary = {
      day: '2026-11-25',
      archivedToday: 1,
      latest: [{ recordId: 'r2', occurredAt: '2026-11-25T10:00:00+01:00', authorName: `${RLO}Eve`, text: `${RLO}Hej`, registrationNumber: 'HÄ 2026/9' }],
    };
    const el = await mount(
      <PopupApp
        loadSummary={async () => ({ ok: true, value: summary })}
        loadSync={async () => ({ ok: true, value: sync })}
        syncNow={vi.fn()}
        requestAccess={vi.fn()}
        openOptions={vi.fn()}
        openWeek={vi.fn()}
      />,
    );
    const meta = el.querySelector('[data-testid=latest] li .meta')!;
    const isolated = [...meta.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toEqual([`${RLO}Eve`, 'HÄ 2026/9']);
    // The date is ours and stands outside every isolate.
    const date = [...meta.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('');
    expect(date).toMatch(/\d/);
    expect(el.querySelector('[data-testid=latest] li .excerpt')!.getAttribute('dir')).toBe('auto');
  });

  it('popup: a refused record names its author and the registry\'s reason inside FSI … PDI', async () => {
    // The browser fills the substitutions into the message as plain text: show them as it would.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => `${key}(${[subs ?? []].flat().join('|')})`);
    const el = await mount(<SyncPanel status={sync} onSyncNow={async () => undefined} onGrantAccess={vi.fn()} />);
    const item = el.querySelector('[data-testid=sync-rejected-items] li')!;
    expect(item.textContent).toBe(`syncRejectedItem(record_archived()|${FSI}${RLO}Eve${PDI}|${FSI}${RLO}fel${PDI})`);
  });

  it('round view: an account name is isolated from the status beside it', async () => {
    const counts = Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as RoundsSnapshot['accounts'][number]['counts'];
    const account = { url: 'https://www.facebook.com/norrbyexempel', name: `${RLO}Norrby`, seen: true, counts, lastSeenAt: '2026-11-25T09:05:00+01:00' };
    const snapshot: RoundsSnapshot = {
      today: [{ scheduledAt: '2026-11-25T08:00:00Z', status: 'due' }],
      open: { scheduledAt: '2026-11-25T08:00:00Z', status: 'due', accounts: [account] },
      accounts: [account],
      week: [],
      countLabels: [],
    };
    const el = await mount(<RoundsPanel snapshot={snapshot} onComplete={async () => undefined} />);
    const name = el.querySelector('.accounts li .account')!;
    expect(name.tagName).toBe('BDI');
    expect(name.textContent).toBe(`${RLO}Norrby`);
    // Each account of an open round links to the account, to visit it from the round.
    expect(el.querySelector('[data-testid=round-account-link]')!.getAttribute('href')).toBe('https://www.facebook.com/norrbyexempel');
  });
});
