import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Strings that exist only in web-llm's code: its runtime's name and its config file name. */
export const WEBLLM_MARKERS = ['tvmjs', 'mlc-chat-config.json'];

/** A string that exists only in wllama's code: its WebAssembly entry point, named in its glue. */
export const WLLAMA_MARKERS = ['wllama_start'];

/**
 * Addresses a bundle must never hold: code hosts (the extension must not load code from the network)
 * and any .wasm (code) outside the extension. Weights are data and may come from a model host.
 */
const REMOTE_CODE = [
  /https?:\/\/(?:raw\.githubusercontent\.com|gist\.githubusercontent\.com|cdn\.jsdelivr\.net|unpkg\.com|esm\.sh|cdnjs\.cloudflare\.com|[\w-]+\.github\.io)\/[^\s"'`)]*/g,
  /https?:\/\/[^\s"'`)]+\.(?:wasm|mjs)\b/g,
];

/** The remote-code addresses in a file's text. */
export function remoteCodeUrls(text: string): string[] {
  return [...new Set(REMOTE_CODE.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[0])))];
}

/** Every script of a built extension (workers and chunks included) that holds a remote-code address. */
export function remoteCodeInBuild(outDir: string): { file: string; urls: string[] }[] {
  const found: { file: string; urls: string[] }[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.(?:m?js|html|json)$/.test(entry.name)) {
        const urls = remoteCodeUrls(readFileSync(path, 'utf8'));
        if (urls.length > 0) found.push({ file: relative(outDir, path), urls });
      }
    }
  };
  visit(outDir);
  return found;
}

export interface BundleReport {
  entry: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
  hasWebLlm: boolean;
  hasWllama: boolean;
}

const IMPORT =
  /(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']|import\(\s*["'](\.{1,2}\/[^"']+\.js)["']\s*\)/g;

/** Every JS file an entry loads: its scripts and, transitively, what they import (static and dynamic). */
export function closure(outDir: string, entryFiles: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(outDir, file), 'utf8');
    for (const match of code.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2];
      if (spec) visit(posix.normalize(posix.join(posix.dirname(file), spec)));
    }
  };
  entryFiles.forEach(visit);
  return [...seen];
}

/** The scripts an HTML page loads. */
export function htmlScripts(outDir: string, page: string): string[] {
  const html = readFileSync(join(outDir, page), 'utf8');
  return [...html.matchAll(/<script[^>]*src="\/?([^"]+)"/g)].map((m) => m[1] ?? '').filter(Boolean);
}

export function report(outDir: string, entry: string, entryFiles: string[]): BundleReport {
  const files = closure(outDir, entryFiles);
  let bytes = 0;
  let gzipBytes = 0;
  let hasWebLlm = false;
  let hasWllama = false;
  for (const file of files) {
    const code = readFileSync(join(outDir, file));
    bytes += code.length;
    gzipBytes += gzipSync(code, { level: 9 }).length;
    const text = code.toString('utf8');
    if (WEBLLM_MARKERS.some((marker) => text.includes(marker))) hasWebLlm = true;
    if (WLLAMA_MARKERS.some((marker) => text.includes(marker))) hasWllama = true;
  }
  return { entry, files, bytes, gzipBytes, hasWebLlm, hasWllama };
}

/** The bundles of every entry point of a built extension (Chrome MV3 layout). */
export function extensionBundles(outDir: string): BundleReport[] {
  const out: BundleReport[] = [
    report(outDir, 'content script', ['content-scripts/loader.js']),
    // Imported by the content script on a page's first focused field or trigger.
    report(outDir, 'content writer', ['writer.js']),
    // Imported by the content script on Guard sites only (AI chat sites).
    report(outDir, 'content guard', ['guard.js']),
    report(outDir, 'background', ['background.js']),
  ];
  for (const page of ['panel', 'popup', 'options', 'offscreen']) {
    out.push(report(outDir, page, htmlScripts(outDir, `${page}.html`)));
  }
  return out;
}
