import {
  MAX_TEXT,
  optionalCount,
  requireObject,
  requireString,
  requireToken,
} from '../../../lib/messaging/validate';

/** Content scripts are no more trusted than the page: each field they send is checked here. */
describe('checks on fields from content scripts', () => {
  it('a string within its limit passes; anything else, or a longer one, is refused', () => {
    expect(requireString('hello', 'instruction')).toBe('hello');
    expect(requireString('x'.repeat(MAX_TEXT), 'instruction')).toHaveLength(MAX_TEXT);
    for (const bad of [undefined, null, 7, {}, ['a'], 'x'.repeat(MAX_TEXT + 1)])
      expect(() => requireString(bad, 'instruction')).toThrow(expect.objectContaining({ code: 'internal' }));
    expect(() => requireString('abcdef', 'id', 5)).toThrow(expect.objectContaining({ code: 'internal' }));
  });

  it('a count is a non-negative safe integer, 0 when absent', () => {
    expect(optionalCount(undefined)).toBe(0);
    expect(optionalCount(0)).toBe(0);
    expect(optionalCount(12)).toBe(12);
    for (const bad of [-1, 1.5, Number.NaN, Infinity, 2 ** 60, '3', null])
      expect(() => optionalCount(bad)).toThrow(expect.objectContaining({ code: 'internal' }));
  });

  it('a token is 16 to 64 URL-safe characters; another shape is an expired session, not a crash', () => {
    expect(requireToken('A'.repeat(16))).toBe('A'.repeat(16));
    expect(requireToken('a-b_C9'.repeat(10))).toHaveLength(60);
    for (const bad of ['short', 'A'.repeat(15), `${'A'.repeat(20)}!`, `${'A'.repeat(20)} `])
      expect(() => requireToken(bad)).toThrow(expect.objectContaining({ code: 'session-expired' }));
    for (const bad of [undefined, 42, 'A'.repeat(65)])
      expect(() => requireToken(bad)).toThrow(expect.objectContaining({ code: 'internal' }));
  });

  it('params must be an object', () => {
    expect(requireObject({ a: 1 })).toEqual({ a: 1 });
    for (const bad of [null, undefined, 'x', 3])
      expect(() => requireObject(bad)).toThrow(expect.objectContaining({ code: 'internal' }));
  });
});
