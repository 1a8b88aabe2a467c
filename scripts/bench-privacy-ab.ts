/**
 * npm run bench:privacy-ab -- <revision> [--browser] [--passes=N] [--pairs=N] [--shapes=a,b]
 * The privacy stage of this working tree against the one of <revision> (a commit, tag or branch), on
 * bench:privacy's long requests, both builds loaded side by side in one process (or, with --browser,
 * one headless Chromium page) and alternated request by request (scripts/lib/privacy-ab-run.ts says
 * why). Run twice, each build loaded first once, to cancel what the load order does
 * (scripts/lib/privacy-ab-figures.ts). This is how a change's before and after are measured on a
 * machine whose speed drifts: bench:privacy and bench:privacy-browser say whether the targets are met.
 * With --shapes, the named shapes of bench:privacy-shapes (20,000 characters, six texts each) are
 * timed instead of the long sets.
 * Prints a line per set, then one JSON line.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { abFigures, summarisePairs, type AbSetFigures } from './lib/privacy-ab-figures';
import { SHAPE_CHARS, SHAPE_TEXTS, type AbTimes } from './lib/privacy-ab-run';
import { SHAPES } from './lib/privacy-shapes';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve('.');

function usage(problem: string): never {
  console.error(
    `${problem}\nUsage: npm run bench:privacy-ab -- <revision> [--browser] [--passes=N] [--pairs=N] [--shapes=a,b]`,
  );
  process.exit(2);
}

const args = process.argv.slice(2);
const revision = args.find((a) => !a.startsWith('--')) ?? usage('Give the revision to compare with.');
const inBrowser = args.includes('--browser');
/** A whole-number option `--name=N` (at least 1), or its default. */
function countOption(name: string, fallback: number): number {
  const given = args.find((a) => a.startsWith(`--${name}=`));
  if (!given) return fallback;
  const count = Number(given.slice(name.length + 3));
  if (!Number.isInteger(count) || count < 1) usage(`--${name} takes a whole number of 1 or more.`);
  return count;
}
const passes = countOption('passes', 6);
const pairs = countOption('pairs', 3);
const shapes = (
  args
    .find((a) => a.startsWith('--shapes='))
    ?.slice('--shapes='.length)
    .split(',') ?? []
).filter((shape) => shape !== '');
const unknownShapes = shapes.filter((shape) => !(shape in SHAPES));
if (unknownShapes.length > 0)
  usage(`No shape ${unknownShapes.join(', ')}; bench:privacy-shapes has ${Object.keys(SHAPES).join(', ')}.`);
const unknown = args.filter(
  (a) => a.startsWith('--') && a !== '--browser' && !/^--(passes|pairs|shapes)=/.test(a),
);
if (unknown.length > 0) usage(`Unknown option ${unknown.join(', ')}.`);

const git = (...gitArgs: string[]) => execFileSync('git', gitArgs, { cwd: ROOT, encoding: 'utf8' }).trim();
let commit: string;
try {
  commit = git('rev-parse', '--verify', '--quiet', `${revision}^{commit}`);
} catch {
  usage(`${revision} is not a commit of this repository.`);
}

/** The entry that loads both builds: `base` is the revision's lib/, the other this tree's. */
function entrySource(base: string, target: 'node' | 'browser'): string {
  const lib = (root: string, file: string) => JSON.stringify(join(root, 'lib/privacy', file));
  // Before check-outbound.ts (381ace2) the panel's preview checked the outbound text with the guard
  // and the review, called one by one: the same two calls, written here for such a build.
  const baseCheck = existsSync(join(base, 'lib/privacy/check-outbound.ts'))
    ? [`import * as baseCheck from ${lib(base, 'check-outbound.ts')};`]
    : [
        `import { findPossiblyPrivate as baseReview } from ${lib(base, 'possibly-private.ts')};`,
        `const baseCheck = { checkOutbound: (o: string, p: any, policy: any, vault: any) => ({`,
        `  guard: (baseIndex as any).guardPayload(o, p, policy, undefined, vault),`,
        `  doubts: baseReview(o, p, policy) }) };`,
      ];
  const imports = [
    `import * as baseIndex from ${lib(base, 'index.ts')};`,
    ...baseCheck,
    `import * as currentIndex from ${lib(ROOT, 'index.ts')};`,
    `import * as currentCheck from ${lib(ROOT, 'check-outbound.ts')};`,
    `import { runAb } from ${JSON.stringify(join(ROOT, 'scripts/lib/privacy-ab-run.ts'))};`,
    `const builds = { base: { ...baseIndex, ...baseCheck }, current: { ...currentIndex, ...currentCheck } } as any;`,
    `const order = (baseFirst: boolean) => baseFirst ? [builds.base, builds.current] : [builds.current, builds.base];`,
  ];
  if (target === 'node')
    return `${imports.join('\n')}
const shapes = (process.argv[4] ?? '').split(',').filter((s) => s !== '');
const times = await runAb(order(process.argv[2] === 'base'), Number(process.argv[3]), () => performance.now(), () => {}, shapes);
process.stdout.write(JSON.stringify(times));`;
  return `${imports.join('\n')}
import { nextTask } from ${JSON.stringify(join(ROOT, 'scripts/lib/next-task.ts'))};
(globalThis as any).privacyAb = async (baseFirst: boolean, passes: number, shapes: string[]) => ({
  isolated: (globalThis as any).crossOriginIsolated === true,
  times: await runAb(order(baseFirst), passes, () => performance.now(), nextTask, shapes),
});`;
}

async function bundle(base: string, dir: string, target: 'node' | 'browser'): Promise<string> {
  const entry = join(dir, `entry-${target}.ts`);
  writeFileSync(entry, entrySource(base, target));
  const outfile = join(dir, `bundle-${target}.${target === 'node' ? 'mjs' : 'js'}`);
  await build({
    entryPoints: [entry],
    bundle: true,
    outfile,
    format: target === 'node' ? 'esm' : 'iife',
    platform: target === 'node' ? 'node' : 'browser',
    target: target === 'node' ? 'node20' : 'chrome120',
    // The revision's files are outside the tree: its packages are this tree's, one copy shared by both
    // builds (libphonenumber-js's caches with it).
    nodePaths: [join(ROOT, 'node_modules')],
    logLevel: 'warning',
  });
  return outfile;
}

function runNode(bundled: string, baseFirst: boolean): AbTimes {
  const child = spawnSync(
    process.execPath,
    [bundled, baseFirst ? 'base' : 'current', String(passes), shapes.join(',')],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  if (child.status !== 0) throw new Error(`the timing process failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as AbTimes;
}

/**
 * A page served cross-origin isolated: its clock then reads 5 µs steps, not the 100 µs it rounds to
 * otherwise, and each time here is one request's.
 */
async function runBrowser(bundled: string, baseFirst: boolean): Promise<AbTimes> {
  const script = readFileSync(bundled, 'utf8');
  const server: Server = createServer((request, response) => {
    response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    response.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
    const isScript = request.url === '/ab.js';
    response.setHeader('Content-Type', isScript ? 'text/javascript' : 'text/html');
    response.end(isScript ? script : '<!doctype html><script src="/ab.js"></script>');
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const result = await page.evaluate(
      ([first, n, named]) =>
        (
          globalThis as unknown as {
            privacyAb: (
              baseFirst: boolean,
              passes: number,
              shapes: string[],
            ) => Promise<{ isolated: boolean; times: unknown }>;
          }
        ).privacyAb(first, n, named),
      [baseFirst, passes, shapes] as const,
    );
    if (!result.isolated) throw new Error('the page was not cross-origin isolated: its clock is too coarse');
    return result.times as AbTimes;
  } finally {
    await browser.close();
    server.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'privacy-ab-'));
try {
  // The revision's lib/ (the stage and the types it imports), beside this tree's.
  const base = join(dir, 'base');
  mkdirSync(base);
  const archive = execFileSync('git', ['archive', '--format=tar', commit, 'lib'], {
    cwd: ROOT,
    maxBuffer: 1 << 28,
  });
  const untar = spawnSync('tar', ['-x', '-C', base], { input: archive });
  if (untar.status !== 0) throw new Error(`could not unpack ${revision}'s lib/: ${untar.stderr.toString()}`);
  const target = inBrowser ? 'browser' : 'node';
  const bundled = await bundle(base, dir, target);
  const run = (baseFirst: boolean) =>
    inBrowser ? runBrowser(bundled, baseFirst) : runNode(bundled, baseFirst);
  const figures: Record<string, AbSetFigures>[] = [];
  for (let pair = 0; pair < pairs; pair++) figures.push(abFigures(await run(true), await run(false)));
  const sets = summarisePairs(figures);
  const percent = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}%`;
  console.log(
    `privacy stage, this tree against ${revision} (${commit.slice(0, 7)}), in ${inBrowser ? 'Chromium' : 'Node'},` +
      ` least of ${passes} passes, median of ${pairs} pairs of runs (range of the change):`,
  );
  for (const [set, f] of Object.entries(sets))
    console.log(
      `  ${set.padEnd(shapes.length > 0 ? 22 : 7)} ${f.baseMs.toFixed(1).padStart(7)} -> ${f.currentMs.toFixed(1).padStart(7)} ms` +
        `  ${percent(f.change).padStart(7)} (${percent(f.changeLow)} to ${percent(f.changeHigh)})` +
        `  load order's bias ${percent(f.loadOrderBias)}` +
        `  µs/char ${f.baseUsPerChar.toFixed(3)} -> ${f.currentUsPerChar.toFixed(3)}` +
        `  worst ${f.baseWorstMs.toFixed(1)} -> ${f.currentWorstMs.toFixed(1)} ms`,
    );
  console.log(
    JSON.stringify({
      bench: 'privacy-ab',
      engine: inBrowser ? 'chromium' : 'node',
      base: { revision, commit },
      current: 'working tree',
      passes,
      pairs,
      ...(shapes.length > 0 ? { shapes: { chars: SHAPE_CHARS, texts: SHAPE_TEXTS } } : {}),
      sets,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
