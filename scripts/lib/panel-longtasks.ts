/**
 * The panel's long tasks while a 10,000-word draft streams, as tests/e2e/streaming.e2e.ts measures
 * them in the e2e browser (a PerformanceObserver for 'longtask': every task of 50 ms or more). The
 * e2e writes them here and `npm run bench:pipeline` prints them: the bench stays a quick in-process
 * run (building the extension and starting Chromium takes minutes on the CI machine), and the figure
 * comes from the real panel in the real browser. The file records when and on which commit it was
 * measured, so the bench can say when the figure is older than the code.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const PANEL_LONGTASKS_FILE = join('.output', 'bench', 'panel-longtasks.json');

export interface PanelLongTasks {
  words: number;
  /** Characters per streamed delta. */
  chunkChars: number;
  streamedMs: number;
  /** Tasks of 50 ms or more (the long-task API reports no shorter ones), their longest and total. */
  count: number;
  maxMs: number;
  totalMs: number;
  measuredAt: string;
  commit: string;
}

export function writePanelLongTasks(figures: PanelLongTasks, file = PANEL_LONGTASKS_FILE): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(figures)}\n`);
}

export function readPanelLongTasks(file = PANEL_LONGTASKS_FILE): PanelLongTasks | undefined {
  if (!existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || typeof (parsed as PanelLongTasks).maxMs !== 'number')
    return undefined;
  return parsed as PanelLongTasks;
}
