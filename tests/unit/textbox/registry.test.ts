import { STRATEGIES } from '../../../lib/textbox/strategies';
import type { FieldStrategy } from '../../../lib/textbox/types';

/** Every module of lib/textbox, as loaded by the bundler (so a new file cannot hide from this test). */
const modules = import.meta.glob<Record<string, unknown>>('../../../lib/textbox/*.ts', { eager: true });

/** Shared machinery, not editors: these files export no strategy. */
const HELPERS = ['types', 'strategies', 'rich-editor', 'dom-text', 'dom-input', 'writes'];

function isStrategy(value: unknown): value is FieldStrategy {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'matches' in value &&
    'read' in value &&
    'insert' in value
  );
}

const files = Object.entries(modules).map(([path, exports]) => ({
  name: path.replace(/^.*\/(.+)\.ts$/, '$1'),
  strategies: Object.values(exports).filter(isStrategy),
}));

describe('the strategy registry (lib/textbox/strategies.ts)', () => {
  it.each(files.filter((file) => !HELPERS.includes(file.name)))(
    '$name exports a strategy, and every one it exports is registered',
    ({ strategies }) => {
      expect(strategies.length).toBeGreaterThan(0);
      for (const strategy of strategies) expect(STRATEGIES).toContain(strategy);
    },
  );

  it('helper files export no strategy (or they would need registering)', () => {
    for (const file of files.filter((f) => HELPERS.includes(f.name))) expect(file.strategies).toEqual([]);
  });

  it('registers each strategy once, with a unique id', () => {
    const ids = STRATEGIES.map((strategy) => strategy.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(STRATEGIES).size).toBe(STRATEGIES.length);
  });

  it('tries the generic contenteditable strategy last, after every specific editor', () => {
    expect(STRATEGIES.at(-1)?.id).toBe('contenteditable');
  });
});
