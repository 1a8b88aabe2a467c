/**
 * npm run bench:privacy-shapes — the privacy stage (redact until the guard passes, then the review, as
 * bench:privacy times a request) on shapes of text its long sets do not hold (scripts/lib/
 * privacy-shapes.ts: lists of one value a line, digits packed on a line, long tokens, other scripts,
 * markup). Per shape, after bench:privacy's warm-up: the median of 5 new texts at 5,000, 10,000,
 * 20,000 and 40,000 characters; µs per character at 20,000; how the cost grows from 10,000 to 40,000
 * characters (4 where it is linear); and how many of 5 texts of 5,000 characters the guard still blocked
 * after redaction's rounds (what redaction left, or made, that the guard finds). It holds no target of its
 * own: it says where bench:privacy's targets (0.3 µs per character, 5 ms up to 20,000 characters)
 * would not hold. A single 40,000-character "word" took 11.8 s here before the review stopped asking
 * long words by their deletions (near-index.ts).
 *   npm run bench:privacy-shapes            (SHAPES=cards-a-line,cjk for some of them)
 * Prints a line per shape, then one JSON line.
 */
import { EMPTY_POLICY, preparePrivacy, redactChecked } from '../lib/privacy';
import { checkRedacted } from '../lib/privacy/check-outbound';
import { LONG_SETS, WARM_ROUNDS, warmInputs } from './lib/long-inputs';
import { SHAPES, shapeText } from './lib/privacy-shapes';
import { percentile } from './privacy-metrics';
import { rng, syntheticContext } from './privacy-synthetic';

const SIZES = [5_000, 10_000, 20_000, 40_000] as const;
const TEXTS = 5;
const TARGET = { usPerChar: 0.3, worstMs: 5 };
/** Growth from 10,000 to 40,000 characters past which a shape is called superlinear (linear: 4). */
const SUPERLINEAR = 5.5;

const prepared = preparePrivacy(syntheticContext(rng(42)));
function stage(text: string): boolean {
  return checkRedacted(redactChecked(text, prepared, EMPTY_POLICY), prepared, EMPTY_POLICY).guard.ok;
}
for (let round = 0; round < WARM_ROUNDS; round++)
  for (const set of LONG_SETS) for (const text of warmInputs(set, round)) stage(text);

const round = (x: number) => Number(x.toFixed(4));
const chosen = process.env.SHAPES?.split(',').filter(Boolean) ?? Object.keys(SHAPES);
const unknown = chosen.filter((name) => !SHAPES[name]);
if (unknown.length) throw new Error(`unknown shapes: ${unknown.join(', ')}`);

interface ShapeFigures {
  group: string;
  /** Median ms of TEXTS new texts, per size. */
  ms: Record<number, number>;
  usPerChar: number;
  growth: number;
  blocked: number;
}
const shapes: Record<string, ShapeFigures> = {};
console.log('shape                      ms at 5k / 10k / 20k / 40k           µs/char (20k)  growth  blocked');
for (const name of chosen) {
  const ms: Record<number, number> = {};
  for (const size of SIZES) {
    const times: number[] = [];
    for (let k = 0; k < TEXTS; k++) {
      // New texts, as a paste is: seeds apart per size and text.
      const text = shapeText(name, size, size + k);
      const start = performance.now();
      stage(text);
      times.push(performance.now() - start);
    }
    ms[size] = round(
      percentile(
        times.sort((a, b) => a - b),
        50,
      ),
    );
  }
  let blocked = 0;
  for (let k = 0; k < TEXTS; k++) if (!stage(shapeText(name, 5_000, 31 + k))) blocked++;
  const figures: ShapeFigures = {
    group: SHAPES[name]?.group ?? '',
    ms,
    usPerChar: round(((ms[20_000] ?? 0) * 1000) / 20_000),
    growth: round((ms[40_000] ?? 0) / (ms[10_000] || 1)),
    blocked,
  };
  shapes[name] = figures;
  console.log(
    `${name.padEnd(26)} ${SIZES.map((s) => (ms[s] ?? 0).toFixed(2))
      .join(' / ')
      .padEnd(32)} ${String(figures.usPerChar).padStart(12)}` +
      `  ${figures.growth.toFixed(1).padStart(6)}  ${blocked}/${TEXTS}`,
  );
}
const entries = Object.entries(shapes);
const overTarget = entries.filter(([, s]) => s.usPerChar > TARGET.usPerChar).map(([n]) => n);
const over5Ms = entries.filter(([, s]) => (s.ms[20_000] ?? 0) > TARGET.worstMs).map(([n]) => n);
const superlinear = entries.filter(([, s]) => s.growth > SUPERLINEAR).map(([n]) => n);
const blocking = entries.filter(([, s]) => s.blocked > 0).map(([n]) => n);
console.log(
  `${entries.length} shapes: ${overTarget.length} over ${TARGET.usPerChar} µs/char, ${over5Ms.length} over` +
    ` ${TARGET.worstMs} ms at 20,000 characters, ${superlinear.length} growing faster than linear,` +
    ` ${blocking.length} with texts the guard blocked after redaction`,
);
console.log(
  JSON.stringify({
    bench: 'privacy-shapes',
    target: TARGET,
    sizes: SIZES,
    textsPerSize: TEXTS,
    shapes,
    overTarget,
    over5Ms,
    superlinear,
    blocking,
  }),
);
