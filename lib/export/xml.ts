/** XML text and attribute escaping for the package's metadata files (every value is data, never markup). */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes a value for XML text or a double-quoted attribute; drops characters XML 1.0 cannot carry. */
export function xml(value: string | number): string {
  return String(value)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** An XML ID: letters, digits, `-` and `_`, starting with a letter. */
export function xmlId(prefix: string, value: string): string {
  return `${prefix}-${value.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}
