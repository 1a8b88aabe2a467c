import {
  assertContextSize,
  MAX_CONTEXT_BYTES,
  parseContext,
  parseContextJson,
} from '../../../lib/context/parse';
import { AppError } from '../../../lib/errors';

const VALID = {
  version: 1,
  profile: { name: 'Martin Reynolds', location: 'Charlotte, North Carolina', occupation: 'Realtor' },
  facts: [
    { text: "Volunteers bi-monthly at the local 'Homes for Humanity' charity", tags: ['volunteering'] },
  ],
  samples: [{ title: 'Listing proposal', text: 'Dear Potential Investor, …' }],
};

function reason(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'context-invalid' });
    return (error as AppError).detail ?? '';
  }
  throw new Error('expected the context to be rejected');
}

describe('parseContext', () => {
  it('accepts the export format of DESIGN.md unchanged', () => {
    expect(parseContext(VALID)).toEqual(VALID);
    expect(parseContextJson(JSON.stringify(VALID))).toEqual(VALID);
  });

  it.each<[string, unknown, unknown]>([
    ['only a version', { version: 1 }, { version: 1, profile: {}, facts: [], samples: [] }],
    ['facts as plain strings', { version: 1, facts: ['likes tea'] }, { facts: [{ text: 'likes tea' }] }],
    ['a sample without title', { version: 1, samples: [{ text: 'Hi' }] }, { samples: [{ text: 'Hi' }] }],
  ])('accepts %s', (_label, input, expected) => {
    expect(parseContext(input)).toMatchObject(expected as object);
  });

  it('keeps only known fields', () => {
    const parsed = parseContext({ ...VALID, extra: 'x', facts: [{ text: 'a', secret: 1 }] });
    expect(parsed).not.toHaveProperty('extra');
    expect(parsed.facts[0]).toEqual({ text: 'a' });
  });

  it.each<[string, unknown, RegExp]>([
    ['an array', [], /one JSON object/],
    ['null', null, /one JSON object/],
    ['no version', { profile: {} }, /version/],
    ['version 2', { version: 2 }, /version/],
    ['version as text', { version: '1' }, /version/],
    ['a profile list', { version: 1, profile: ['Martin'] }, /profile/],
    ['a profile number', { version: 1, profile: { age: 42 } }, /profile\.age/],
    ['facts not a list', { version: 1, facts: { text: 'x' } }, /facts/],
    ['a fact without text', { version: 1, facts: [{ tags: [] }] }, /facts\[0\]\.text/],
    ['a fact of a number', { version: 1, facts: [7] }, /facts\[0\]/],
    ['tags not a list', { version: 1, facts: [{ text: 'x', tags: 'a' }] }, /tags/],
    ['a tag not text', { version: 1, facts: [{ text: 'x', tags: [1] }] }, /tags\[0\]/],
    ['samples not a list', { version: 1, samples: 'x' }, /samples/],
    ['a sample of text', { version: 1, samples: ['x'] }, /samples\[0\]/],
    ['a title not text', { version: 1, samples: [{ text: 'x', title: 1 }] }, /samples\[0\]\.title/],
    ['an over-long field', { version: 1, profile: { bio: 'x'.repeat(20_001) } }, /longer than/],
  ])('rejects %s, saying why', (_label, input, why) => {
    expect(reason(() => parseContext(input))).toMatch(why);
  });

  it.each(['', 'not json', '{"version":1,', '{"version": 1} trailing'])(
    'rejects the text %j as not JSON',
    (text) => {
      expect(reason(() => parseContextJson(text))).toMatch(/not valid JSON/);
    },
  );

  it('rejects valid JSON that is not an export', () => {
    expect(reason(() => parseContextJson('"hello"'))).toMatch(/one JSON object/);
  });
});

describe('context size cap', () => {
  it.each([
    [MAX_CONTEXT_BYTES, false],
    [MAX_CONTEXT_BYTES + 1, true],
    [50 * 1024 * 1024, true],
  ])('a file of %d bytes is refused: %s', (bytes, refused) => {
    const check = () => assertContextSize(bytes);
    if (refused) expect(check).toThrow(expect.objectContaining({ code: 'context-too-large' }));
    else expect(check).not.toThrow();
  });

  it('refuses text larger than the cap, saying how large it is and what to do', () => {
    const huge = `{"version":1,"facts":["${'x'.repeat(MAX_CONTEXT_BYTES)}"]}`;
    expect(() => parseContextJson(huge)).toThrow(/5\.0 MB.*limit is 5 MB|limit is 5 MB.*5\.0 MB/);
  });
});
