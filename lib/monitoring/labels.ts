/** Round times as the office says them: Stockholm wall clock, `HH:MM`. */
const labelFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' });

export const roundLabel = (iso: string): string => labelFormat.format(new Date(iso));
