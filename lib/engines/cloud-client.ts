import OpenAI from 'openai';
import { AppError } from '../errors';
import type { CloudEndpoint } from '../settings/endpoints';
import { mapCloudError } from './map-openai-error';
import { streamChatDeltas } from './openai-stream';
import type { ChatRequest, CloudClient } from './types';

export interface CloudClientOptions {
  fetch?: typeof fetch;
}

/** Any OpenAI-compatible endpoint. Callers must pass only payloads that passed the outbound guard. */
export function createCloudClient(endpoint: CloudEndpoint, options: CloudClientOptions = {}): CloudClient {
  if (!endpoint.baseURL || !endpoint.model) throw new AppError('cloud-not-configured');
  const client = new OpenAI({
    baseURL: endpoint.baseURL,
    apiKey: endpoint.apiKey || 'none',
    // The key belongs to the user and lives only in extension pages, never in a web page.
    dangerouslyAllowBrowser: true,
    // Retries would repeat an outbound request the user approved once; the panel offers Regenerate.
    maxRetries: 0,
    timeout: endpoint.timeoutMs,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return {
    endpoint: endpoint.baseURL,
    model: endpoint.model,
    async *chat(request: ChatRequest) {
      try {
        yield* streamChatDeltas(client, endpoint.model, request, endpoint.timeoutMs);
      } catch (error) {
        throw mapCloudError(error);
      }
    },
  };
}
