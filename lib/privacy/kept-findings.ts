import type { Detector, Finding, PreparedContext, PrivacyPolicy } from './types';

/**
 * What each detector found in the last text scanned, with the context and policy it was scanned with.
 * The engine host checks an outbound text twice in one task, with the guard's detectors and then the
 * review's (check-outbound.ts), on the same masked text: the second takes the first's findings. A
 * detector reads nothing but these three (its findings are the same when asked again), and a finding
 * is never written to once made. One text is kept: any other text starts afresh.
 *
 * Kept in two arrays made once and written over in place, not in a Map. The module's Map lived in the
 * old generation, and V8 makes the new table of an old Map old too (at clear(), and as it grows); the
 * table left behind is dead but still points at the findings it held, and a young-generation GC keeps
 * what an old object points at, dead or not, until the next full GC. So the findings of every text
 * outlived two young-generation GCs and were moved to the old generation. One 20,000-character table
 * request repeated: 728 KB promoted per young-generation GC with the Map, 3 KB with these arrays, and
 * each GC's pause 1.9 -> 0.75 ms. An entry written over in place points at nothing it held.
 */

/** More detectors than this are run but not kept (DETECTORS has 14). */
const SLOTS = 48;
const detectors: (Detector | undefined)[] = new Array<Detector | undefined>(SLOTS).fill(undefined);
const findings: (Finding[] | undefined)[] = new Array<Finding[] | undefined>(SLOTS).fill(undefined);
let count = 0;
let keptText: string | undefined;
let keptPrepared: PreparedContext | undefined;
let keptPolicy: PrivacyPolicy | undefined;

/** Keeps findings for `scanned` with `prepared` and `scanPolicy` from here on (emptied if another's). */
export function keepFindingsFor(scanned: string, prepared: PreparedContext, scanPolicy: PrivacyPolicy): void {
  if (scanned === keptText && prepared === keptPrepared && scanPolicy === keptPolicy) return;
  forgetFindings();
  keptText = scanned;
  keptPrepared = prepared;
  keptPolicy = scanPolicy;
}

/** The findings kept for `detector`, if any. */
export function keptFindingsOf(detector: Detector): Finding[] | undefined {
  for (let k = 0; k < count; k++) if (detectors[k] === detector) return findings[k];
  return undefined;
}

/** Keeps `found` as `detector`'s findings (one not kept yet). */
export function keepFindings(detector: Detector, found: Finding[]): void {
  if (count === SLOTS) return;
  detectors[count] = detector;
  findings[count] = found;
  count++;
}

/** Empties the kept findings, writing over each entry. */
function forgetFindings(): void {
  for (let k = 0; k < count; k++) {
    detectors[k] = undefined;
    findings[k] = undefined;
  }
  count = 0;
  keptText = undefined;
  keptPrepared = undefined;
  keptPolicy = undefined;
}
