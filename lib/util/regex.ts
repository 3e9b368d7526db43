/**
 * Regular-expression sources split and regrouped without changing what they match.
 */

/** The top-level alternatives of a pattern source: `|` outside groups, classes and escapes. */
export function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
    } else if (c === '|' && depth === 0) {
      parts.push(source.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || inClass) throw new Error(`unbalanced pattern: ${source.slice(0, 60)}`);
  parts.push(source.slice(start));
  return parts;
}

const QUANTIFIER = new Set(['?', '*', '+', '{']);

const LETTER_OR_NUMBER_AT_END = /[\p{L}\p{N}]$/u;
/** By char code: 0 = not looked at yet, 1 = neither a letter nor a number, 2 = one of them. */
const letterOrNumber = new Uint8Array(0x10000);
/** Whether the code point that ends at `index` is a letter or a number (what `(?<![\p{L}\p{N}])` refuses). */
function letterOrNumberBefore(s: string, index: number): boolean {
  if (index === 0) return false;
  const c = s.charCodeAt(index - 1);
  // A letter outside the BMP is read as one code point, as the lookbehind reads it.
  if (c >= 0xd800 && c < 0xe000) return LETTER_OR_NUMBER_AT_END.test(s.slice(Math.max(0, index - 2), index));
  let known = letterOrNumber[c] as number;
  if (known === 0) letterOrNumber[c] = known = LETTER_OR_NUMBER_AT_END.test(String.fromCharCode(c)) ? 2 : 1;
  return known === 2;
}

/** Where the group opened at `open` closes (the index of its ")"), or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/**
 * An alternative that opens with a non-capturing group, as the alternatives it stands for: "(?:någon|nån) som" as
 * "någon som" and "nån som", "(?:och )?så undrar" as "och så undrar" and "så undrar" (again while the first one opens
 * with such a group). They match the same texts, and each can then be tried only where its first letter starts a word.
 */
function leadingGroupOpened(alternative: string): string[] {
  // "(?<=, )sa ni" as "s(?<=(?:, )s)a ni": a lookbehind before a letter, checked after it (with the letter), the same test.
  const look = /^\(\?<[=!]/u.exec(alternative);
  if (look) {
    const close = groupEnd(alternative, 0);
    if (close < 0) return [alternative];
    return leadingGroupOpened(alternative.slice(close + 1)).map((tail) => {
      const first = tail[0] ?? '';
      if (!/^\p{Ll}$/u.test(first) || QUANTIFIER.has(tail[1] ?? '')) return alternative.slice(0, close + 1) + tail;
      return `${first}${look[0]}(?:${alternative.slice(look[0].length, close)})${first})${tail.slice(1)}`;
    });
  }
  if (!alternative.startsWith('(?:')) return [alternative];
  const close = groupEnd(alternative, 0);
  if (close < 0) return [alternative];
  const inner = alternative.slice(3, close);
  const quantifier = alternative[close + 1] ?? '';
  let rest = alternative.slice(close + 1);
  const optional = quantifier === '?' && alternative[close + 2] !== '?';
  if (optional) rest = rest.slice(1);
  else if (QUANTIFIER.has(quantifier)) return [alternative];
  const opened = topLevelAlternatives(inner).map((a) => a + rest);
  return [...opened, ...(optional ? [rest] : [])].flatMap(leadingGroupOpened);
}

/**
 * `new RegExp('(?<![\p{L}\p{N}])(?:' + alternatives + ')(?![\p{L}\p{N}])', 'u').test(text)`, for long lists of words and
 * phrases: the alternatives that start with a plain lower-case letter are tried only where that letter starts a word,
 * each letter's in one sticky regex; the rest as that one regex over the text. The engine no longer visits every
 * character with the lookbehind and every letter group's lookahead. The same texts test true.
 */
export function wordListTester(alternatives: readonly string[]): { test(text: string): boolean } {
  const groups = new Map<number, string[]>();
  const rest: string[] = [];
  for (const alternative of alternatives.flatMap(topLevelAlternatives).flatMap(leadingGroupOpened)) {
    const first = alternative[0] ?? '';
    if (/^\p{Ll}$/u.test(first) && !QUANTIFIER.has(alternative[1] ?? '')) {
      const code = first.charCodeAt(0);
      groups.set(code, [...(groups.get(code) ?? []), alternative]);
    } else rest.push(alternative);
  }
  const edge = '(?![\\p{L}\\p{N}])';
  const byLetter: (RegExp | undefined)[] = [];
  for (const [code, members] of groups) byLetter[code] = new RegExp(`(?:${members.join('|')})${edge}`, 'uy');
  const others = rest.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${rest.join('|')})${edge}`, 'u') : null;
  return {
    test(text: string): boolean {
      for (let i = 0; i < text.length; i++) {
        const re = byLetter[text.charCodeAt(i)];
        if (re === undefined || letterOrNumberBefore(text, i)) continue;
        re.lastIndex = i;
        if (re.test(text)) return true;
      }
      return others !== null && others.test(text);
    },
  };
}
