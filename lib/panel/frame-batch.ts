import type { JobEvent } from '../messaging/protocol';

/**
 * Streamed text arrives in many small deltas; rendering each would freeze the panel on a huge reply.
 * This joins the deltas that arrive within one animation frame into one event. Any other event first
 * flushes what is buffered, so order is kept (the last deltas before `done`).
 */
export function batchDeltas(
  forward: (event: JobEvent) => void,
  schedule: (flush: () => void) => void = (flush) => requestAnimationFrame(flush),
): (event: JobEvent) => void {
  let sketch = '';
  let draft = '';
  let pending = false;
  const flush = () => {
    pending = false;
    if (sketch) forward({ type: 'sketch', delta: sketch });
    if (draft) forward({ type: 'draft', delta: draft });
    sketch = '';
    draft = '';
  };
  return (event) => {
    if (event.type === 'sketch') sketch += event.delta;
    else if (event.type === 'draft') draft += event.delta;
    else {
      flush();
      forward(event);
      return;
    }
    if (!pending) {
      pending = true;
      schedule(flush);
    }
  };
}
