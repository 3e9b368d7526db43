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

/**
 * The alternatives of `alternatives` (each may itself hold top-level `|`) as one alternation grouped by their
 * first character where it is a plain letter ("(?=s)(?:sen undrar|så är det)|(?=v)(?:vem …)|…|<the rest>"):
 * at a position where none of a group's can start, the engine skips the group on one look instead of trying
 * each. For `test()` the result is the same as the plain alternation (only which alternative matches first
 * may differ, and for a test that does not matter). Patterns are compiled without the `i` flag here: a letter
 * group keys on the letter as written.
 */
export function byFirstLetter(alternatives: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const alternative of alternatives.flatMap(topLevelAlternatives)) {
    const first = alternative[0] ?? '';
    const plainLetter = /^\p{Ll}$/u.test(first) && !QUANTIFIER.has(alternative[1] ?? '');
    if (plainLetter) groups.set(first, [...(groups.get(first) ?? []), alternative]);
    else rest.push(alternative);
  }
  const grouped = [...groups].map(([letter, members]) => `(?=${letter})(?:${members.join('|')})`);
  return [...grouped, ...rest].join('|');
}
