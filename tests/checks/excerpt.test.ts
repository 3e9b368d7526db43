import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../lib/checks/excerpt';

describe('excerptOf ("show why")', () => {
  it('marks the matched spans in order, merging overlaps', () => {
    const text = 'Jag vet var du bor och jag ska döda dig';
    const e = excerptOf(text, [{ start: 23, end: 39 }, { start: 0, end: 14 }, { start: 4, end: 18 }]);
    expect(e?.parts).toEqual([
      { text: 'Jag vet var du bor', mark: true },
      { text: ' och ', mark: false },
      { text: 'jag ska döda dig', mark: true },
    ]);
    expect(e).toMatchObject({ cutStart: false, cutEnd: false });
  });

  it('cuts a long comment around the first match and says so', () => {
    const text = `${'a'.repeat(300)} MATCH ${'b'.repeat(300)}`;
    const e = excerptOf(text, [{ start: 301, end: 306 }]);
    expect(e?.cutStart).toBe(true);
    expect(e?.cutEnd).toBe(true);
    expect(e?.parts.find((p) => p.mark)?.text).toBe('MATCH');
    expect(e?.parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(220);
  });

  it('is null when nothing matched', () => {
    expect(excerptOf('Hej', [])).toBeNull();
  });

  it('keeps markup-looking text as text', () => {
    const e = excerptOf('<img src=x onerror=alert(1)> hot', [{ start: 29, end: 32 }]);
    expect(e?.parts[0]?.text).toBe('<img src=x onerror=alert(1)> ');
  });
});
