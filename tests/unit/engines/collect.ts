/** Drains a delta stream; resolves to the deltas, or rejects with what the stream threw. */
export async function collect(stream: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const delta of stream) out.push(delta);
  return out;
}

/** The error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** The URL of a port nobody listens on: a stub's address right after it closed. */
export async function deadUrl(
  start: () => Promise<{ url: string; close(): Promise<void> }>,
): Promise<string> {
  const stub = await start();
  await stub.close();
  return stub.url;
}
