import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { INSTRUCTION } from './harness/context-data';
import { openPanel, PANEL_SELECTOR } from './harness/extension-pages';
import { useSuite } from './harness/suite';
import { execSync } from 'node:child_process';
import { writePanelLongTasks } from '../../scripts/lib/panel-longtasks';

// A 10,000-word draft from the local stand-in, in chunks of 5 characters (about 11,000 deltas), sent as
// fast as the stand-in's timers allow: a worst case for the panel, which renders once per frame.
const WORDS = 10_000;
const CHUNK = 5;
const s = useSuite({ local: { replyWords: WORDS, chunkSize: CHUNK, chunkDelayMs: 0 } });

// A gross bound for a loaded CI machine (163 ms was seen at load 16 on two cores, so 200 ms would be
// flaky): it catches a panel that re-renders the whole draft per chunk (seconds), not a tuning target.
// The measured figure goes to the bench (npm run bench:pipeline).
const LONGEST_TASK_BOUND_MS = 1_000;

interface LongTasks {
  count: number;
  maxMs: number;
  totalMs: number;
}

declare global {
  interface Window {
    __longTasks?: number[];
  }
}

async function panelFrame(page: Page): Promise<Frame> {
  await page.locator(PANEL_SELECTOR).waitFor();
  const frame = page.frames().find((f) => f.url().includes('/panel.html'));
  if (!frame) throw new Error('The panel frame is not there.');
  return frame;
}

describe('the panel while a long draft streams', () => {
  it('shows a 10,000-word draft without a long task over the bound', async () => {
    const page = await s.browser.context.newPage();
    await page.goto(`http://${s.site}/form.html`);
    await page.fill('#plain', INSTRUCTION);
    const panel = await openPanel(s.browser, page, '#plain');
    const frame = await panelFrame(page);
    await frame.evaluate(() => {
      window.__longTasks = [];
      // buffered: tasks that ended before the observer was registered in this frame count too.
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks?.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);
    const started = Date.now();
    await panel.getByTestId('send').click();
    await panel.getByTestId('insert').waitFor({ timeout: 180_000 });
    const streamedMs = Date.now() - started;
    // The draft arrived whole (the panel shows its first 20,000 characters and says so).
    await panel.getByTestId('draft-cut').waitFor();
    const tasks: LongTasks = await frame.evaluate(() => {
      const all = window.__longTasks ?? [];
      return { count: all.length, maxMs: Math.max(0, ...all), totalMs: all.reduce((a, b) => a + b, 0) };
    });
    // For the bench (npm run bench:pipeline prints it, scripts/lib/panel-longtasks.ts says why a file).
    writePanelLongTasks({
      words: WORDS,
      chunkChars: CHUNK,
      streamedMs,
      ...tasks,
      measuredAt: new Date().toISOString(),
      commit: execSync('git rev-parse --short HEAD').toString().trim(),
    });
    console.log(`streaming.e2e: ${JSON.stringify({ words: WORDS, streamedMs, longTasks: tasks })}`);
    expect(tasks.maxMs).toBeLessThan(LONGEST_TASK_BOUND_MS);
    await page.close();
  }, 240_000);
});
