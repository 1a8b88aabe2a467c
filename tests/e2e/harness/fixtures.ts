import { cp, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';

export const FIXTURE_OUT = resolve('.tmp/fixtures');

/** One page per editor (tests/fixtures/editors/NAME.html + NAME.ts or .tsx), built from npm packages. */
export const EDITOR_FIXTURES = {
  contenteditable: 'contenteditable.ts',
  tiptap: 'tiptap.ts',
  lexical: 'lexical.ts',
  quill: 'quill.ts',
  'draft-js': 'draft-js.tsx',
  slate: 'slate.tsx',
  ckeditor: 'ckeditor.ts',
  tinymce: 'tinymce.ts',
} as const;
const EDITORS_DIR = resolve('tests/fixtures/editors');

/** Bundles the fixture pages (React from npm, no CDN) into .tmp/fixtures. */
export async function buildFixtures(): Promise<string> {
  await mkdir(FIXTURE_OUT, { recursive: true });
  await cp(resolve('tests/fixtures/pages'), FIXTURE_OUT, {
    recursive: true,
    filter: (src) => !src.endsWith('.tsx') && !src.endsWith('.ts'),
  });
  await cp(EDITORS_DIR, FIXTURE_OUT, { recursive: true, filter: (src) => !/\.tsx?$/.test(src) });
  const editors = Object.entries(EDITOR_FIXTURES).map(([name, file]) => [name, resolve(EDITORS_DIR, file)]);
  await build({
    entryPoints: { form: resolve('tests/fixtures/pages/form.tsx'), ...Object.fromEntries(editors) },
    outdir: FIXTURE_OUT,
    bundle: true,
    format: 'iife',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return FIXTURE_OUT;
}
