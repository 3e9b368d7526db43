/**
 * The options page's monitoring section, checked field by field and line by line before saving, so
 * the message names what is wrong ("Rad 2: …") instead of one sentence for every field.
 */
import type { MessageKey } from '../i18n';
import { accountsFromText, OfficeAccountSchema, TimeOfDaySchema } from './schema';

export interface InputProblem {
  field: 'times' | 'late-window' | 'accounts';
  key: MessageKey;
  substitutions: string[];
}

export interface MonitoringInput {
  times: string[];
  lateWindowMinutes: number;
  officeAccounts: string[];
}

/** Reads the section's three text fields; `problems` is empty when every value can be saved. */
export function readMonitoringInput(text: { times: string; lateWindow: string; accounts: string }): { input: MonitoringInput; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  const times = text.times.split(/[,\s]+/).filter(Boolean);
  for (const time of times) {
    if (!TimeOfDaySchema.safeParse(time).success) problems.push({ field: 'times', key: 'optionsBadTime', substitutions: [time] });
  }
  if (times.length < 1 || times.length > 6) problems.push({ field: 'times', key: 'optionsTimesCount', substitutions: [String(times.length)] });
  const minutes = Number(text.lateWindow);
  if (!Number.isInteger(minutes) || minutes < 5 || minutes > 240) problems.push({ field: 'late-window', key: 'optionsBadLateWindow', substitutions: [text.lateWindow.trim()] });
  const lines = text.accounts.split('\n');
  const officeAccounts = accountsFromText(text.accounts);
  lines.forEach((line, i) => {
    const typed = line.trim();
    if (!typed) return;
    const [completed] = accountsFromText(typed);
    if (!OfficeAccountSchema.safeParse(completed).success) problems.push({ field: 'accounts', key: 'optionsBadAccount', substitutions: [String(i + 1), typed] });
  });
  if (officeAccounts.length > 30) problems.push({ field: 'accounts', key: 'optionsTooManyAccounts', substitutions: [String(officeAccounts.length)] });
  return { input: { times, lateWindowMinutes: minutes, officeAccounts }, problems };
}
