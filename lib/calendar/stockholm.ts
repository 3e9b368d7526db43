/** Europe/Stockholm wall-clock helpers: the office's legal day and ISO times with the local offset. */
export const TIME_ZONE = 'Europe/Stockholm';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function stockholmParts(date: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const p of partsFormat.formatToParts(date)) parts[p.type] = p.value;
  return parts;
}

/** `YYYY-MM-DD` of the date in Stockholm, the key for "today" counts. */
export function stockholmDay(date: Date): string {
  const p = stockholmParts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** ISO 8601 with Stockholm's offset at that instant, e.g. `2026-11-25T14:03:00+01:00`. */
export function toStockholmIso(date: Date): string {
  const p = stockholmParts(date);
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  const offsetMin = Math.round((wall - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMin >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMin);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${hh}:${mm}`;
}
