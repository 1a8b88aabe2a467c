/**
 * The tiny real models of the test runs: built on first use from llama.cpp's own source (shipped by
 * node-llama-cpp as a git bundle: vocab-only GGUF files and gguf-py), never committed, cached under
 * node_modules/.cache/cogenesis-models/<hash of the recipe>/. See scripts/models/build-tiny-model.py for
 * how the weights make greedy decoding write TINY_TEXT.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOnce } from './build-once';
import { planFor, type TinyPlan } from './tiny-plan';
import { TINY_MODELS, TINY_TEXT, type TinyModelId } from './tiny-spec';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LLAMA_PACKAGE = join(ROOT, 'node_modules', 'node-llama-cpp');
const BUILDER = join(ROOT, 'scripts', 'models', 'build-tiny-model.py');
/** Everything that decides the bytes of the models; a change to any of them builds afresh. */
const RECIPE = [
  BUILDER,
  fileURLToPath(new URL('./tiny-spec.ts', import.meta.url)),
  fileURLToPath(new URL('./tiny-plan.ts', import.meta.url)),
  join(LLAMA_PACKAGE, 'package.json'),
];

export interface TinyModel {
  id: TinyModelId;
  /** The GGUF file. */
  path: string;
  /** The sentence's token ids in this model's vocabulary. */
  tokens: number[];
  /** The token that ends the reply. */
  eos: number;
  plan: TinyPlan;
}

export interface TinyModels {
  /** What every tiny model writes under greedy decoding. */
  text: string;
  models: Record<TinyModelId, TinyModel>;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args[0] ?? ''} failed (${code}): ${stderr}`)),
    );
  });
}

async function recipeHash(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of RECIPE) hash.update(await readFile(file));
  return hash.digest('hex').slice(0, 16);
}

async function build(dir: string): Promise<void> {
  const source = join(dir, 'llama.cpp');
  const vocabFile = (id: TinyModelId) => join(source, 'models', `ggml-vocab-${TINY_MODELS[id].vocab}.gguf`);
  const ids = Object.keys(TINY_MODELS) as TinyModelId[];
  await run('git', [
    'clone',
    '--quiet',
    '--no-checkout',
    join(LLAMA_PACKAGE, 'llama', 'gitRelease.bundle'),
    source,
  ]);
  const files = ids.map((id) => `models/ggml-vocab-${TINY_MODELS[id].vocab}.gguf`);
  await run('git', ['-C', source, 'checkout', '--quiet', 'HEAD', '--', 'gguf-py', ...files]);

  // Loaded here only: a run that finds the models cached never loads llama.cpp for them.
  const { quietly, testLlama } = await import('./llama');
  const llama = await testLlama();
  for (const id of ids) {
    const vocab = await quietly(() =>
      llama.loadModel({ modelPath: vocabFile(id), vocabOnly: true, ignoreMemorySafetyChecks: true }),
    );
    const plan = planFor(vocab, id, TINY_MODELS[id]);
    await vocab.dispose();
    await writeFile(join(dir, `${id}.plan.json`), JSON.stringify(plan));
  }
  await Promise.all(
    ids.map((id) =>
      run(process.env.PYTHON ?? 'python3', [
        BUILDER,
        ...['--gguf-py', join(source, 'gguf-py'), '--vocab', vocabFile(id)],
        ...['--plan', join(dir, `${id}.plan.json`), '--out', join(dir, `${id}.gguf`)],
      ]),
    ),
  );
  await rm(source, { recursive: true, force: true });
}

async function load(dir: string): Promise<TinyModels> {
  const models = {} as Record<TinyModelId, TinyModel>;
  for (const id of Object.keys(TINY_MODELS) as TinyModelId[]) {
    const plan = JSON.parse(await readFile(join(dir, `${id}.plan.json`), 'utf8')) as TinyPlan;
    models[id] = { id, path: join(dir, `${id}.gguf`), tokens: plan.tokens, eos: plan.eos, plan };
  }
  return { text: TINY_TEXT, models };
}

let cached: Promise<TinyModels> | undefined;

/** The tiny models, built once per recipe on this machine (about half a minute on two cores). */
export function tinyModels(): Promise<TinyModels> {
  cached ??= (async () => {
    const dir = join(ROOT, 'node_modules', '.cache', 'cogenesis-models', await recipeHash());
    await buildOnce(dir, build);
    return load(dir);
  })();
  return cached;
}
