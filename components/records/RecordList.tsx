import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTimeLong, t } from '../../lib/i18n';
import { RECORD_KEYS, STATE_KEYS } from '../../lib/records/labels';
import type { RecordRow } from '../../lib/records/rows';
import { clipText } from '../../lib/util/unicode';

export interface Props {
  rows: readonly RecordRow[];
  /** Index (in `rows`) of the row the keyboard is on. */
  active: number;
  onActive: (index: number) => void;
  onOpen: (row: RecordRow) => void;
}

export const ROW_HEIGHT = 60;
const OVERSCAN = 6;

/**
 * The records, newest first, as a listbox that renders only the rows in view (50,000 scroll smoothly).
 * Keyboard: arrows, Page Up/Down, Home/End move; Enter opens the record.
 */
export default function RecordList({ rows, active, onActive, onOpen }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const frame = useRef(0);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    setHeight(el.clientHeight || 600);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => setHeight(el.clientHeight || 600));
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  // Keeps the active row in view as the keyboard moves it.
  useEffect(() => {
    const el = box.current;
    if (!el || rows.length === 0) return;
    const top = active * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
  }, [active, rows.length]);

  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(box.current?.scrollTop ?? 0));
  };

  function onKeyDown(e: KeyboardEvent) {
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page };
    let next: number | null = null;
    if (e.key in moves) next = active + moves[e.key]!;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = rows.length - 1;
    else if ((e.key === 'Enter' || e.key === ' ') && rows[active]) {
      e.preventDefault();
      onOpen(rows[active]!);
      return;
    }
    if (next === null) return;
    e.preventDefault();
    onActive(Math.max(0, Math.min(rows.length - 1, next)));
  }

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const shown = rows.slice(first, last);
  const activeRow = rows[active];

  return (
    <div
      ref={box}
      class="record-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('recordsListLabel')}
      aria-activedescendant={activeRow ? `record-${activeRow.seq}` : undefined}
      data-testid="record-list"
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: `${rows.length * ROW_HEIGHT}px`, position: 'relative' }}>
        {shown.map((row, i) => {
          const index = first + i;
          const r = row.record;
          return (
            // Keyed by slot, not by record: scrolling fills the same elements with other records instead
            // of making new ones (less garbage, so no long collection pauses with 50,000 records held).
            <div
              key={index % 64}
              id={`record-${row.seq}`}
              role="option"
              aria-selected={index === active}
              class={`record-row state-${row.state}${index === active ? ' active' : ''}`}
              style={{ top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
              data-testid="record-row"
              data-record-id={r.id}
              onClick={() => {
                onActive(index);
                onOpen(row);
              }}
            >
              <div class="row-meta">
                <span>{formatDateTimeLong(r.occurredAt)}</span> · <span>{t(RECORD_KEYS[r.kind])}</span> · <bdi>{r.account.name}</bdi> ·{' '}
                <span class="state" data-testid="record-state">
                  {row.registration ? row.registration.registrationNumber : t(STATE_KEYS[row.state])}
                </span>
                {row.exported && <span class="exported"> · {t('recordsExported')}</span>}
              </div>
              <div class="row-text" dir="auto">
                {r.subject ? (
                  <>
                    <strong>
                      <bdi>{r.subject.authorName || t('popupNoAuthor')}</bdi>
                    </strong>
                    {': '}
                    {clipText(r.subject.text, 200)}
                  </>
                ) : (
                  clipText(r.note ?? '', 200)
                )}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
