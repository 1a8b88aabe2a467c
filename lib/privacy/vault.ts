import { isRecord } from '../guards';
import { parsePlaceholder, PLACEHOLDER } from './placeholder';
import type { Vault } from './types';

/** A placeholder → original map as a panel sends it: checked, since it crosses a port. */
export function isVault(value: unknown): value is Vault {
  return (
    isRecord(value) &&
    Object.entries(value).every(([key, original]) => parsePlaceholder(key) && typeof original === 'string')
  );
}

/**
 * A vault holding `from`'s placeholders, to add more to. It has no prototype, which V8 keeps as a hash
 * table from the start: a literal (`{ ...from }`) grows by a hidden-class transition per new key, and a
 * pasted table adds hundreds of placeholders at a time (on a 20,000-char table, adding them was the
 * hottest line of the stage). Reading, spreading, JSON and structured clone see the same entries.
 */
export function growableVault(from: Vault): Vault {
  return Object.assign(Object.create(null) as Vault, from);
}

/**
 * Only the placeholders that `sent` holds: a placeholder the user deleted from the outbound text was
 * never sent, so a reply naming it must not get the private value back.
 */
export function restrictVault(vault: Vault, sent: string): Vault {
  const present = new Set([...sent.matchAll(PLACEHOLDER)].map((m) => m[0]));
  return Object.fromEntries(Object.entries(vault).filter(([placeholder]) => present.has(placeholder)));
}
