import { AppError } from '../errors';

/** Content scripts are no more trusted than the page: every field they send is checked. */
export const MAX_TEXT = 50_000;

/** The longest instruction the panel works on (a message, a page of notes; not a whole document). */
export const MAX_INSTRUCTION = MAX_TEXT;

export function requireString(value: unknown, what: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.length > max) throw new AppError('internal', `Bad ${what}.`);
  return value;
}

/** A count the content script reports (characters): a non-negative integer, or 0 when absent. */
export function optionalCount(value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
    throw new AppError('internal', 'Bad count.');
  return value;
}

export function requireToken(value: unknown): string {
  const token = requireString(value, 'token', 64);
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) throw new AppError('session-expired');
  return token;
}

export function requireObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) throw new AppError('internal', 'Bad message.');
  return value as Record<string, unknown>;
}
