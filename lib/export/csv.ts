/**
 * records.csv for the registrar's Excel: UTF-8 with a byte-order mark (so Excel reads å, ä, ö), `;` as
 * separator (Swedish Excel's list separator), CRLF, every field quoted, one row per record. A value that
 * Excel would run as a formula (= + - @ at the start) gets a leading `'` (papaparse's escapeFormulae):
 * comment text is written by the public (also one that goes on over several lines). records.json keeps every value as recorded.
 */
import Papa from 'papaparse';
import { toStockholmIso } from '../calendar/stockholm';
import type { ModerationRecord } from '../model';

export interface CsvRegistration {
  registrationNumber: string;
  registeredAt: string;
}

/** Column headers (Swedish: the file is for the office) and how each is read from a record. */
export const CSV_COLUMNS = [
  ['id', (r) => r.id],
  ['typ', (r) => r.kind],
  ['tidpunkt', (r) => r.occurredAt],
  ['datum (svensk tid)', (r) => swedishDateTime(r.occurredAt)],
  ['moderator', (r) => r.moderator.name],
  ['moderator-id', (r) => r.moderator.id],
  ['förvaltning', (r) => r.office],
  ['plattform', (r) => r.account.platform],
  ['konto', (r) => r.account.name],
  ['konto-url', (r) => r.account.url],
  ['ämnestyp', (r) => r.subject?.kind ?? ''],
  ['ämnes-id', (r) => r.subject?.id ?? ''],
  ['författare', (r) => r.subject?.authorName ?? ''],
  ['text', (r) => r.subject?.text ?? ''],
  ['länk', (r) => r.subject?.permalink ?? ''],
  ['publicerad', (r) => r.subject?.postedAt ?? r.subject?.postedLabel ?? ''],
  ['inläggets text', (r) => r.subject?.post.text ?? ''],
  ['kontroller', (r) => r.checks.join(', ')],
  ['lagrum', (r) => r.lawGround ?? ''],
  ['anteckning', (r) => r.note ?? ''],
  ['skärmbild sha256', (r) => r.evidence?.screenshot?.sha256 ?? ''],
  ['diarienummer', (_, reg) => reg?.registrationNumber ?? ''],
  ['registrerad', (_, reg) => reg?.registeredAt ?? ''],
  ['sha256', (r) => r.integrity.sha256],
  ['föregående sha256', (r) => r.integrity.prev ?? ''],
] as const satisfies readonly (readonly [string, (r: ModerationRecord, reg?: CsvRegistration) => string])[];

/** "2026-12-03 14:03:07", Stockholm wall-clock time. */
export function swedishDateTime(iso: string): string {
  return toStockholmIso(new Date(iso)).slice(0, 19).replace('T', ' ');
}

// papaparse's own test (`escapeFormulae: true`) misses a formula that goes on over a line break.
const FORMULA_START = /^[=+\-@\t\r]/;

export function recordsCsv(records: readonly ModerationRecord[], registrations: ReadonlyMap<string, CsvRegistration>): string {
  const rows = records.map((r) => CSV_COLUMNS.map(([, read]) => read(r, registrations.get(r.id))));
  const body = Papa.unparse(
    { fields: CSV_COLUMNS.map(([name]) => name), data: rows },
    { delimiter: ';', newline: '\r\n', quotes: true, escapeFormulae: FORMULA_START },
  );
  return `\uFEFF${body}\r\n`;
}

/** Reads records.csv back into rows by header (the verifier and tests compare it with records.json). */
export function parseRecordsCsv(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { delimiter: ';', header: true, skipEmptyLines: true });
  return parsed.data.map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v])),
  );
}
