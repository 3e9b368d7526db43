import { t } from '../../lib/i18n';

export interface Counts {
  replyDue: number;
  overdue: number;
  notArchived: number;
  flagged: number;
}

export interface Props {
  counts: Counts;
}

/** The page-level summary: how much is still open among the comments on screen. */
export default function PagePanel({ counts }: Props) {
  const items: [keyof Counts, Parameters<typeof t>[0]][] = [
    ['replyDue', 'panelReplyDue'],
    ['overdue', 'panelOverdue'],
    ['notArchived', 'panelNotArchived'],
    ['flagged', 'panelFlagged'],
  ];
  return (
    <aside class="panel" aria-label={t('panelTitle')} data-testid="page-panel">
      <strong>MS</strong>
      {items.map(([key, label]) => (
        <span key={key} class={counts[key] > 0 ? `count ${key} open` : `count ${key}`}>
          {t(label)} <b data-testid={`count-${key}`}>{counts[key]}</b>
        </span>
      ))}
    </aside>
  );
}
