/**
 * npm run bench:content — what the content script costs a heavy page before anyone interacts with it.
 * Loads a page with thousands of fields and nodes in headless Chromium with and without the extension
 * (fresh profile each, alternating), and compares the renderer's main-thread script and task time
 * (DevTools Performance metrics) once the page is idle. Also prints the content script's gzipped size.
 */
import { execSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/e2e/harness/static-server';
import { report } from './lib/bundles';

const RUNS = Number(process.env.RUNS ?? 7);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EXT = resolve(process.env.BENCH_EXTENSION ?? '.output/chrome-mv3');
if (!process.argv.includes('--no-build')) execSync('npx wxt build', { stdio: 'ignore' });

function heavyPage(): string {
  const rows: string[] = [];
  for (let i = 0; i < 1500; i++) {
    rows.push(
      `<div class="row"><label>Field ${i} <input type="text" name="f${i}"></label><textarea name="t${i}" rows="1"></textarea><span>${'lorem ipsum '.repeat(3)}</span><div contenteditable="true">note ${i}</div></div>`,
    );
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>heavy</title></head><body>${rows.join('')}</body></html>`;
}

async function measure(url: string, withExtension: boolean): Promise<{ script: number; task: number }> {
  const profile = await mkdtemp(join(tmpdir(), 'cogenesis-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...(withExtension ? [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`] : []),
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1500); // document_idle has passed and the script has run.
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { script: get('ScriptDuration') * 1000, task: get('TaskDuration') * 1000 };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const dir = join(tmpdir(), 'cogenesis-heavy');
await mkdir(dir, { recursive: true });
await writeFile(join(dir, 'heavy.html'), heavyPage());
const server = await serveStatic(dir);
const url = `http://127.0.0.1:${server.port}/heavy.html`;
const without: { script: number; task: number }[] = [];
const withExt: { script: number; task: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  without.push(await measure(url, false));
  withExt.push(await measure(url, true));
}
await server.close();

const scriptAdded = median(withExt.map((r) => r.script)) - median(without.map((r) => r.script));
const taskAdded = median(withExt.map((r) => r.task)) - median(without.map((r) => r.task));
// The same closure and gzip as bench:size; 0 for a file a compared build does not have.
const gzipOf = (file: string) => {
  try {
    return report(EXT, file, [file]).gzipBytes;
  } catch {
    return 0;
  }
};
const loaderBytes = gzipOf('content-scripts/loader.js');
const writerBytes = gzipOf('writer.js');
const gzipBytes = loaderBytes + writerBytes;
console.log(`heavy page: 1500 rows, 4500 fields; ${RUNS} runs each, medians`);
console.log(
  `main-thread script time: ${median(without.map((r) => r.script)).toFixed(1)} ms without, ${median(withExt.map((r) => r.script)).toFixed(1)} ms with → ${scriptAdded.toFixed(2)} ms added (target < 5)`,
);
console.log(
  `main-thread task time:   ${median(without.map((r) => r.task)).toFixed(1)} ms without, ${median(withExt.map((r) => r.task)).toFixed(1)} ms with → ${taskAdded.toFixed(2)} ms added`,
);
console.log(
  `content script: ${(gzipBytes / 1024).toFixed(1)} KB gzipped (target < 25): loader ${(loaderBytes / 1024).toFixed(1)} KB on every page, writer ${(writerBytes / 1024).toFixed(1)} KB loaded on first use`,
);
console.log(
  JSON.stringify({
    bench: 'content',
    runs: RUNS,
    scriptMsAdded: Number(scriptAdded.toFixed(2)),
    taskMsAdded: Number(taskAdded.toFixed(2)),
    contentScriptGzipBytes: gzipBytes,
    loaderGzipBytes: loaderBytes,
    writerGzipBytes: writerBytes,
  }),
);
