/**
 * bench:privacy's "where does the time go": the redact pass taken apart on the long sets, CPU
 * microseconds per character for each part. `scan` is the frame's scan text and placeholder mask,
 * `tokenize` the words every word-based detector shares (paid here once, so no detector is charged
 * for it), then each detector on the scanned text, and `compose` choosing among the spans and
 * applying them (resolveOverlaps and applySpans). The guard pays the same parts again, minus the
 * heuristic detectors, on the outbound text.
 */
import { EMPTY_POLICY, type PreparedContext } from '../../lib/privacy';
import { applySpans } from '../../lib/privacy/compose';
import { detectSpans } from '../../lib/privacy/detect';
import { maskPlaceholders } from '../../lib/privacy/mask-placeholders';
import { DETECTORS } from '../../lib/privacy/detectors';
import { scanTextOf } from '../../lib/privacy/evasion';
import { tokensOf } from '../../lib/privacy/normalize';
import type { Detector } from '../../lib/privacy/types';
import type { LongSet } from './long-inputs';

/** Per set, per part: CPU µs per character of the redact pass. */
export type DetectorFigures = Record<string, Record<string, number>>;

/**
 * Passes over each set's texts; each part's figure is its fastest pass. CPU time is the process's:
 * it takes in V8's background threads (concurrent GC, compilation) whenever they run, which lands on
 * whichever part is timed then, and the fastest pass is the one least touched by that.
 */
const PASSES = 5;

const cpuMs = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/** Each detector with what it found kept, so compose can be timed on the very spans of this pass. */
function recorded(detector: Detector, found: ReturnType<Detector['detect']>): Detector {
  return { id: detector.id, role: detector.role, rankInRole: detector.rankInRole, detect: () => found };
}

export function benchDetectorSection(
  prepared: PreparedContext,
  sets: readonly { set: LongSet; texts: readonly string[] }[],
): { figures: DetectorFigures; lines: string[] } {
  const figures: DetectorFigures = {};
  const parts = ['scan', 'tokenize', ...DETECTORS.map((d) => d.id), 'compose'];
  for (const { set, texts } of sets) {
    const best: Record<string, number> = Object.fromEntries(parts.map((part) => [part, Infinity]));
    const chars = texts.reduce((sum, text) => sum + text.length, 0);
    for (let pass = 0; pass < PASSES; pass++) {
      const ms: Record<string, number> = Object.fromEntries(parts.map((part) => [part, 0]));
      for (const text of texts) {
        let at = cpuMs();
        const lap = (part: string) => {
          const now = cpuMs();
          ms[part] = (ms[part] ?? 0) + now - at;
          at = now;
        };
        const scanned = maskPlaceholders(scanTextOf(text).text);
        lap('scan');
        tokensOf(scanned);
        lap('tokenize');
        const replay: Detector[] = [];
        for (const detector of DETECTORS) {
          const found = detector.detect(scanned, prepared, EMPTY_POLICY);
          lap(detector.id);
          replay.push(recorded(detector, found));
        }
        // The frame's own share of detectSpans (its per-span work) counts with compose.
        at = cpuMs();
        applySpans(text, detectSpans(text, prepared, EMPTY_POLICY, replay));
        lap('compose');
      }
      for (const part of parts) best[part] = Math.min(best[part] ?? Infinity, ms[part] ?? 0);
    }
    figures[set] = Object.fromEntries(
      parts.map((part) => [part, Number((((best[part] ?? 0) * 1000) / chars).toFixed(4))]),
    );
  }
  const width = Math.max(...parts.map((part) => part.length));
  const lines = [
    `where the redact pass goes (CPU µs/char, fastest of ${PASSES} passes): ${sets.map(({ set }) => set.padStart(7)).join('')}`,
  ];
  for (const part of parts)
    lines.push(
      `  ${part.padEnd(width)}${' '.repeat(Math.max(0, 40 - width))}${sets
        .map(({ set }) => (figures[set]?.[part] ?? 0).toFixed(4).padStart(7))
        .join('')}`,
    );
  return { figures, lines };
}
