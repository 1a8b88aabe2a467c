import { SPAWN_MS, v8Says } from './v8-says';

// What V8 must keep optimised in the phone detector: code that a long-lived engine host would otherwise
// throw away in a user's request (phone-answers.ts and phone-windows.ts say which and why). Only V8 can
// tell, so each case runs in a process of its own with V8's test functions (%...) allowed.
describe('the phone detector under V8', () => {
  it(
    'lays EMPTY out as every answer read (an array of objects)',
    () => {
      const out = v8Says([
        "import { EMPTY } from './lib/privacy/phone-answers.ts';",
        'const read = [];',
        'read.push({ start: 1, end: 2 });',
        'process.stdout.write(String(%HaveSameMap(EMPTY, read)));',
      ]);
      expect(out).toBe('true');
    },
    SPAWN_MS,
  );

  it(
    'keeps findPhones optimised when it first keeps a remembered answer that holds a number',
    () => {
      // As in a host: fresh numbers found, and windows read again that hold none (the guard re-reads
      // what redact read); then, optimised, a window read again that holds one.
      const out = v8Says([
        "import { findPhones } from './lib/privacy/phone-windows.ts';",
        'const fresh = (n) => `Call me on 020 7946 ${n} tomorrow, or write.`;',
        "const none = 'balance 574-16847665 due';",
        '%PrepareFunctionForOptimization(findPhones);',
        'for (let n = 1000; n < 1020; n++) {',
        '  findPhones(fresh(n));',
        '  findPhones(none);',
        '}',
        'if (findPhones(none).length !== 0) throw new Error("the window must hold no number");',
        '%OptimizeFunctionOnNextCall(findPhones);',
        'findPhones(fresh(2000));',
        'const optimised = () => (%GetOptimizationStatus(findPhones) & 16) !== 0;',
        'const before = optimised();',
        'const found = findPhones(fresh(1000)).length;',
        'process.stdout.write(JSON.stringify({ before, after: optimised(), found }));',
      ]);
      expect(JSON.parse(out)).toEqual({ before: true, after: true, found: 1 });
    },
    SPAWN_MS,
  );
});
