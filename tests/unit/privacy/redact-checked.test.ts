import {
  EMPTY_POLICY,
  guardPayload,
  preparePrivacy,
  redact,
  redactChecked,
  restore,
} from '../../../lib/privacy';
import { createRng } from '../../../lib/fusion/rng';
import { inText } from '../../../lib/privacy/redact-checked';
import type { PreparedContext, Redaction, Span } from '../../../lib/privacy/types';
import { contextOf } from './helpers';

const prepared = preparePrivacy(
  contextOf({ name: 'Tamsin Okonkwo', phone: '+44 7700 900123', email: 'tamsin@quillon.org' }, [
    'My brother Idris Okonkwo lives in Harrowgate since 2011',
  ]),
);

const digits = (random: () => number, n: number) =>
  Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

/** Numbers packed on one line, as pasted from a report: the shapes whose tiling a placeholder moves. */
const PACKED: Record<string, (random: () => number) => string> = {
  spaced: (r) => `${digits(r, 1)} `,
  dates: (r) => `2026-${digits(r, 2)}-${digits(r, 2)} `,
  addresses: (r) => `${digits(r, 3)}.${digits(r, 3)}.${digits(r, 3)}.${digits(r, 3)} `,
  fours: (r) => `${digits(r, 4)} `,
  chained: (r) => `${digits(r, 1 + Math.floor(r() * 4))}-`,
};

function packedLine(kind: string, length: number, seed: number): string {
  const random = createRng(seed);
  const piece = PACKED[kind] as (random: () => number) => string;
  let text = '';
  while (text.length < length) text += piece(random);
  return text.trimEnd();
}

/** Offsets of `text` that `redactions` withhold. */
function withheld(redactions: readonly Redaction[]): Set<number> {
  const at = new Set<number>();
  for (const r of redactions) for (let i = r.start; i < r.end; i++) at.add(i);
  return at;
}

function expectSound(text: string, checked: ReturnType<typeof redactChecked>, context: PreparedContext) {
  // The verdict it carries is the guard's on its outbound text, with its vault's placeholders skipped.
  expect(checked.guard).toEqual(
    guardPayload(checked.outbound, context, EMPTY_POLICY, undefined, checked.vault),
  );
  // Its outbound text is the text with each value replaced, and nothing else changed.
  expect(restore(checked.outbound, checked.vault)).toBe(text);
  let rebuilt = '';
  let at = 0;
  for (const r of checked.redactions) {
    expect(r.start).toBeGreaterThanOrEqual(at);
    expect(text.slice(r.start, r.end)).toBe(r.original);
    rebuilt += text.slice(at, r.start) + r.placeholder;
    at = r.end;
  }
  expect(rebuilt + text.slice(at)).toBe(checked.outbound);
}

describe('redactChecked', () => {
  it('withholds what the guard finds once a placeholder stands between a label and a number', () => {
    const text = 'the account Tamsin 10030 is open';
    const once = redact(text, prepared, EMPTY_POLICY);
    expect(once.outbound).toBe('the account [PERSON_1] 10030 is open');
    expect(guardPayload(once.outbound, prepared, EMPTY_POLICY, undefined, once.vault).ok).toBe(false);
    const checked = redactChecked(text, prepared, EMPTY_POLICY);
    expect(checked.outbound).toBe('the account [PERSON_1] [ID_1] is open');
    expect(checked.guard).toEqual({ ok: true });
    expect(checked.redactions.map((r) => [r.original, r.source])).toEqual([
      ['Tamsin', 'profile: name'],
      ['10030', 'pattern: labelled identifier'],
    ]);
    expectSound(text, checked, prepared);
  });

  it('is redact where the guard finds nothing in what redact made', () => {
    for (const text of [
      'Write to Idris Okonkwo about Harrowgate, or call +44 7700 900123 before 2011 ends',
      'mail tamsin@quillon.org the invoice 2026-0042 for the ORG chart',
      'Nothing private here at all.',
      '',
    ]) {
      const once = redact(text, prepared, EMPTY_POLICY);
      const checked = redactChecked(text, prepared, EMPTY_POLICY);
      expect(checked.guard).toEqual({ ok: true });
      expect({ outbound: checked.outbound, redactions: checked.redactions, vault: checked.vault }).toEqual(
        once,
      );
    }
  });

  it('keeps the numbering of a vault it is given, and withholds all redact withheld', () => {
    const vault = { '[PERSON_1]': 'Tamsin', '[ID_1]': '99881' };
    const checked = redactChecked('account Idris 10030, then Tamsin', prepared, EMPTY_POLICY, vault);
    expect(checked.outbound).toBe('account [PERSON_2] [ID_2], then [PERSON_1]');
    expect(checked.vault).toMatchObject(vault);
  });

  it('leaves nothing the guard finds in packed lines', () => {
    let blockedOnce = 0;
    for (const kind of Object.keys(PACKED))
      for (let seed = 1; seed <= 12; seed++) {
        const text = packedLine(kind, 200 + 70 * seed, seed);
        const once = redact(text, prepared, EMPTY_POLICY);
        if (!guardPayload(once.outbound, prepared, EMPTY_POLICY, undefined, once.vault).ok) blockedOnce++;
        const checked = redactChecked(text, prepared, EMPTY_POLICY);
        expect(checked.guard, text).toEqual({ ok: true });
        expectSound(text, checked, prepared);
        // Rounds only add: every character redact withheld is still withheld.
        const kept = withheld(checked.redactions);
        for (const i of withheld(once.redactions)) expect(kept.has(i), text).toBe(true);
      }
    // Some of these lines are what the rounds are for: redact alone left the guard a find.
    expect(blockedOnce).toBeGreaterThan(3);
  });

  it.each(['spaced', 'dates', 'fours'])('passes a long packed line after its rounds: %s', (kind) => {
    const text = packedLine(kind, 40_000, 7);
    const checked = redactChecked(text, prepared, EMPTY_POLICY);
    expectSound(text, checked, prepared);
    expect(checked.guard).toEqual({ ok: true });
  });
});

describe('inText', () => {
  // "ab [X_1] cd [Y_1] ef" made of "ab VALUE1 cd V2 ef".
  const redactions: Redaction[] = [
    { placeholder: '[X_1]', kind: 'ID', source: 's', start: 3, end: 9, original: 'VALUE1' },
    { placeholder: '[Y_1]', kind: 'ID', source: 's', start: 13, end: 15, original: 'V2' },
  ];
  const span = (start: number, end: number): Span => ({ start, end, kind: 'ID', source: 'g', priority: 1 });
  it.each([
    [0, 2, 0, 2],
    [9, 11, 10, 12],
    [18, 20, 16, 18],
    [8, 9, 9, 10],
    [9, 12, 10, 13],
    [1, 4, 1, 9],
    [4, 10, 3, 11],
    [7, 14, 3, 15],
    [12, 17, 13, 15],
  ])('outbound [%i, %i) is text [%i, %i)', (start, end, textStart, textEnd) => {
    expect(inText([span(start, end)], redactions)).toEqual([span(textStart, textEnd)]);
  });
});
