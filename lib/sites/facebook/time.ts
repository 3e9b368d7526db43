/**
 * Absolute comment times. Facebook's 2025 layout shows only relative labels ("2 d"); an absolute
 * time is used when the page still has one: an old-style `abbr[data-utime]`, a `time[datetime]`, or
 * a `created_time` in the page's embedded JSON. A record must never carry a guessed time.
 */
import { decodeCommentId } from './urls';
import { firstMatch } from '../core/select';
import { isoFromDateText, isoFromUnixSeconds } from '../core/time';
import type { FacebookSelectors } from './selectors';
import type { SelectorReport } from '../core/types';

/** An absolute time rendered inside the comment's own subtree (`own` filters out nested replies). */
export function timeInElement(
  article: Element,
  own: (element: Element) => boolean,
  report: SelectorReport,
  selectors: Pick<FacebookSelectors, 'absoluteTime'>,
): string | undefined {
  const elements = firstMatch(article, 'absoluteTime', selectors.absoluteTime, report, own);
  const element = elements?.[0];
  if (!element) return undefined;
  const utime = element.getAttribute('data-utime');
  if (utime !== null) return isoFromUnixSeconds(Number(utime));
  return isoFromDateText(element.getAttribute('datetime') ?? '');
}

/**
 * `created_time` (unix seconds) by comment id, from `<script type="application/json">` blocks.
 * Both the numeric `legacy_fbid` and the decoded GraphQL `id` are keys. Only blocks that mention
 * `created_time` are parsed, since a real page carries megabytes of unrelated JSON.
 */
export function createdTimesFromJson(doc: Document): Map<string, number> {
  const times = new Map<string, number>();
  const scripts = Array.from(doc.querySelectorAll('script[type="application/json"]'));
  scripts.forEach((script) => {
    const source = script.textContent ?? '';
    if (source.indexOf('"created_time"') < 0) return;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      return;
    }
    collectCreatedTimes(data, times);
  });
  return times;
}

function collectCreatedTimes(root: unknown, times: Map<string, number>): void {
  // An explicit stack: the JSON nests deeply enough to make recursion a risk.
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push(value[i]);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const record = value as Record<string, unknown>;
    const created = record['created_time'];
    if (typeof created === 'number') {
      const keys = [record['legacy_fbid'], record['id']];
      keys.forEach((key) => {
        if (typeof key !== 'string' && typeof key !== 'number') return;
        const id = decodeCommentId(String(key)).id;
        if (id && !times.has(id)) times.set(id, created);
      });
    }
    Object.keys(record).forEach((key) => stack.push(record[key]));
  }
}
