/**
 * Absolute comment times. Facebook's 2025 layout shows only relative labels ("2 d"); an absolute
 * time is used when the page still has one: an old-style `abbr[data-utime]`, a `time[datetime]`, or
 * a `created_time` in the page's embedded JSON. A record must never carry a guessed time.
 */
import { decodeCommentId } from './facebook-urls';
import { firstMatch, type FacebookSelectors } from './selectors';
import type { SelectorReport } from './types';

/** Unix seconds → ISO 8601 (UTC, `Z`), or undefined for anything implausible. */
export function isoFromUnixSeconds(seconds: number): string | undefined {
  // 2004-01-01 .. 2100-01-01: outside that it is not a Facebook timestamp but garbage.
  if (!Number.isFinite(seconds) || seconds < 1_072_915_200 || seconds > 4_102_444_800) return undefined;
  return new Date(seconds * 1000).toISOString();
}

export function isoFromDateText(text: string): string | undefined {
  // Only full date-times with a zone: a bare "2025-05-15" would silently become midnight UTC.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/.test(text.trim())) {
    return undefined;
  }
  const ms = Date.parse(text.trim());
  return Number.isFinite(ms) ? isoFromUnixSeconds(ms / 1000) : undefined;
}

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
