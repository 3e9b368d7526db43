import { describe, expect, it } from 'vitest';
import { formatDay } from '../../lib/i18n';

describe('formatDay', () => {
  it('names the weekday and date of a Stockholm calendar day, summer and winter alike', () => {
    // 3 December 2026 is a Thursday, 28 June 2026 a Sunday.
    expect(formatDay('2026-12-03')).toMatch(/^(tors|Thu)\b.*\b3\b.*(dec|Dec)/);
    expect(formatDay('2026-06-28')).toMatch(/^(sön|Sun)\b.*\b28\b.*(jun|Jun)/);
  });
});
