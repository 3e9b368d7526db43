import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface Counts {
  replyDue: number;
  overdue: number;
  notArchived: number;
  flagged: number;
}

export type PanelState =
  | { kind: 'counts'; counts: Counts }
  | { kind: 'quiet'; onShow: () => void }
  | { kind: 'unrecognised'; diagnostics: () => string };

export interface Props {
  state: PanelState;
}

const items: [keyof Counts, Parameters<typeof t>[0]][] = [
  ['replyDue', 'panelReplyDue'],
  ['overdue', 'panelOverdue'],
  ['notArchived', 'panelNotArchived'],
  ['flagged', 'panelFlagged'],
];

/** The page-level summary: open items on screen, or why the overlay is quiet or blind on this page. */
export default function PagePanel({ state }: Props) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <aside class="panel" aria-label={t('panelTitle')} data-testid="page-panel" data-kind={state.kind}>
      <strong>MS</strong>
      {state.kind === 'counts' &&
        items.map(([key, label]) => (
          <span key={key} class={state.counts[key] > 0 ? `count ${key} open` : `count ${key}`}>
            {t(label)} <b data-testid={`count-${key}`}>{state.counts[key]}</b>
          </span>
        ))}
      {state.kind === 'quiet' && (
        <>
          <span>{t('panelNotOffice')}</span>
          <button type="button" data-testid="show-anyway" onClick={state.onShow}>
            {t('panelShowAnyway')}
          </button>
        </>
      )}
      {state.kind === 'unrecognised' && (
        <>
          <span role="status" data-testid="unrecognised">
            {t('panelUnrecognised')}
          </span>
          <button
            type="button"
            data-testid="copy-diagnostics"
            onClick={() =>
              void navigator.clipboard.writeText(state.diagnostics()).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {t('panelCopyDiagnostics')}
          </button>
          {copied !== null && <span aria-live="polite">{t(copied ? 'panelCopied' : 'panelCopyFailed')}</span>}
        </>
      )}
    </aside>
  );
}
