import { beforeEach, describe, expect, it, vi } from 'vitest';

const { ask } = vi.hoisted(() => ({
  ask: vi.fn<(method: string, params: { text: string }) => Promise<unknown>>(),
}));
vi.mock('../../../lib/messaging/rpc', () => ({ callBackground: ask }));
const { Verdicts } = await import('../../../lib/guard/content/verdicts');

describe('Verdicts (the content side’s cache of the engine host’s answers)', () => {
  beforeEach(() => ask.mockReset());

  it('asks once per text and remembers clean and held answers', async () => {
    ask.mockImplementation(async (_m, params) => (params?.text.includes('Martin') ? 'held' : 'clean'));
    const verdicts = new Verdicts();
    expect(verdicts.get('hello')).toBeUndefined();
    const [a, b] = await Promise.all([verdicts.check('hello'), verdicts.check('hello')]);
    expect([a, b]).toEqual(['clean', 'clean']);
    expect(await verdicts.check('hi Martin')).toBe('held');
    expect(verdicts.get('hello')).toBe('clean');
    expect(verdicts.get('hi Martin')).toBe('held');
    expect(ask).toHaveBeenCalledTimes(2);
    expect(ask).toHaveBeenCalledWith('content:guard-check', { text: 'hello' });
  });

  it('turns an error or an unexpected answer into failed, and does not remember it', async () => {
    const verdicts = new Verdicts();
    ask.mockRejectedValueOnce(new Error('host gone'));
    expect(await verdicts.check('a')).toBe('failed');
    expect(verdicts.get('a')).toBeUndefined();
    ask.mockResolvedValueOnce({ values: ['Martin'] });
    expect(await verdicts.check('b')).toBe('failed');
    ask.mockResolvedValueOnce('clean');
    expect(await verdicts.check('a')).toBe('clean');
  });

  it('keeps only the newest texts', async () => {
    ask.mockResolvedValue('clean');
    const verdicts = new Verdicts();
    for (let i = 0; i < 40; i++) await verdicts.check(`text ${i}`);
    expect(verdicts.get('text 0')).toBeUndefined();
    expect(verdicts.get('text 39')).toBe('clean');
  });
});
