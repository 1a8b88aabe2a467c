import { parsePlaceholder } from '../privacy/placeholder';

/**
 * What a request withheld, by kind: the placeholders it was given ("[PERSON_1]", "[EMAIL_2]") counted
 * per kind. Built from the vault's keys only; the values behind them never reach the log.
 */
export function withheldKinds(placeholders: Iterable<string>): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const text of placeholders) {
    const kind = parsePlaceholder(text)?.kind;
    if (kind) kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return kinds;
}

/** "2 withheld: 1 person, 1 email" for the Activity list (kinds as the placeholders name them). */
export function describeWithheld(count: number, kinds: Record<string, number> | undefined): string {
  if (count === 0) return 'nothing withheld';
  const parts = Object.entries(kinds ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, n]) => `${n} ${kind.toLowerCase().replace(/_/g, ' ')}`);
  return parts.length ? `${count} withheld: ${parts.join(', ')}` : `${count} withheld`;
}
