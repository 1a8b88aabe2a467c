/**
 * Addresses of context entries, so the panel's reasons can link to the entry that matched.
 *
 * Scheme (kept as simple as the reasons the panel shows, see lib/privacy/prepare.ts):
 * - `profile-<key>`: a profile field, key percent-encoded ("profile: name" → `profile-name`);
 * - `fact-<n>`: the n-th fact, counted from 1 ("fact 3" → `fact-3`);
 * - `sample-<n>`: the n-th writing sample, counted from 1.
 * The options page opens one with `options.html#context/<anchor>`. Positions are the entry's place in
 * the stored lists at the time the reason was made, which is what the panel cites.
 */
export type ContextAnchor =
  { kind: 'profile'; key: string } | { kind: 'fact'; index: number } | { kind: 'sample'; index: number };

export function anchorId(anchor: ContextAnchor): string {
  if (anchor.kind === 'profile') return `profile-${encodeURIComponent(anchor.key)}`;
  return `${anchor.kind}-${anchor.index + 1}`;
}

export function parseAnchor(id: string): ContextAnchor | undefined {
  const profile = /^profile-(.+)$/.exec(id);
  if (profile?.[1]) {
    try {
      return { kind: 'profile', key: decodeURIComponent(profile[1]) };
    } catch {
      return undefined;
    }
  }
  const listed = /^(fact|sample)-([1-9]\d*)$/.exec(id);
  if (listed?.[1] && listed[2]) {
    return { kind: listed[1] === 'fact' ? 'fact' : 'sample', index: Number(listed[2]) - 1 };
  }
  return undefined;
}

/** The anchor a panel reason ("profile: name", "fact 3") points at, if it names a context entry. */
export function anchorForReason(source: string): ContextAnchor | undefined {
  const profile = /^profile: (.+)$/.exec(source);
  if (profile?.[1]) return { kind: 'profile', key: profile[1] };
  const fact = /^fact ([1-9]\d*)$/.exec(source);
  if (fact?.[1]) return { kind: 'fact', index: Number(fact[1]) - 1 };
  return undefined;
}

/** The options page address of a context entry. */
export function contextHash(anchor: ContextAnchor): string {
  return `#context/${anchorId(anchor)}`;
}
