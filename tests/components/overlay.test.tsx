// The overlay's components on their own, with happy-dom: what they show for a view model, and which
// callbacks a person's clicks reach. Text is the message key here (no extension i18n in unit tests).
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Checklist from '../../components/overlay/Checklist';
import CommentOverlay, { type Props } from '../../components/overlay/CommentOverlay';
import PagePanel from '../../components/overlay/PagePanel';
import { checkRegistry } from '../../lib/checks/registry';
import type { Comment } from '../../lib/model';

const root = () => document.body.appendChild(document.createElement('div'));
afterEach(() => {
  document.body.innerHTML = '';
});

function view(text: string, overrides: Partial<Props> = {}): Props {
  const comment: Comment = { id: '1', authorName: 'Ida Exempel', text, isReply: false, postedAt: '2026-11-25T08:00:00Z' };
  const judgement = checkRegistry.judge(comment, { now: new Date('2026-11-25T09:00:00Z'), own: false, officeReplied: false });
  return {
    authorName: 'Ida Exempel',
    state: { kind: 'idle' },
    status: { kinds: [] },
    badges: checkRegistry.badges(judgement, []),
    items: checkRegistry.checklist(judgement, []),
    identity: 'ok',
    expanded: false,
    onToggle: vi.fn(),
    onAction: vi.fn(),
    onConfirmIdentity: vi.fn(),
    // happy-dom marks no event as a person's; these tests stand in for the browser's isTrusted.
    accept: () => true,
    edited: false,
    removalHelp: 'removalHowFacebook' as const,
    onStartDocument: vi.fn(),
    onCancelDocument: vi.fn(),
    onUndo: vi.fn(),
    ...overrides,
  };
}

/** The removal part of the checklist, in the step where the captured picture waits for confirmation. */
const confirming = (over: Partial<Props> = {}) => ({
  documenting: { phase: 'confirm' as const, preview: 'data:image/png;base64,iVBORw0KGgo=' },
  removalHelp: 'removalHowFacebook' as const,
  onStartDocument: vi.fn(),
  onCancelDocument: vi.fn(),
  ...over,
});

describe('CommentOverlay', () => {
  it('shows one badge per finding and archives on click', () => {
    const el = root();
    const props = view('När öppnar simhallen? Ring mig på 070-1740605.');
    render(<CommentOverlay {...props} />, el);
    expect([...el.querySelectorAll('[data-testid^=badge-]')].map((b) => b.getAttribute('data-testid'))).toEqual([
      'badge-reply',
      'badge-personal-data',
    ]);
    expect(el.querySelector('[data-testid=checklist]')).toBeNull();
    (el.querySelector('[data-testid=archive]') as HTMLButtonElement).click();
    expect(props.onAction).toHaveBeenCalledWith(expect.any(Event), 'archived');
  });

  it('shows the archive time instead of the button once archived, and the registration number when known', () => {
    const el = root();
    const archived = { recordId: 'r', occurredAt: '2026-11-25T09:03:00+01:00' };
    render(<CommentOverlay {...view('Tack!', { status: { kinds: ['archived'], archived } })} />, el);
    expect(el.querySelector('[data-testid=archive]')).toBeNull();
    expect(el.querySelector('[data-testid=archived]')!.textContent).toContain('archivedAt');
    render(<CommentOverlay {...view('Tack!', { status: { kinds: ['archived'], archived: { ...archived, registrationNumber: 'HÄ 2026/7' } } })} />, el);
    expect(el.querySelector('[data-testid=archived]')!.textContent).toContain('archivedWithNumber');
  });

  it('disables its buttons while busy and shows a plain error after a failure', () => {
    const el = root();
    render(<CommentOverlay {...view('Hej', { state: { kind: 'busy', action: 'archived' } })} />, el);
    expect((el.querySelector('[data-testid=archive]') as HTMLButtonElement).disabled).toBe(true);
    render(<CommentOverlay {...view('Hej', { state: { kind: 'error', error: 'storage-failed' } })} />, el);
    expect(el.querySelector('[role=alert]')!.textContent).toBe('errorStorage');
    expect((el.querySelector('[data-testid=archive]') as HTMLButtonElement).disabled).toBe(false);
  });

  it('renders a name with markup as text', () => {
    const el = root();
    render(<CommentOverlay {...view('x', { authorName: '<img src=x onerror=alert(1)>' })} />, el);
    expect(el.querySelector('img')).toBeNull();
  });
});

describe('Checklist', () => {
  it('lists one item per check, in the registry order, with the checks own actions', () => {
    const el = root();
    const props = view('Jag ska döda dig, Moderaterna.');
    // The office check has no checklist item: its badge says it all.
    render(<Checklist items={props.items} recorded={[]} busy={false} onAction={props.onAction} accept={() => true} removal={confirming()} />, el);
    expect([...el.querySelectorAll('[data-check]')].map((li) => li.getAttribute('data-check'))).toEqual([
      'reply',
      'archive',
      'personal-data',
      'political',
      'unlawful',
    ]);
    expect((el.querySelector('[data-testid=law-ground]') as HTMLSelectElement).value).toBe('olaga-hot');
    // The chosen ground is explained in one line with its statute, and the select is described by it.
    expect(el.querySelector('[data-testid=law-ground-help]')!.textContent).toBe('groundHelp_olaga_hot');
    expect(el.querySelector('[data-testid=law-ground]')!.getAttribute('aria-describedby')).toBe('law-ground-help');
  });

  it('shows why: the matched words marked in an excerpt of the comment, as text', () => {
    const el = root();
    const props = view('Jag vet var du bor <b>Lena</b>. Moderaterna bryr sig inte. Ring mig på 070-1740605.');
    render(<Checklist items={props.items} recorded={[]} busy={false} onAction={props.onAction} accept={() => true} removal={confirming()} />, el);
    const marks = (check: string) =>
      [...el.querySelectorAll(`[data-check="${check}"] [data-testid=why-mark]`)].map((m) => m.textContent);
    expect(marks('unlawful')).toEqual(['Jag vet var du bor']);
    expect(marks('political')).toEqual(['Moderaterna']);
    expect(marks('personal-data')).toEqual(['070-1740605']);
    // Page text stays text: the comment's "<b>" is not an element.
    expect(el.querySelector('[data-testid=why] b')).toBeNull();
    expect(el.querySelector('[data-check="unlawful"] [data-testid=why]')?.textContent).toContain('<b>Lena</b>');
    // A check that matched nothing shows no excerpt.
    expect(el.querySelector('[data-check="reply"] [data-testid=why]')).toBeNull();
  });

  it('shows a recorded action as done, and asks for a legal ground before documenting', async () => {
    const el = root();
    const onAction = vi.fn();
    const props = view('Jag ska döda dig. Ring mig på 070-1740605');
    render(<Checklist items={props.items} recorded={['hidden']} busy={false} onAction={onAction} accept={() => true} removal={confirming()} />, el);
    expect(el.querySelector('[data-testid=done-hidden]')).not.toBeNull();
    expect(el.querySelector('[data-testid=action-hidden]')).toBeNull();
    // The picture the record will carry is shown before anything is recorded.
    expect(el.querySelector('[data-testid=document-preview]')!.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    const select = el.querySelector('[data-testid=law-ground]') as HTMLSelectElement;
    select.value = '';
    await act(() => {
      select.dispatchEvent(new Event('change'));
    });
    await act(() => (el.querySelector('[data-testid=action-documented]') as HTMLButtonElement).click());
    expect(onAction).not.toHaveBeenCalled();
    expect(el.querySelector('[role=alert]')!.textContent).toBe('lawGroundRequired');
    expect(el.querySelector('[data-testid=law-ground-help]')!.textContent).toBe('groundHelpNone');
    select.value = 'olaga-integritetsintrang';
    await act(() => {
      select.dispatchEvent(new Event('change'));
    });
    const note = el.querySelector('[data-testid=document-note]') as HTMLInputElement;
    note.value = 'Polisanmält, K-12345-26';
    await act(() => {
      note.dispatchEvent(new Event('input'));
    });
    await act(() => (el.querySelector('[data-testid=action-documented]') as HTMLButtonElement).click());
    expect(onAction).toHaveBeenCalledWith(expect.any(Event), 'documented', 'olaga-integritetsintrang', 'Polisanmält, K-12345-26');
  });

  it('starts with a capture, and after documenting tells how to remove on this site and records the removal', async () => {
    const el = root();
    const onAction = vi.fn();
    const onStartDocument = vi.fn();
    const props = view('Jag ska döda dig');
    render(<Checklist items={props.items} recorded={[]} busy={false} onAction={onAction} accept={() => true} removal={{ removalHelp: 'removalHowInstagram' as const, onStartDocument, onCancelDocument: vi.fn() }} />, el);
    expect(el.querySelector('[data-testid=law-ground]')).toBeNull();
    await act(() => (el.querySelector('[data-testid=action-document]') as HTMLButtonElement).click());
    expect(onStartDocument).toHaveBeenCalledTimes(1);
    expect(onAction).not.toHaveBeenCalled();

    render(
      <Checklist items={props.items} recorded={['documented']} busy={false} onAction={onAction} accept={() => true} removal={{ removalHelp: 'removalHowInstagram' as const, onStartDocument, onCancelDocument: vi.fn(), documentedGround: 'olaga-hot' }} />,
      el,
    );
    expect(el.querySelector('[data-testid=removal-help]')!.textContent).toBe('removalHowInstagram');
    expect((el.querySelector('[data-testid=removal-message]') as HTMLTextAreaElement).value).toBe('removalMessage');
    await act(() => (el.querySelector('[data-testid=action-removed]') as HTMLButtonElement).click());
    expect(onAction).toHaveBeenCalledWith(expect.any(Event), 'removed', 'olaga-hot');

    render(<Checklist items={props.items} recorded={['documented', 'removed']} busy={false} onAction={onAction} accept={() => true} removal={{ removalHelp: 'removalHowInstagram' as const, onStartDocument, onCancelDocument: vi.fn() }} />, el);
    expect(el.querySelector('[data-testid=done-removed]')).not.toBeNull();
    expect(el.querySelector('[data-testid=action-removed]')).toBeNull();
  });

  it('says when no picture could be taken, and still lets the text be documented', () => {
    const el = root();
    const props = view('Jag ska döda dig');
    render(
      <Checklist items={props.items} recorded={[]} busy={false} onAction={vi.fn()} accept={() => true} removal={confirming({ documenting: { phase: 'confirm', failure: 'too-large' } })} />,
      el,
    );
    expect(el.querySelector('[data-testid=document-preview]')).toBeNull();
    expect(el.querySelector('[data-testid=document-no-picture]')!.textContent).toBe('evidenceMissingNow');
    expect((el.querySelector('[data-testid=action-documented]') as HTMLButtonElement).disabled).toBe(false);
  });

  it("ignores a script's change of the legal ground and puts the person's choice back", async () => {
    const el = root();
    const props = view('Jag ska döda dig');
    render(<Checklist items={props.items} recorded={[]} busy={false} onAction={vi.fn()} accept={(e) => e.type !== 'change'} removal={confirming()} />, el);
    const select = el.querySelector('[data-testid=law-ground]') as HTMLSelectElement;
    expect(select.value).toBe('olaga-hot');
    select.value = 'upphovsratt';
    await act(() => {
      select.dispatchEvent(new Event('change'));
    });
    expect(select.value).toBe('olaga-hot');
  });
});

describe('the toggle says what is left to do', () => {
  it('shows the open items, or a quiet mark when nothing is open', () => {
    const el = root();
    render(<CommentOverlay {...view('Hej?', { todo: 3 })} />, el);
    expect(el.querySelector('[data-testid=toggle]')!.textContent).toContain('toggleTodo');
    render(<CommentOverlay {...view('Hej?', { todo: 0 })} />, el);
    expect(el.querySelector('[data-testid=toggle]')!.textContent).toContain('toggleNothingOpen');
  });

  it('counts a comment\'s open items once each, an overdue reply as one', async () => {
    const { commentView } = await import('../../lib/overlay/view');
    const comment: Comment = { id: '9', authorName: 'Ida Exempel', text: 'Ring mig på 070-555 12 34, när öppnar ni?', isReply: false, postedAt: '2026-11-20T08:00:00Z' };
    const judgement = checkRegistry.judge(comment, { now: new Date('2026-11-25T09:00:00Z'), own: false, officeReplied: false });
    const open = checkRegistry.open(judgement, []);
    expect([...open].sort()).toEqual(['flagged', 'notArchived', 'overdue', 'replyDue']);
    const entry = { comment, status: { kinds: [] }, state: { kind: 'idle' }, expanded: false, identityChecked: false } as never;
    const noop = () => {};
    const actions = { toggle: noop, act: noop, startDocument: noop, undo: noop, answerDouble: noop, cancelDocument: noop, confirmIdentity: noop, accept: () => true };
    expect(commentView(entry, judgement, checkRegistry, actions, 'removalHowFacebook').todo).toBe(3);
    const archived = { ...(entry as object), status: { kinds: ['archived', 'replied'] } } as never;
    expect(commentView(archived, judgement, checkRegistry, actions, 'removalHowFacebook').todo).toBe(1);
  });
});

describe('keyboard and screen reader', () => {
  it('names the toggle with its visible text, closes the checklist on Escape and gives focus back to the toggle', async () => {
    const el = root();
    const props = view('Hej?', { expanded: true });
    render(<CommentOverlay {...props} />, el);
    const toggle = el.querySelector<HTMLButtonElement>('[data-testid=toggle]')!;
    // The visible "MS" is part of the accessible name (voice control users say what they see).
    expect(toggle.textContent!.trim()).toContain('MS');
    expect(toggle.getAttribute('aria-label')).toBe('toggleChecklist');
    el.querySelector('[data-testid=checklist] button')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(props.onToggle).toHaveBeenCalledTimes(1);
    expect(el.ownerDocument.activeElement).toBe(toggle);
  });

  it('moves focus to the archived state and says the result in a polite live region', async () => {
    const el = root();
    const base = view('Hej?');
    render(<CommentOverlay {...base} state={{ kind: 'busy', action: 'archived' }} />, el);
    expect(el.querySelector('[data-testid=announce]')!.textContent).toBe('');
    await act(() => {
      render(<CommentOverlay {...base} state={{ kind: 'archived' }} status={{ kinds: ['archived'], archived: { recordId: 'r', occurredAt: '2026-11-25T09:00:00+01:00' } }} />, el);
    });
    const live = el.querySelector('[data-testid=announce]')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    expect(live.textContent).toBe('archivedAnnounce');
    expect(el.ownerDocument.activeElement).toBe(el.querySelector('[data-testid=archived]'));
    await act(() => {
      render(<CommentOverlay {...base} state={{ kind: 'busy', action: 'replied' }} />, el);
    });
    await act(() => {
      render(<CommentOverlay {...base} state={{ kind: 'error', error: 'storage-full' }} />, el);
    });
    expect(el.querySelector('[data-testid=announce]')!.textContent).toBe('actionFailedAnnounce');
  });
});

describe('"Ångra"', () => {
  it('offers to take back the last action until its time is out, and says it was taken back', async () => {
    const el = root();
    const until = new Date(Date.now() + 5 * 60_000).toISOString();
    const base = view('Hej?', { state: { kind: 'archived' }, status: { kinds: ['archived'], archived: { recordId: 'r1', occurredAt: '2026-11-25T09:00:00+01:00' }, undo: { recordId: 'r1', kind: 'archived', until } } });
    render(<CommentOverlay {...base} />, el);
    const undo = el.querySelector<HTMLButtonElement>('[data-testid=undo]')!;
    expect(undo.textContent).toBe('undoAction');
    await act(() => undo.click());
    expect(base.onUndo).toHaveBeenCalledTimes(1);
    await act(() => {
      render(<CommentOverlay {...base} state={{ kind: 'busy', action: 'archived', undo: true }} />, el);
    });
    await act(() => {
      render(<CommentOverlay {...base} state={{ kind: 'idle' }} status={{ kinds: [] }} />, el);
    });
    expect(el.querySelector('[data-testid=undo]')).toBeNull();
    expect(el.querySelector('[data-testid=announce]')!.textContent).toBe('undoneAnnounce');
    // Past its time the button is not offered.
    render(<CommentOverlay {...base} status={{ ...base.status, undo: { recordId: 'r1', kind: 'archived', until: new Date(Date.now() - 1000).toISOString() } }} />, el);
    expect(el.querySelector('[data-testid=undo]')).toBeNull();
  });
});

describe('a comment edited since it was archived', () => {
  it('says so and offers to archive the new version', async () => {
    const el = root();
    const archived = { recordId: 'r1', occurredAt: '2026-11-25T09:00:00+01:00', textSha256: 'a'.repeat(64) };
    const props = view('Ny text', { state: { kind: 'archived' }, status: { kinds: ['archived'], archived } });
    render(<CommentOverlay {...props} />, el);
    expect(el.querySelector('[data-testid=edited]')).toBeNull();
    expect(el.querySelector('[data-testid=archive-new-version]')).toBeNull();
    render(<CommentOverlay {...props} edited />, el);
    expect(el.querySelector('[data-testid=edited]')!.textContent).toBe('editedSinceArchive');
    await act(() => (el.querySelector('[data-testid=archive-new-version]') as HTMLButtonElement).click());
    expect(props.onAction).toHaveBeenCalledWith(expect.any(Event), 'archived');
  });

  it('tells the moderator when the archive has no picture', () => {
    const el = root();
    render(<CommentOverlay {...view('Hej', { state: { kind: 'archived' }, status: { kinds: ['archived'], archived: { recordId: 'r', occurredAt: '2026-11-25T09:00:00+01:00' } }, evidenceFailure: 'not-shown' })} />, el);
    expect(el.querySelector('[data-testid=evidence-failure]')!.textContent).toBe('evidenceMissingNow');
  });
});

describe('identity in doubt', () => {
  it('blocks archiving and the checklist until the moderator confirms, then says it was checked', () => {
    const el = root();
    const props = view('Tack!', { identity: 'in-doubt', expanded: true });
    render(<CommentOverlay {...props} />, el);
    expect(el.querySelector('[data-testid=identity-in-doubt]')!.getAttribute('role')).toBe('alert');
    expect((el.querySelector('[data-testid=archive]') as HTMLButtonElement).disabled).toBe(true);
    expect([...el.querySelectorAll('[data-testid=checklist] button')].every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
    (el.querySelector('[data-testid=confirm-identity]') as HTMLButtonElement).click();
    expect(props.onConfirmIdentity).toHaveBeenCalledWith(expect.any(Event));
    render(<CommentOverlay {...view('Tack!', { identity: 'checked' })} />, el);
    expect(el.querySelector('[data-testid=identity-checked]')).not.toBeNull();
    expect((el.querySelector('[data-testid=archive]') as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('PagePanel', () => {
  it('shows the counts it is given, marking the open ones', () => {
    const el = root();
    const counts = checkRegistry.labelled({ replyDue: 2, overdue: 0, notArchived: 5, flagged: 1 });
    render(<PagePanel state={{ kind: 'counts', counts }} />, el);
    expect([...el.querySelectorAll('[data-testid^=count-]')].map((b) => [b.getAttribute('data-testid'), b.textContent])).toEqual([
      ['count-replyDue', '2'],
      ['count-overdue', '0'],
      ['count-notArchived', '5'],
      ['count-flagged', '1'],
    ]);
    expect(el.querySelector('.count.overdue')!.classList.contains('open')).toBe(false);
    expect(el.querySelector('.count.replyDue')!.classList.contains('open')).toBe(true);
  });

  it('offers "show anyway" on another account and says plainly when nothing is recognised', () => {
    const el = root();
    const onShow = vi.fn();
    render(<PagePanel state={{ kind: 'quiet', onShow }} />, el);
    (el.querySelector('[data-testid=show-anyway]') as HTMLButtonElement).click();
    expect(onShow).toHaveBeenCalledOnce();
    render(<PagePanel state={{ kind: 'unrecognised', diagnostics: async () => '{}' }} />, el);
    expect(el.querySelector('[data-testid=unrecognised]')!.textContent).toBe('panelUnrecognised');
    expect(el.querySelector('[data-testid=copy-diagnostics]')).not.toBeNull();
    // Without the code that makes the report, no button that could not copy anything.
    render(<PagePanel state={{ kind: 'unrecognised' }} />, el);
    expect(el.querySelector('[data-testid=copy-diagnostics]')).toBeNull();
  });
});
