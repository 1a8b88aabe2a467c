import { SPAWN_MS, v8Says } from './v8-says';

// alignedTokens finds the changed stretches one of two ways: at places the code that made one text
// of the other noted (the review's common case), or by comparing the texts, in blocks where they are
// long enough. In one function, the first long text compared after optimisation (short ones had been
// compared before) threw its code away, in every run of bench:privacy's timed sets: a deopt for type
// feedback the block comparison had never had (token-align.ts says why the ways are apart now). Only
// V8 can tell, so this runs in a process of its own with V8's test functions (%...) allowed.
describe('alignedTokens under V8', () => {
  it(
    'stays optimised when it first compares two texts long enough to compare in blocks',
    () => {
      const out = v8Says([
        "import { alignedTokens } from './lib/privacy/token-align.ts';",
        "import { noteDifferences } from './lib/privacy/known-differences.ts';",
        "import { tokenColumns } from './lib/privacy/tokenize.ts';",
        "const line = 'Dear Aisling, the invoice for March is attached. ';",
        'const changed = (text, at) => text.slice(0, at) + "Z" + text.slice(at + 1);',
        // A long text with noted differences, and a short one compared, as a host meets them.
        'const base = line.repeat(40);',
        'const tokens = tokenColumns(base);',
        'const short = line.repeat(2);',
        'const shortTokens = tokenColumns(short);',
        '%PrepareFunctionForOptimization(alignedTokens);',
        'for (let n = 0; n < 5; n++) {',
        '  const text = changed(base, 5 + n);',
        '  noteDifferences(text, base, [5 + n]);',
        '  alignedTokens(text, base, tokens);',
        '  alignedTokens(changed(short, 5 + n), short, shortTokens);',
        '}',
        '%OptimizeFunctionOnNextCall(alignedTokens);',
        'const noted = changed(base, 900);',
        'noteDifferences(noted, base, [900]);',
        'alignedTokens(noted, base, tokens);',
        'const optimised = () => (%GetOptimizationStatus(alignedTokens) & 16) !== 0;',
        'const before = optimised();',
        // Long, and not noted: compared in blocks, for the first time.
        'const compared = alignedTokens(changed(base, 1500), base, tokens);',
        'const words = compared ? compared.count : -1;',
        'process.stdout.write(JSON.stringify({ before, after: optimised(), same: words === tokens.count }));',
      ]);
      expect(JSON.parse(out)).toEqual({ before: true, after: true, same: true });
    },
    SPAWN_MS,
  );
});
