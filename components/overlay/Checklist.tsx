import type { ChecklistItem } from '../../lib/checks';
import { t } from '../../lib/i18n';
import type { ActionKind, LawGroundId } from '../../lib/model';
import type { CommentView } from '../../lib/overlay/types';
import RemovalControl from './RemovalControl';
import { RECORD_KEYS } from '../../lib/records/labels';
import type { ColleagueAction } from '../../lib/sync/office';
import { isolate } from '../../lib/util/unicode';
import WhyExcerpt from './WhyExcerpt';

export interface Props {
  items: readonly (ChecklistItem & { check: string })[];
  /** Action kinds already in the log for this comment (here or by a colleague). */
  recorded: readonly ActionKind[];
  /** What colleagues recorded: their actions say whose they are. */
  colleagues?: readonly ColleagueAction[];
  busy: boolean;
  onAction: (event: Event, kind: ActionKind, lawGround?: LawGroundId, note?: string) => void;
  /** True for an event a person caused. */
  accept: (event: Event) => boolean;
  /** "Document and remove" (see RemovalControl). */
  removal: Pick<CommentView, 'documenting' | 'removalHelp' | 'onStartDocument' | 'onCancelDocument'> & { documentedGround?: LawGroundId };
}

/** The expanded checklist: one item per check, each with its logged actions. */
export default function Checklist({ items, recorded, colleagues = [], busy, onAction, accept, removal }: Props) {
  const byColleague = (kind: ActionKind) => colleagues.find((c) => c.kind === kind);
  const action = (kind: ActionKind, label: string) =>
    recorded.includes(kind) ? (
      // Done, it says what was done ("✓ Besvarad · Loggad"), not the button's words.
      <span key={kind} class="done" data-testid={`done-${kind}`} tabIndex={-1}>
        ✓ {t(RECORD_KEYS[kind])} ·{' '}
        {byColleague(kind) ? t('actionDoneBy', isolate(byColleague(kind)!.moderatorName || t('colleagueUnnamed'))) : t('actionDone')}
      </span>
    ) : (
      <button key={kind} type="button" data-testid={`action-${kind}`} disabled={busy} onClick={(e) => onAction(e, kind)}>
        {label}
      </button>
    );

  return (
    <ul class="checklist" data-testid="checklist">
      {items.map((item) => (
        <li key={item.check} data-check={item.check}>
          <strong>{item.title}</strong>
          {item.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          {item.excerpt && <WhyExcerpt excerpt={item.excerpt} />}
          {item.steps && (
            <ol>
              {item.steps.map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
          )}
          {item.actions?.map((a, i) => (
            <>
              {i > 0 && ' '}
              {action(a.kind, a.label)}
            </>
          ))}
          {item.removal && (
            <RemovalControl
              suggested={item.removal.suggested}
              busy={busy}
              recorded={recorded}
              documenting={removal.documenting}
              documentedGround={removal.documentedGround}
              removalHelp={removal.removalHelp}
              onStart={removal.onStartDocument}
              onCancel={removal.onCancelDocument}
              onAction={onAction}
              accept={accept}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
