/** Absolute times read from pages: only full, plausible date-times, never a guess. */

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
