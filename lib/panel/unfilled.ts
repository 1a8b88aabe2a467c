import { PLACEHOLDER } from '../privacy/placeholder';

/**
 * Placeholders left in a draft: the cloud named one that was never sent (or that the user deleted),
 * so the device has nothing to put back. Each once, in order of appearance.
 */
export function unfilledPlaceholders(draft: string): string[] {
  return [...new Set([...draft.matchAll(PLACEHOLDER)].map((m) => m[0]))];
}

/** The draft cut into plain text and unfilled placeholders, for marking the latter. */
export function splitUnfilled(draft: string): { text: string; unfilled: boolean }[] {
  const parts: { text: string; unfilled: boolean }[] = [];
  let at = 0;
  for (const m of draft.matchAll(PLACEHOLDER)) {
    if (m.index > at) parts.push({ text: draft.slice(at, m.index), unfilled: false });
    parts.push({ text: m[0], unfilled: true });
    at = m.index + m[0].length;
  }
  if (at < draft.length) parts.push({ text: draft.slice(at), unfilled: false });
  return parts;
}
