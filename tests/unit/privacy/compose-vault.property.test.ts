import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySpans, resolveOverlaps } from '../../../lib/privacy/compose';
import { fold } from '../../../lib/privacy/normalize';
import { parsePlaceholder, placeholder as makePlaceholder } from '../../../lib/privacy/placeholder';
import type { PiiKind, Redaction, RedactionResult, Span, Vault } from '../../../lib/privacy/types';

// applySpans as it was before its fast paths (arrays at their final length, reading order from a
// bitmap): a plain object filled key by key, a Map keyed by fold(), the outbound text spliced piece by piece.
function referenceApply(text: string, spans: Span[], vault: Vault = {}): RedactionResult {
  const nextVault: Vault = { ...vault };
  if (spans.length === 0) return { outbound: text, redactions: [], vault: nextVault };
  const byValue = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const [placeholder, original] of Object.entries(nextVault)) {
    byValue.set(fold(original), placeholder);
    const parsed = parsePlaceholder(placeholder);
    if (parsed) counters.set(parsed.kind, Math.max(counters.get(parsed.kind) ?? 0, parsed.n));
  }
  const redactions: Redaction[] = [];
  let outbound = '';
  let at = 0;
  for (const span of resolveOverlaps(spans)) {
    const original = text.slice(span.start, span.end);
    const key = fold(original);
    let placeholder = byValue.get(key);
    if (placeholder === undefined) {
      const n = (counters.get(span.kind) ?? 0) + 1;
      counters.set(span.kind, n);
      placeholder = makePlaceholder(span.kind, n);
      byValue.set(key, placeholder);
      nextVault[placeholder] = original;
    }
    redactions.push({
      placeholder,
      kind: span.kind,
      source: span.source,
      start: span.start,
      end: span.end,
      original,
    });
    outbound += text.slice(at, span.start) + placeholder;
    at = span.end;
  }
  return { outbound: outbound + text.slice(at), redactions, vault: nextVault };
}

// Values whose folds meet across case and accents, so some repeat and take an earlier placeholder.
const VALUES = ['Ana', 'ana', 'ANA', 'Ána', 'Bo', 'bo', 'Cy', 'Dee', 'Eli', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jo'];
// More values with folds of their own, so that vaults grow past a few dozen keys.
const MORE = ['Kai', 'Lu', 'Mo', 'Ned', 'Oz', 'Pia', 'Quin', 'Rex', 'Sol', 'Tam', 'Uma', 'Vic', 'Wes', 'Yul'];
const KINDS: PiiKind[] = ['PERSON', 'ORG', 'ID'];

// A text of values and gaps, a span over each value: from none to a few dozen, with and without a vault
// given.
const job = fc
  .array(
    fc.tuple(fc.constantFrom(...VALUES, ...MORE), fc.constantFrom(' ', ', '), fc.constantFrom(...KINDS)),
    {
      maxLength: 60,
      size: 'max',
    },
  )
  .map((parts) => {
    let text = '';
    const spans: Span[] = [];
    for (const [value, gap, kind] of parts) {
      spans.push({ start: text.length, end: text.length + value.length, kind, source: 'test', priority: 1 });
      text += value + gap;
    }
    return { text, spans };
  });
const vault = fc
  .array(
    fc.tuple(fc.constantFrom(...KINDS), fc.integer({ min: 1, max: 30 }), fc.constantFrom(...VALUES, ...MORE)),
    {
      maxLength: 24,
      size: 'max',
    },
  )
  .map(
    (entries) => Object.fromEntries(entries.map(([kind, n, v]) => [makePlaceholder(kind, n), v])) as Vault,
  );

describe('applySpans against the plain version', () => {
  it('gives what filling a plain object gave: text, redactions, the vault and its key order', () => {
    fc.assert(
      fc.property(job, fc.option(vault, { nil: undefined }), ({ text, spans }, given) => {
        const before = given ? JSON.stringify(given) : undefined;
        const got = applySpans(text, spans, given);
        const want = referenceApply(text, spans, given);
        expect(got.outbound).toBe(want.outbound);
        expect(got.redactions).toEqual(want.redactions);
        expect(Object.entries(got.vault)).toEqual(Object.entries(want.vault));
        expect(JSON.stringify(got.vault)).toBe(JSON.stringify(want.vault));
        expect(Reflect.ownKeys(got.vault)).toEqual(Reflect.ownKeys(want.vault));
        // A hash table from the start (growableVault): no prototype, so no inherited key either.
        expect(Object.getPrototypeOf(got.vault)).toBe(null);
        expect(structuredClone(got.vault)).toStrictEqual(want.vault);
        // The caller's vault is left as it was.
        if (given) expect(JSON.stringify(given)).toBe(before);
      }),
      { numRuns: 400 },
    );
  });
});

describe('applySpans beside placeholders the text holds', () => {
  const span = (text: string, value: string, kind: PiiKind): Span => {
    const start = text.indexOf(value);
    return { start, end: start + value.length, kind, source: 's', priority: 1 };
  };

  it('numbers its own after typed ones, in any case, and leaves the typed ones as they are', () => {
    const text = 'Tell [PERSON_1] and [person_3] that Tamsin called from [ORG_2], not Quillon [ID_999999]';
    const result = applySpans(text, [span(text, 'Tamsin', 'PERSON'), span(text, 'Quillon', 'ORG')]);
    expect(result.outbound).toBe(
      'Tell [PERSON_1] and [person_3] that [PERSON_4] called from [ORG_2], not [ORG_3] [ID_999999]',
    );
    expect(result.vault).toEqual({ '[PERSON_4]': 'Tamsin', '[ORG_3]': 'Quillon' });
  });

  it('never issues a placeholder the text already holds', () => {
    const kinds: PiiKind[] = ['PERSON', 'ORG', 'ID'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...kinds), fc.integer({ min: 0, max: 9 })), { maxLength: 6 }),
        fc.array(fc.constantFrom(...kinds), { minLength: 1, maxLength: 4 }),
        (typed, issued) => {
          const values = issued.map((_, i) => `value${i}`);
          const text = [...typed.map(([kind, n]) => `[${kind}_${n}]`), ...values].join(' ');
          const spans = values.map((value, i) => span(text, value, issued[i] as PiiKind));
          const { vault } = applySpans(text, spans);
          for (const key of Object.keys(vault)) expect(text).not.toContain(key);
        },
      ),
      { numRuns: 300, seed: 20261130 },
    );
  });
});
