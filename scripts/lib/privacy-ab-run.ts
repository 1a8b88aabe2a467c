/**
 * The page (or process) side of `npm run bench:privacy-ab`: two builds of the privacy stage, loaded
 * side by side, timed on bench:privacy's long requests. Each request is run by both, one after the
 * other, the one that goes first alternating from request to request and from pass to pass; each
 * request's figure is its least time over the passes. A slow spell of the machine then lands on both
 * builds alike, where two benches run one after the other each meet a spell of their own (a series of
 * bench:privacy-browser runs moved by 10-45% between hours on this machine).
 */
import { LONG_SETS, timedInputs, WARM_ROUNDS, warmInputs } from './long-inputs';
import { shapeText } from './privacy-shapes';
import { rng, syntheticContext } from '../privacy-synthetic';

/**
 * What the bench needs of one build of lib/privacy: loosely typed, since an older build's types are
 * not this one's. Its `index.ts` and `check-outbound.ts`, merged (bench-privacy-ab.ts writes the
 * check for a build from before that file). A build with `redactChecked` is timed as its panel runs
 * the stage: redact until the guard passes, then the review of the checked result.
 */
export interface PrivacyBuild {
  preparePrivacy(context: unknown): unknown;
  redact(text: string, prepared: unknown, policy: unknown): { outbound: string; vault: unknown };
  checkOutbound(outbound: string, prepared: unknown, policy: unknown, vault: unknown): unknown;
  redactChecked?(text: string, prepared: unknown, policy: unknown): unknown;
  checkRedacted?(result: unknown, prepared: unknown, policy: unknown): unknown;
  EMPTY_POLICY: unknown;
}

/** One set's least times (ms) per request, for the build loaded first and the one loaded second. */
export interface SetTimes {
  chars: number[];
  first: number[];
  second: number[];
}

/** Per set timed: bench:privacy's long sets, or the shapes asked for (shapeTexts). */
export type AbTimes = Record<string, SetTimes>;

/** Texts of one of bench:privacy-shapes' shapes, timed in place of the long sets. */
export const SHAPE_TEXTS = 6;
export const SHAPE_CHARS = 20_000;
const shapeTexts = (shape: string): string[] =>
  Array.from({ length: SHAPE_TEXTS }, (_, i) => shapeText(shape, SHAPE_CHARS, 500 + i));

type Stage = (text: string) => void;

function stageOf(build: PrivacyBuild): Stage {
  const prepared = build.preparePrivacy(syntheticContext(rng(42)));
  const { redactChecked, checkRedacted } = build;
  if (redactChecked && checkRedacted)
    return (text) => {
      checkRedacted(redactChecked(text, prepared, build.EMPTY_POLICY), prepared, build.EMPTY_POLICY);
    };
  return (text) => {
    const result = build.redact(text, prepared, build.EMPTY_POLICY);
    build.checkOutbound(result.outbound, prepared, build.EMPTY_POLICY, result.vault);
  };
}

/**
 * Times both builds (`loaded[0]` is prepared and warmed first). `between` runs before each timed
 * request: in a page, a new task, as in the engine host, where each check answers a port message.
 * With `shapes`, those of bench:privacy-shapes (SHAPE_TEXTS texts of SHAPE_CHARS each) are timed
 * instead of the long sets, after the same warm-up.
 */
export async function runAb(
  loaded: readonly [PrivacyBuild, PrivacyBuild],
  passes: number,
  now: () => number,
  between: () => Promise<void> | void,
  shapes: readonly string[] = [],
): Promise<AbTimes> {
  const stages = [stageOf(loaded[0]), stageOf(loaded[1])] as const;
  // The timed texts first, so that they are old by the time they are timed (bench-privacy.ts says why).
  const timed =
    shapes.length > 0
      ? shapes.map((set) => ({ set, texts: shapeTexts(set) }))
      : LONG_SETS.map((set) => ({ set, texts: timedInputs(set) }));
  for (let round = 0; round < WARM_ROUNDS; round++)
    for (const set of LONG_SETS)
      for (const text of warmInputs(set, round)) for (const stage of stages) stage(text);
  const times = {} as AbTimes;
  for (const { set, texts } of timed) {
    const least = [texts.map(() => Infinity), texts.map(() => Infinity)] as const;
    for (let pass = 0; pass < passes; pass++)
      for (let i = 0; i < texts.length; i++) {
        const text = texts[i] as string;
        const order = (pass + i) % 2 === 0 ? [0, 1] : [1, 0];
        for (const slot of order) {
          await between();
          const start = now();
          (stages[slot] as Stage)(text);
          const ms = now() - start;
          const best = least[slot as 0 | 1];
          if (ms < (best[i] as number)) best[i] = ms;
        }
      }
    times[set] = { chars: texts.map((t) => t.length), first: least[0], second: least[1] };
  }
  return times;
}
