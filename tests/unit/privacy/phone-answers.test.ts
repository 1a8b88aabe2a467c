import { execFileSync } from 'node:child_process';
import { answersOf } from '../../../lib/privacy/phone-answers';
import { MASK_COUNTRIES } from '../../../lib/privacy/phone-plans';

// answersOf writes a new entry as a literal (phone-answers.ts says why): it must hold one unknown
// answer per default country.
describe('answersOf', () => {
  it('gives a window not seen before one unknown answer per country', () => {
    const answers = answersOf(`a window no test has read ${Math.random()}`);
    expect(answers).toEqual(MASK_COUNTRIES.map(() => undefined));
    expect(answers).toHaveLength(MASK_COUNTRIES.length);
  });
});

// EMPTY must be laid out as every answer findPhones reads (an array of objects), or the first request
// meeting both throws findPhones' optimised code away (phone-answers.ts). Only V8 can tell.
describe('EMPTY', () => {
  it('has the elements kind of a read answer', () => {
    const script = [
      "import { EMPTY } from './lib/privacy/phone-answers.ts';",
      'const read = [];',
      'read.push({ start: 1, end: 2 });',
      'process.stdout.write(String(%HaveSameMap(EMPTY, read)));',
    ].join('\n');
    const out = execFileSync(
      process.execPath,
      ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script],
      { encoding: 'utf8' },
    );
    expect(out).toBe('true');
    // A process of its own, with tsx loading: seconds on a loaded machine.
  }, 60_000);
});
