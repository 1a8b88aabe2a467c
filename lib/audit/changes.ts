/**
 * "The audit log changed": the engine host (offscreen document or Firefox's background page) writes
 * the log, options shows it. IndexedDB tells no other context about a write, so each writer says so on
 * a BroadcastChannel, which reaches every extension page of the same origin (never a web page).
 */
const CHANNEL = 'cogenesis-audit';

/** This context's sending end, opened once: a logit round notifies twice, and opening one costs. */
let sender: BroadcastChannel | undefined;

/** Tells open views that the log changed; carries no entry, so nothing private travels this way. */
export function notifyAuditChanged(): void {
  // Absent in some test environments; a view that misses a change still shows it on its next load.
  if (typeof BroadcastChannel === 'undefined') return;
  if (!sender) {
    sender = new BroadcastChannel(CHANNEL);
    // Node (benchmarks, tests) would otherwise stay alive for an open channel; browsers have no unref.
    (sender as { unref?: () => void }).unref?.();
  }
  sender.postMessage('changed');
}

/** Calls `onChange` whenever another context changes the log; returns the way to stop listening. */
export function watchAuditChanges(onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => onChange();
  return () => channel.close();
}
