/**
 * "Show why": a short excerpt of the comment with the spans a check matched marked, so a moderator can
 * judge a flag in a second. Plain data (text pieces), rendered as text nodes, never as HTML.
 */
export interface Excerpt {
  /** Text pieces in order; `mark` pieces are what the check matched. */
  parts: readonly { text: string; mark: boolean }[];
  /** Text was cut before / after the excerpt. */
  cutStart: boolean;
  cutEnd: boolean;
}

const CONTEXT = 40;
const MAX = 220;

/** The excerpt around `spans` ([start, end) in `text`), or null when nothing was matched. */
export function excerptOf(text: string, spans: readonly { start: number; end: number }[]): Excerpt | null {
  const sorted = [...spans].filter((s) => s.end > s.start && s.end <= text.length).sort((a, b) => a.start - b.start);
  if (sorted.length === 0) return null;
  const merged: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  const from = Math.max(0, (merged[0] as { start: number }).start - CONTEXT);
  let to = Math.min(text.length, (merged[merged.length - 1] as { end: number }).end + CONTEXT);
  if (to - from > MAX) to = Math.max((merged[0] as { end: number }).end, from + MAX);
  const parts: { text: string; mark: boolean }[] = [];
  let at = from;
  for (const { start, end } of merged) {
    if (start >= to) break;
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(Math.max(start, at), Math.min(end, to)), mark: true });
    at = Math.min(end, to);
  }
  if (at < to) parts.push({ text: text.slice(at, to), mark: false });
  return { parts, cutStart: from > 0, cutEnd: to < text.length };
}
