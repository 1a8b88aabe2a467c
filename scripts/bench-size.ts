/**
 * npm run bench:size — gzipped size of each bundle of the release build, and whether any of them
 * (other than the engine host's worker) carries web-llm. Builds first unless --no-build.
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extensionBundles, remoteCodeInBuild } from './lib/bundles';

const outDir = resolve(
  process.argv.includes('--dir')
    ? (process.argv[process.argv.indexOf('--dir') + 1] ?? '')
    : '.output/chrome-mv3',
);
if (!process.argv.includes('--no-build')) execSync('npx wxt build', { stdio: 'ignore' });

const kb = (n: number) => (n / 1024).toFixed(1);
const rows = extensionBundles(outDir);
const assets = readdirSync(join(outDir, 'assets')).filter(
  (f) => f.startsWith('worker-') && f.endsWith('.js'),
);
const worker = assets.map((f) => readFileSync(join(outDir, 'assets', f)));

console.log('bundle            files   raw KB   gzip KB   web-llm');
for (const row of rows) {
  console.log(
    `${row.entry.padEnd(16)} ${String(row.files.length).padStart(6)} ${kb(row.bytes).padStart(8)} ${kb(row.gzipBytes).padStart(9)}   ${row.hasWebLlm ? 'YES' : 'no'}`,
  );
}
const workerBytes = worker.reduce((n, b) => n + b.length, 0);
const workerGzip = worker.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
console.log(
  `${'web-llm worker'.padEnd(16)} ${String(worker.length).padStart(6)} ${kb(workerBytes).padStart(8)} ${kb(workerGzip).padStart(9)}   YES (only here)`,
);
const content = rows.find((r) => r.entry === 'content script');
console.log(`content script budget: ${kb(content?.gzipBytes ?? 0)} KB of 25 KB gzipped`);
const total = rows.reduce((n, r) => n + r.gzipBytes, 0);
console.log(
  JSON.stringify({
    bench: 'size',
    build: outDir.endsWith('chrome-mv3') ? 'release' : outDir,
    bundles: Object.fromEntries(
      rows.map((r) => [r.entry, { gzipBytes: r.gzipBytes, bytes: r.bytes, webllm: r.hasWebLlm }]),
    ),
    worker: { gzipBytes: workerGzip, bytes: workerBytes },
    pagesGzipBytes: total,
  }),
);
// A release must not carry an address to load code from (issue 10, item 8): fail loudly.
const remote = remoteCodeInBuild(outDir);
for (const { file, urls } of remote) console.error(`remote code address in ${file}: ${urls.join(', ')}`);
if (remote.length > 0) process.exitCode = 1;
