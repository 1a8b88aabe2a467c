import { applySpans } from './compose';
import { detectSpans } from './detect';
import { scanTextOf } from './evasion';
import { isOneToOne } from './scan-offsets';
import { forgetRedacted, noteRedacted } from './redaction-note';
import type { PreparedContext, PrivacyPolicy, RedactionResult, Span, Vault } from './types';

/**
 * The privacy stage: every detector, released values dropped, overlaps resolved (longest, then most
 * specific), placeholders applied right to left. Pass the job's `vault` to keep numbering stable (and
 * to skip only the placeholders it issued).
 */
export function redact(
  text: string,
  prepared: PreparedContext,
  policy: PrivacyPolicy,
  vault?: Vault,
): RedactionResult {
  return redactSpans(text, detectSpans(text, prepared, policy, undefined, vault), vault);
}

/** `text` with `spans` replaced (applySpans), noted for the checks that read its outbound text next. */
export function redactSpans(text: string, spans: Span[], vault?: Vault): RedactionResult {
  const result = applySpans(text, spans, vault);
  // The guard checks the outbound text next: its words are mostly the ones just read (redaction-note.ts),
  // those of the scan text, which has the text's offsets where each character was read as one (a
  // no-break space as a space, a look-alike as its Latin letter).
  const scan = scanTextOf(text);
  if (scan.identity || isOneToOne(scan.starts))
    noteRedacted(scan.text, result.redactions, result.outbound, scan.changes);
  else forgetRedacted();
  return result;
}
