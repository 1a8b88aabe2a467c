import { DETECTORS } from './detectors';
import { originalRange, scanFormOf, scanTextOf } from './evasion';
import { keepFindings, keepFindingsFor, keptFindingsOf } from './kept-findings';
import { normTokens, tokensOf } from './normalize';
import { lastBlankedCount, maskPlaceholders, type Issued } from './mask-placeholders';
import { keyHash, looseHash, rangeCover } from './release-filter';
import { isOneToOne } from './scan-offsets';
import { noteMasked } from './redaction-note';
import {
  detectorPriority,
  type Detector,
  type PreparedContext,
  type Finding,
  type PrivacyPolicy,
  type Span,
} from './types';

/** How released values are compared: word by word, ignoring case, diacritics and punctuation. */
export const releaseKey = (value: string): string => normTokens(scanFormOf(value)).join(' ');

/** Where released values occur in the text (word by word), so their parts are released with them. */
function releasedRanges(text: string, released: readonly string[]): [number, number][] {
  if (released.length === 0) return [];
  const { count, starts, ends, norms } = tokensOf(text);
  const ranges: [number, number][] = [];
  for (const value of released) {
    const words = normTokens(scanFormOf(value));
    if (words.length === 0) continue;
    const first = words[0];
    for (let i = 0; i + words.length <= count; i++) {
      // The first word decides for almost every token: no per-token closure before it matches.
      if (norms[i] !== first) continue;
      if (words.every((word, j) => norms[i + j] === word)) {
        ranges.push([starts[i] ?? 0, ends[i + words.length - 1] ?? 0]);
      }
    }
  }
  return ranges;
}

// A policy's values in scan form, kept per policy (and the same arrays when nothing changes) so that
// detectors that index a selection once per array keep doing so.
const scanPolicies = new WeakMap<PrivacyPolicy, PrivacyPolicy>();
function scanPolicyOf(policy: PrivacyPolicy): PrivacyPolicy {
  let scanned = scanPolicies.get(policy);
  if (!scanned) {
    const same = (values: readonly string[]) => values.every((v) => scanFormOf(v) === v);
    scanned = {
      released: same(policy.released) ? policy.released : policy.released.map(scanFormOf),
      extra: same(policy.extra) ? policy.extra : policy.extra.map(scanFormOf),
    };
    scanPolicies.set(policy, scanned);
  }
  return scanned;
}

/** A policy's released keys and their loose hashes (release-filter.ts), built once per policy. */
interface ReleasedKeys {
  keys: Set<string>;
  hashes: Set<number>;
}
const releasedKeys = new WeakMap<readonly string[], ReleasedKeys>();
function releasedKeysOf(released: readonly string[]): ReleasedKeys {
  let found = releasedKeys.get(released);
  if (!found) {
    const keys = new Set(released.map(releaseKey));
    found = { keys, hashes: new Set([...keys].map(keyHash)) };
    releasedKeys.set(released, found);
  }
  return found;
}

/**
 * Whether a span of `scanned` is released (by value, or inside a released value's occurrence), or
 * undefined when nothing can be: a policy that releases nothing (most jobs) costs no set, no ranges
 * and no closure per call.
 */
function releaseTest(scanned: string, scanPolicy: PrivacyPolicy): ((span: Finding) => boolean) | undefined {
  if (scanPolicy.released.length === 0) return undefined;
  const { keys, hashes } = releasedKeysOf(scanPolicy.released);
  const ranges = releasedRanges(scanned, scanPolicy.released);
  if (keys.size === 0 && ranges.length === 0) return undefined;
  // The same answers as comparing every span's key and every range, cheaper (release-filter.ts).
  const covered = rangeCover(ranges);
  return (span) => {
    const hash = looseHash(scanned, span.start, span.end);
    const byValue =
      (hash === -1 || hashes.has(hash)) && keys.has(releaseKey(scanned.slice(span.start, span.end)));
    return byValue || covered(span.start, span.end);
  };
}

/**
 * Runs `detectors` over `text` and drops what the user released in the panel: the released value
 * wherever it occurs, and any part of it where it occurs ("Brightwater" inside a released
 * "Brightwater Analytics"). The user's own selection is never dropped. Detectors read the scan text
 * (evasion.ts: invisible characters out, look-alikes and digits folded) and the spans returned are
 * in the original's offsets. `issued` is the job's vault: only its placeholders are skipped. A
 * detector that throws makes this throw: callers decide how to fail.
 */
export function detectSpans(
  text: string,
  prepared: PreparedContext,
  policy: PrivacyPolicy,
  detectors: readonly Detector[] = DETECTORS,
  issued?: Issued,
): Span[] {
  const scan = scanTextOf(text);
  const scanned = maskPlaceholders(scan.text, issued);
  noteMasked(text, scan, scanned, lastBlankedCount());
  const scanPolicy = scanPolicyOf(policy);
  const isReleased = releaseTest(scanned, scanPolicy);
  // Every detector runs first, then the spans are made in one array of the findings' total length:
  // pushed one by one, the array was copied at each growth (a dense table gives about a thousand).
  const found = new Array<Finding[]>(detectors.length);
  let total = 0;
  // A detector run on this text already (the guard's, for the review) is not run again (kept-findings.ts).
  keepFindingsFor(scanned, prepared, scanPolicy);
  for (let d = 0; d < detectors.length; d++) {
    const detector = detectors[d] as Detector;
    let findings = keptFindingsOf(detector);
    if (!findings) {
      findings = detector.detect(scanned, prepared, scanPolicy);
      keepFindings(detector, findings);
    }
    found[d] = findings;
    total += findings.length;
  }
  const spans = new Array<Span>(total);
  let made = 0;
  // Where each scan character is read from its own place (one for one: a no-break space as a space),
  // scan offsets are the text's, and no range is looked up (and no pair made) per finding.
  const ownOffsets = scan.identity || isOneToOne(scan.starts);
  for (let d = 0; d < detectors.length; d++) {
    const detector = detectors[d] as Detector;
    const priority = detectorPriority(detector);
    const skipReleased = detector.role !== 'user' && isReleased !== undefined;
    for (const finding of found[d] as Finding[]) {
      if (skipReleased && isReleased(finding)) continue;
      let { start, end } = finding;
      if (!ownOffsets) [start, end] = originalRange(scan, start, end);
      // The five fields a span has, written out: every span gets one shape (what a detector added
      // besides is nobody's to read), which keeps ranking and applying them on fast property access.
      spans[made++] = { start, end, kind: finding.kind, source: finding.source, priority };
    }
  }
  if (made < total) spans.length = made;
  return spans;
}
