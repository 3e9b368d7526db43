import { describe, expect, it } from 'vitest';
import { clipText, isolate, toWellFormedFallback, wellFormed, wellFormedDeep } from '../../lib/util/unicode';

describe('well-formed strings', () => {
  it.each([
    ['a lone high surrogate', 'a\uD83D', 'a\uFFFD'],
    ['a lone low surrogate', '\uDE00b', '\uFFFDb'],
    ['a reversed pair', '\uDE00\uD83D', '\uFFFD\uFFFD'],
    ['a whole pair', 'a😀', 'a😀'],
    ['plain text', 'Hej då', 'Hej då'],
  ])('replaces %s like toWellFormed, natively and in the fallback', (_, input, expected) => {
    expect(wellFormed(input)).toBe(expected);
    expect(toWellFormedFallback(input)).toBe(expected);
    expect(toWellFormedFallback(input)).toBe(input.toWellFormed());
  });

  it('cleans every string of a record, keys too, and leaves other values alone', () => {
    const value = { a: ['x\uD83D', 1, null, true], b: { 'k\uDE00': 'ok' }, c: undefined };
    expect(wellFormedDeep(value)).toEqual({ a: ['x\uFFFD', 1, null, true], b: { 'k\uFFFD': 'ok' }, c: undefined });
    expect(value.a[0]).toBe('x\uD83D');
  });
});

describe('clipText', () => {
  it('leaves text within the limit as it is', () => {
    expect(clipText('abc', 3)).toBe('abc');
    expect(clipText('', 0)).toBe('');
    expect(clipText('abc', 0)).toBe('');
  });
});

describe('isolate', () => {
  it('wraps a page string in FSI … PDI', () => {
    expect(isolate('\u202EEve')).toBe('\u2068\u202EEve\u2069');
  });
});
