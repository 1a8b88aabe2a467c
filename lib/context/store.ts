import { openDb } from '../db';
import { EMPTY_CONTEXT, type ContextData } from './types';

export async function loadContext(): Promise<ContextData> {
  const db = await openDb();
  return (await db.get('context', 'current')) ?? EMPTY_CONTEXT;
}

/** Replaces the whole context (import is all-or-nothing: a bad file never reaches this). */
export async function saveContext(context: ContextData): Promise<void> {
  const db = await openDb();
  await db.put('context', context, 'current');
}
