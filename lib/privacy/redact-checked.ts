import { detectSpans } from './detect';
import { GUARD_DETECTORS, guardSpans, verdictOf } from './guard';
import { redactSpans } from './redact';
import type {
  GuardResult,
  PreparedContext,
  PrivacyPolicy,
  Redaction,
  RedactionResult,
  Span,
  Vault,
} from './types';

/** A redaction and the guard's verdict on its outbound text, with its vault's placeholders skipped. */
export interface CheckedRedaction extends RedactionResult {
  guard: GuardResult;
}

/**
 * Rounds of redaction the guard may ask for after the first. Lines of packed numbers of 5,000 to
 * 40,000 characters (bench:privacy-shapes') need at most three: a long run is read in stretches
 * between gaps (phone-window-scan.ts), so a placeholder moves the pieces of its own stretch only.
 * A text still blocked after four is shown blocked, with what remains.
 */
const EXTRA_ROUNDS = 4;

/**
 * The privacy stage as the panel shows it and the cloud receives it: redact, then the guard over the
 * outbound text; what the guard still finds there is redacted too, and the guard runs again, until
 * it finds nothing (or after EXTRA_ROUNDS). A placeholder changes what a pattern
 * reads around it. A long run of digits is read in pieces (phone-window-scan.ts) whose candidates
 * hold at most 21 groups, so a placeholder in the run, shorter or longer than its value, moves where
 * the later candidates start, and the library finds a number ("4.225.945.907" of "404.225.945.907")
 * that it did not find in the text; withheld, it moves them again. The labelled-identifier pattern
 * reads "account 10030" once the name between them is a placeholder. Such a find is text the user's
 * text holds as it is, so it is withheld like any other find, and the panel lists it. The guard's
 * last verdict travels with the result: the panel shows it as the check of this outbound text
 * (check-outbound.ts), and Send's egress guards the exact body again.
 */
export function redactChecked(
  text: string,
  prepared: PreparedContext,
  policy: PrivacyPolicy,
  vault?: Vault,
): CheckedRedaction {
  const spans = detectSpans(text, prepared, policy, undefined, vault);
  let result = redactSpans(text, spans, vault);
  for (let round = 0; ; round++) {
    const left = guardSpans(result.outbound, prepared, policy, GUARD_DETECTORS, result.vault);
    if (left === undefined || left.length === 0 || round === EXTRA_ROUNDS)
      return { ...result, guard: verdictOf(result.outbound, left) };
    spans.push(...inText(left, result.redactions));
    const before = result.outbound;
    result = redactSpans(text, spans, vault);
    // Nothing more withheld (a find the overlaps rule drops): the guard would say the same again.
    if (result.outbound === before) return { ...result, guard: verdictOf(before, left) };
  }
}

/**
 * Spans of the outbound text as spans of the text it was made from: an end inside a placeholder
 * moves out to its value's end, so the value is withheld with what the guard found next to it.
 */
export function inText(spans: readonly Span[], redactions: readonly Redaction[]): Span[] {
  // Where each placeholder starts in the outbound text: its value's start less what the values
  // before it lost to theirs. In reading order, so a position's placeholder is found by bisection.
  const outStarts = new Array<number>(redactions.length);
  let shift = 0;
  for (let k = 0; k < redactions.length; k++) {
    const r = redactions[k] as Redaction;
    outStarts[k] = r.start - shift;
    shift += r.end - r.start - r.placeholder.length;
  }
  const offset = (at: number, side: 'start' | 'end'): number => {
    // The last placeholder starting before `at` (at or before it, for a start).
    let low = 0;
    let high = outStarts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const s = outStarts[mid] as number;
      if (side === 'start' ? s <= at : s < at) low = mid + 1;
      else high = mid;
    }
    if (low === 0) return at;
    const r = redactions[low - 1] as Redaction;
    const outEnd = (outStarts[low - 1] as number) + r.placeholder.length;
    if (side === 'start' ? at < outEnd : at <= outEnd) return side === 'start' ? r.start : r.end;
    return at + r.end - outEnd;
  };
  return spans.map((span) => ({ ...span, start: offset(span.start, 'start'), end: offset(span.end, 'end') }));
}
