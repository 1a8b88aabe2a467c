/**
 * npm run model-libs — the explicit build step that places the model libraries (.wasm, code) inside
 * the extension, at public/model-libs/<file> (WXT copies public/ into every build). Each file is the
 * one the installed web-llm names for the catalog entry (its prebuiltAppConfig), so runtime and
 * library match. Needs the network once; fails loudly (exit 1) when any file cannot be fetched or is
 * not WebAssembly. `--check` only verifies that every file is present (no network), for packaging.
 *
 * Without these files the extension still builds and runs, but the on-device web-llm engine refuses
 * to load a model ('model-lib-not-bundled'): it never fetches code from anywhere else.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { CATALOG, MODEL_LIB_DIR } from '../models/catalog';

const dir = resolve('public', MODEL_LIB_DIR.replace(/^\//, ''));
const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];
const isWasm = (bytes: Uint8Array) => WASM_MAGIC.every((b, i) => bytes[i] === b);
const failures: string[] = [];

for (const model of CATALOG) {
  const file = model.modelLib.split('/').at(-1) ?? '';
  const target = join(dir, file);
  if (process.argv.includes('--check')) {
    if (!existsSync(target) || !isWasm(readFileSync(target)))
      failures.push(`${model.id}: ${target} is missing`);
    continue;
  }
  const source = prebuiltAppConfig.model_list.find((r) => r.model_id === model.id)?.model_lib;
  if (!source || source.split('/').at(-1) !== file) {
    failures.push(`${model.id}: web-llm names ${source ?? 'no library'}, the catalog ${file}`);
    continue;
  }
  try {
    const response = await fetch(source);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (!isWasm(bytes)) throw new Error('not WebAssembly');
    mkdirSync(dir, { recursive: true });
    writeFileSync(target, bytes);
    console.log(`${file}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
  } catch (error) {
    failures.push(`${model.id}: ${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
for (const failure of failures) console.error(failure);
if (failures.length > 0) {
  console.error(`model-libs: ${failures.length} of ${CATALOG.length} libraries are not in ${dir}.`);
  process.exit(1);
}
