// Page text cut to the model's limits must stay well-formed: half an emoji is a lone surrogate, which
// RFC 8785 / I-JSON forbid, so a strict registry would refuse the record or hash it differently.
import { describe, expect, it } from 'vitest';
import { clip } from '../../lib/sites/core/text';

const wellFormed = (s: string) => s.isWellFormed();

describe('clip', () => {
  it('never splits a surrogate pair', () => {
    // 'a' + 😀 is three UTF-16 units; a cut at 2 lands between the emoji's halves.
    const clipped = clip('a😀b', 2);
    expect(wellFormed(clipped)).toBe(true);
    expect(clipped).toBe('a');
  });

  it.each([
    ['an emoji ZWJ family', 'Hej 👨‍👩‍👧 då', 6, 'Hej '],
    ['a flag', 'Sverige 🇸🇪!', 10, 'Sverige '],
    ['a letter with a combining accent', 'Cafe\u0301 öppet', 4, 'Caf'],
    ['a skin-tone emoji', 'ok 👍🏽 tack', 5, 'ok '],
  ])('keeps %s whole', (_, text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
  });

  it('cuts exactly at the limit when that is a boundary, and leaves short text alone', () => {
    expect(clip('abcdef', 3)).toBe('abc');
    expect(clip('a😀', 3)).toBe('a😀');
    expect(clip('😀😀', 2)).toBe('😀');
  });

  it('keeps code points whole inside one enormous grapheme instead of cutting it all away', () => {
    const zalgo = `x${'\u0301'.repeat(500)}😀`;
    const clipped = clip(zalgo, 300);
    expect(clipped).toHaveLength(300);
    expect(wellFormed(clipped)).toBe(true);
    // A grapheme longer than the whole limit: something is kept, cut on a code point (after the joiner).
    expect(clip('👨‍👩‍👧‍👦', 3)).toBe('👨\u200D');
  });

  it('is cheap on long text: only the end is segmented', () => {
    const long = '😀'.repeat(200_000);
    const started = performance.now();
    const clipped = clip(long, 100_001);
    expect(clipped).toHaveLength(100_000);
    expect(wellFormed(clipped)).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
