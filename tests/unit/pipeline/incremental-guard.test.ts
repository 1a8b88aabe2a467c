import fc from 'fast-check';
import { AppError } from '../../../lib/errors';
import { incrementalGuard } from '../../../lib/pipeline/incremental-guard';
import { guardText } from '../../../lib/pipeline/outbound';
import { logitCloudPrompt } from '../../../lib/pipeline/prompts';
import { preparePrivacy } from '../../../lib/privacy';
import type { PrivacyPolicy, Vault } from '../../../lib/privacy/types';
import { MARTIN } from './fakes';

// The lengths of the texts the guard was asked to check, to see how much each round scans.
const guarded = vi.hoisted(() => [] as number[]);
vi.mock('../../../lib/privacy', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../lib/privacy')>();
  return {
    ...actual,
    guardPayload: (...args: Parameters<typeof actual.guardPayload>) => {
      guarded.push(args[0].length);
      return actual.guardPayload(...args);
    },
  };
});

// What a logit draft's view is made of: prose, placeholders, sentence ends, abbreviations, numbers
// that are not private; now and then a private value (known, or with a shape) the guard must stop.
const CLEAN = [
  'thank you for',
  'the meeting',
  'I will send',
  'it on Monday',
  '[PERSON_1]',
  'the shipment',
  'Dr. Okonkwo',
  'in.',
  'Mr.',
  '1.5',
  '3 of them',
  'we sold 1,250 units',
];
const PRIVATE = [
  'Martin Reynolds',
  'Acme Logistics',
  '+1 704 555 0134',
  '4111 1111 1111 1111',
  'jane.doe@example.org',
  '12 Elm Street, Charlotte',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '! ', '.\n\n', '\n\n', ': ', '? '];

const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...CLEAN), weight: 25 },
  { arbitrary: fc.constantFrom(...PRIVATE), weight: 1 },
);
const draft = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 80 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
/** Rounds of 1–40 characters, so values straddle them. */
const rounds = draft.chain((text) =>
  fc
    .array(fc.integer({ min: 1, max: 40 }), { minLength: text.length, maxLength: text.length })
    .map((sizes) => {
      const ends: number[] = [];
      for (let at = 0, i = 0; at < text.length; i++)
        ends.push((at = Math.min(text.length, at + (sizes[i] ?? 1))));
      return { text, ends };
    }),
);

const blocks = (guard: (text: string) => void, text: string): boolean => {
  try {
    guard(text);
    return false;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return true;
  }
};

describe('incrementalGuard', () => {
  const prepared = preparePrivacy(MARTIN);
  const policy: PrivacyPolicy = { released: [], extra: [] };
  const prompt = logitCloudPrompt('Thank [PERSON_1] for the update.');

  it('blocks exactly where guarding the whole prompt blocks, round after round', () => {
    let tailOnly = 0;
    fc.assert(
      fc.property(rounds, ({ text, ends }) => {
        const issued: Vault = { '[PERSON_1]': 'Martin Reynolds' };
        const incremental = incrementalGuard(prepared, policy, issued);
        const whole = guardText(prepared, policy, issued);
        guarded.length = 0;
        for (const end of ends) {
          const body = prompt + text.slice(0, end);
          const blocked = blocks(whole, body);
          expect(blocks(incremental, body)).toBe(blocked);
          // The model name goes through the same guard between rounds.
          expect(blocks(incremental, 'big-model')).toBe(false);
          if (blocked) break; // the job stops at a blocked round
        }
        if (guarded.some((n) => n > 'big-model'.length && n < prompt.length)) tailOnly++;
      }),
      { numRuns: 200, seed: 14 },
    );
    // Most drafts reached rounds where only a tail was guarded: the property tested that path.
    expect(tailOnly).toBeGreaterThan(100);
  }, 120_000);

  it('guards a bounded tail per round once sentences settle, and still blocks', () => {
    const guard = incrementalGuard(prepared, policy, {});
    const sentence = 'Thank you for the update on the shipment we discussed on the phone last week. ';
    let text = prompt;
    for (let i = 0; i < 60; i++) {
      text += sentence;
      guarded.length = 0;
      guard(text);
    }
    // Two sentences of context plus the words still settling, whatever the draft's length.
    expect(text.length).toBeGreaterThan(4000);
    expect(Math.max(...guarded)).toBeLessThan(300);
    expect(() => guard(`${text}Martin Reynolds`)).toThrow(AppError);
    expect(() => guard(`${text}call +1 704 555 0134`)).toThrow(AppError);
  });

  it('guards the whole text when it is not a continuation or the vault changed', () => {
    const issued: Vault = {};
    const guard = incrementalGuard(prepared, policy, issued);
    const clean = `${prompt}${'We met. It went well. Thanks again to everyone who came along today. '.repeat(5)}`;
    guard(clean);
    expect(() => guard(`${prompt}Martin Reynolds wrote`)).toThrow(AppError);
    guard(clean);
    issued['[PERSON_2]'] = 'Acme Logistics';
    expect(() => guard(`${clean.replace('We met.', 'Acme Logistics met.')}`)).toThrow(AppError);
  });

  it("passes a round's other short strings again without a scan, only while the vault is the same", () => {
    const issued: Vault = {};
    const guard = incrementalGuard(prepared, policy, issued);
    const body = `${prompt}We met. It went well.`;
    guard(body);
    guarded.length = 0;
    guard('big-model');
    guard('big-model');
    expect(guarded).toEqual(['big-model'.length]);
    // What blocked is never remembered: it blocks every time.
    expect(() => guard('Martin Reynolds')).toThrow(AppError);
    expect(() => guard('Martin Reynolds')).toThrow(AppError);
    issued['[PERSON_1]'] = 'Martin Reynolds';
    guard(body);
    guarded.length = 0;
    guard('big-model');
    expect(guarded).toEqual(['big-model'.length]);
  });
});
