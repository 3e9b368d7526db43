import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime, t } from '../../lib/i18n';
import { RECORD_KEYS } from '../../lib/records/labels';
import { isolate } from '../../lib/util/unicode';
import type { CommentView } from '../../lib/overlay/types';
import WipeNotice from '../store/WipeNotice';
import { Checklist, ConfirmDouble, ErrorMessage, EvidenceFailureNotice } from './lazy';
import IdentityNotice from './IdentityNotice';

export type Props = CommentView;

/** The moderation bar beside one comment: a badge per open finding, archive, and the checklist. */
export default function CommentOverlay(props: Props) {
  const { authorName, state, status, badges, items, expanded } = props;
  const toggle = useRef<HTMLButtonElement>(null);
  const done = useRef<HTMLSpanElement>(null);
  const previous = useRef(state);
  const [said, setSaid] = useState('');
  // After an action the button that was pressed is gone: focus goes to what replaced it, and the
  // result is said in the live region (a keyboard or screen-reader user would otherwise lose both).
  const bar = useRef<HTMLElement>(null);
  useEffect(() => {
    const was = previous.current;
    previous.current = state;
    if (was.kind !== 'busy') return;
    // The first of these that is on screen gets the focus (a disabled button lost it while busy).
    const focusFirst = (...testids: string[]) => {
      for (const id of testids) {
        const el = bar.current?.querySelector<HTMLElement>(`[data-testid="${id}"]`);
        if (el) return void el.focus();
      }
    };
    if (state.kind === 'error') {
      setSaid(t('actionFailedAnnounce'));
      focusFirst(was.action === 'archived' ? 'archive' : `action-${was.action}`, 'toggle');
    } else if (was.undo) {
      setSaid(t('undoneAnnounce'));
      focusFirst(`action-${was.action}`, was.action === 'archived' ? 'archive' : '', 'toggle');
    } else if (was.action === 'archived') {
      setSaid(t('archivedAnnounce'));
      done.current?.focus();
    } else {
      setSaid(t('actionDoneAnnounce'));
      focusFirst(`done-${was.action}`, 'toggle');
    }
  }, [state]);
  // The author's name sits inside our sentences: isolated, so a right-to-left name cannot reorder them.
  const name = isolate(authorName);
  const label = authorName ? t('overlayLabel', name) : t('overlayLabelNoAuthor');
  // The toggle says what is left to do; its accessible name starts with the same words (voice control).
  const toggleText = props.todo === undefined ? 'MS' : props.todo > 0 ? t('toggleTodo', String(props.todo)) : t('toggleNothingOpen');
  const archived = status.archived;
  const recorded = props.recorded ?? status.kinds;
  const colleagues = props.colleagues ?? [];
  // The office's view: a colleague's archive counts, and archiving it again is asked first.
  const theirs = archived ? undefined : colleagues.find((c) => c.kind === 'archived' || c.kind === 'documented');
  const who = (c: { moderatorName: string }) => isolate(c.moderatorName || t('colleagueUnnamed'));
  const others = colleagues.filter((c) => c !== theirs && !status.kinds.includes(c.kind) && c.kind !== 'archived' && c.kind !== 'documented');
  // Nothing is recorded for a comment whose identity is in doubt until the moderator has checked it.
  const blocked = props.identity === 'in-doubt';
  const busy = state.kind === 'busy' || state.kind === 'unknown' || blocked;
  return (
    <section
      class="bar"
      ref={bar}
      aria-label={label}
      data-state={state.kind}
      onKeyDown={(e) => {
        // Escape closes the checklist and gives focus back to its toggle.
        if (e.key === 'Escape' && expanded) {
          e.stopPropagation();
          props.onToggle();
          toggle.current?.focus();
        }
      }}
    >
      <div class="row">
        <button
          type="button"
          class="toggle"
          ref={toggle}
          data-testid="toggle"
          aria-expanded={expanded}
          aria-label={t('toggleChecklist', [toggleText, name])}
          onClick={props.onToggle}
        >
          <span aria-hidden="true">{expanded ? '▾' : '▸'}</span> {toggleText}
        </button>
        {badges.map((badge) => (
          <span key={badge.check} class={`badge ${badge.tone}`} data-testid={`badge-${badge.check}`}>
            {badge.text}
          </span>
        ))}
        {archived && (
          <span class="archived" data-testid="archived" tabIndex={-1} ref={done}>
            ✓{' '}
            {archived.registrationNumber
              ? t('archivedWithNumber', archived.registrationNumber)
              : t('archivedAt', formatDateTime(archived.occurredAt))}
          </span>
        )}
        {theirs && (
          <span class="archived" data-testid="colleague-archived">
            ✓ {t(theirs.kind === 'documented' ? 'colleagueDocumented' : 'colleagueArchived', [who(theirs), theirs.registrationNumber])}
          </span>
        )}
        {others.map((c) => (
          <span key={c.recordId} class="colleague" data-testid="colleague-action" data-kind={c.kind}>
            ✓ {t('colleagueDid', [t(RECORD_KEYS[c.kind]), who(c)])}
          </span>
        ))}
        {archived && props.edited && (
          <span class="notice-inline" data-testid="edited">
            {t('editedSinceArchive')}
          </span>
        )}
        {(!archived || props.edited) && (
          <button
            type="button"
            class="archive"
            data-testid={archived ? 'archive-new-version' : 'archive'}
            aria-label={authorName && !archived ? t('archiveButtonLabel', name) : undefined}
            disabled={busy}
            onClick={(e) => props.onAction(e, 'archived')}
          >
            {state.kind === 'busy' && state.action === 'archived'
              ? t('archiving')
              : archived
                ? t('archiveNewVersion')
                : theirs
                  ? t('archiveAnyway')
                  : t('archiveButton')}
          </button>
        )}
        {status.undo && Date.parse(status.undo.until) > Date.now() && (
          <button
            type="button"
            class="secondary"
            data-testid="undo"
            aria-label={t('undoActionLabel', [t(RECORD_KEYS[status.undo.kind]), formatDateTime(status.undo.until)])}
            disabled={busy}
            onClick={(e) => props.onUndo(e)}
          >
            {t('undoAction')}
          </button>
        )}
      </div>
      {props.confirmDouble && theirs && (
        <ConfirmDouble who={who(theirs)} registrationNumber={theirs.registrationNumber} onAnswer={(e, yes) => props.onAnswerDouble?.(e, yes)} />
      )}
      {props.identity !== 'ok' && (
        <IdentityNotice checked={props.identity === 'checked'} onConfirm={props.onConfirmIdentity} />
      )}
      {state.kind === 'error' && <ErrorMessage error={state.error} />}
      {props.evidenceFailure && <EvidenceFailureNotice failure={props.evidenceFailure} />}
      {props.wiped && <WipeNotice wipe={props.wiped} />}
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="announce">
        {said}
      </p>
      {expanded && (
        <Checklist
          items={items}
          recorded={recorded}
          colleagues={colleagues}
          busy={busy}
          onAction={props.onAction}
          accept={props.accept}
          removal={{
            documenting: props.documenting,
            removalHelp: props.removalHelp,
            onStartDocument: props.onStartDocument,
            onCancelDocument: props.onCancelDocument,
            ...(archived?.lawGround ? { documentedGround: archived.lawGround } : {}),
          }}
        />
      )}
    </section>
  );
}
