import { PARTIAL_PLACEHOLDER, PLACEHOLDER, placeholder } from './placeholder';
import type { Vault } from './types';

/** Puts the originals back in text that came from the cloud. Tolerates case changes ([person_1]). */
export function restore(text: string, vault: Vault): string {
  return text.replace(
    PLACEHOLDER,
    (whole, kind: string, n: string) => vault[placeholder(kind.toUpperCase(), Number(n))] ?? whole,
  );
}

/**
 * Restores a streamed text chunk by chunk without ever emitting half a placeholder: a trailing
 * fragment that could still become one is held back until the next chunk decides it.
 */
export class RestoreStream {
  private pending = '';
  constructor(private readonly vault: Vault) {}

  push(chunk: string): string {
    const text = this.pending + chunk;
    const open = text.lastIndexOf('[');
    if (
      open !== -1 &&
      !text.includes(']', open) &&
      PARTIAL_PLACEHOLDER.test(text.slice(open)) &&
      text.length - open <= 24
    ) {
      this.pending = text.slice(open);
      return restore(text.slice(0, open), this.vault);
    }
    this.pending = '';
    return restore(text, this.vault);
  }

  end(): string {
    const rest = restore(this.pending, this.vault);
    this.pending = '';
    return rest;
  }
}
