import { cp, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';

export const FIXTURE_OUT = resolve('.tmp/fixtures');

/** Bundles the fixture pages (React from npm, no CDN) into .tmp/fixtures. */
export async function buildFixtures(): Promise<string> {
  await mkdir(FIXTURE_OUT, { recursive: true });
  await cp(resolve('tests/fixtures/pages'), FIXTURE_OUT, {
    recursive: true,
    filter: (src) => !src.endsWith('.tsx') && !src.endsWith('.ts'),
  });
  await build({
    entryPoints: { form: resolve('tests/fixtures/pages/form.tsx') },
    outdir: FIXTURE_OUT,
    bundle: true,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return FIXTURE_OUT;
}
