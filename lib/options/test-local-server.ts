import { createServerEngine } from '../engines/server-engine';
import type { LocalEngine } from '../engines/types';
import { toAppError } from '../errors';
import type { LocalServerEndpoint } from '../settings/endpoints';

/** A fixed request with nothing of the user's in it: the test shows the server writes, not what about. */
const TEST_MESSAGE = 'Reply with the single word OK.';
/** A loaded laptop's first request may load the model from disk first. */
const TEST_MS = 60_000;

export interface LocalServerTest {
  ok: boolean;
  /** One line for the Test connection report. */
  line: string;
}

/**
 * Test connection for the local model server: it must answer a short chat with at least one token of
 * text (a server that lists models but cannot run the chosen one fails here, as it would in a draft).
 * Loopback only (createServerEngine refuses any other address); never through the cloud egress.
 */
export async function testLocalServer(
  endpoint: LocalServerEndpoint,
  engine?: LocalEngine,
): Promise<LocalServerTest> {
  const signal = AbortSignal.timeout(TEST_MS);
  try {
    let text = '';
    // Made here, so an address that is not on this device is reported like any other failure.
    for await (const delta of (engine ?? createServerEngine(endpoint)).chat({
      messages: [{ role: 'user', content: TEST_MESSAGE }],
      maxTokens: 4,
      temperature: 0,
      signal,
    }))
      text += delta;
    if (text.trim() === '')
      return {
        ok: false,
        line: `Local model server (${endpoint.model} at ${endpoint.baseURL}): it answered with no text. Check that the model name is one the server has loaded.`,
      };
    return {
      ok: true,
      line: `Local model server (${endpoint.model} at ${endpoint.baseURL}): writes (it answered a short test message).`,
    };
  } catch (error) {
    const reason = signal.aborted
      ? `no answer within ${TEST_MS / 1000} s. Is the server running?`
      : toAppError(error).userText;
    return { ok: false, line: `Local model server (${endpoint.baseURL}): ${reason}` };
  }
}
