import OpenAI from 'openai';
import type { LocalServerEndpoint } from '../settings/endpoints';
import { assertLoopback } from './loopback';
import { mapLocalError } from './map-openai-error';
import { noRedirectFetch } from './no-redirect';
import { streamChatDeltas } from './openai-stream';
import { serverNextTokens } from './server-logprobs';
import type { ChatRequest, DistributionRequest, LocalEngine } from './types';

/** How long a local server may stay silent (model loading included) before we give up. */
const LOCAL_IDLE_MS = 120_000;

/**
 * A LocalEngine backed by an OpenAI-compatible server on this device (Ollama, llama.cpp server,
 * LM Studio). Refuses any address that is not loopback: "local" means the context stays here.
 */
export function createServerEngine(
  endpoint: LocalServerEndpoint,
  options: { fetch?: typeof fetch; idleMs?: number } = {},
): LocalEngine {
  assertLoopback(endpoint.baseURL);
  const idleMs = options.idleMs ?? LOCAL_IDLE_MS;
  const client = new OpenAI({
    baseURL: endpoint.baseURL,
    apiKey: endpoint.apiKey || 'local',
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    timeout: idleMs,
    // The private context goes in every request: a redirect must not carry it to another host.
    fetch: noRedirectFetch(options.fetch),
  });
  return {
    kind: 'server',
    label: `local server ${new URL(endpoint.baseURL).host} (${endpoint.model})`,
    async *chat(request: ChatRequest) {
      try {
        yield* streamChatDeltas(client, endpoint.model, request, idleMs);
      } catch (error) {
        throw mapLocalError(error);
      }
    },
    async nextTokens(request: DistributionRequest) {
      try {
        return await serverNextTokens(client, endpoint.model, request);
      } catch (error) {
        throw mapLocalError(error);
      }
    },
  };
}
