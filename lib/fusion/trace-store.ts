import { openDb } from '../db';
import { formatTraceLine, type TraceStep } from './trace';

/**
 * Opt-in training traces of logit-mode drafts the user inserted. They hold private text (the local
 * model's candidates), so they stay in the extension's IndexedDB until the user exports them.
 */
export interface StoredTrace {
  id?: number;
  time: number;
  /** Trace lines in the format of lib/fusion/trace.ts. */
  lines: string[];
}

export async function saveTrace(steps: TraceStep[], time = Date.now()): Promise<void> {
  if (steps.length === 0) return;
  const db = await openDb();
  await db.add('traces', { time, lines: steps.map(formatTraceLine) });
}

export async function traceStats(): Promise<{ drafts: number; steps: number }> {
  const db = await openDb();
  const all = await db.getAll('traces');
  return { drafts: all.length, steps: all.reduce((n, t) => n + t.lines.length, 0) };
}

/** Every recorded step as JSON Lines, ready for `npm run fusion:train`. */
export async function exportTraces(): Promise<string> {
  const db = await openDb();
  const all = await db.getAll('traces');
  return all.flatMap((t) => t.lines).join('\n') + (all.length ? '\n' : '');
}

export async function clearTraces(): Promise<void> {
  const db = await openDb();
  await db.clear('traces');
}
