import { AppError } from '../errors';
import type { CloudEndpoint } from '../settings/endpoints';
import { replyTooLarge } from './bounds';
import { completionBody, stepsFromCompletion } from './completions-client';
import { egressClient, startEgress, type EgressOptions } from './egress';
import { streamChatDeltas } from './openai-stream';
import type { ChatRequest, CloudClient } from './types';

/** Sent when the caller names no bound: an endpoint must never be left to decide how long to write. */
const DEFAULT_MAX_TOKENS = 2048;

/** Any OpenAI-compatible endpoint; every request goes out through the egress (lib/engines/egress.ts). */
export function createCloudClient(endpoint: CloudEndpoint, options: EgressOptions = {}): CloudClient {
  if (!endpoint.baseURL || !endpoint.model) throw new AppError('cloud-not-configured');
  // One SDK client for every request of this client (a job's logit rounds); each request still
  // goes through its own egress call: guarded, audited, bounded (egress.ts).
  const client = egressClient(endpoint);
  return {
    endpoint: endpoint.baseURL,
    model: endpoint.model,
    async *chat(request: ChatRequest, outbound) {
      const call = startEgress(endpoint, outbound, request.signal, options, client);
      let chars = 0;
      try {
        const bounded = {
          ...request,
          maxTokens: request.maxTokens ?? DEFAULT_MAX_TOKENS,
          signal: call.signal,
        };
        for await (const delta of streamChatDeltas(
          call.client,
          endpoint.model,
          bounded,
          endpoint.timeoutMs,
          call.requestOptions.fetchOptions,
        )) {
          chars += delta.length;
          // Cut, and never handed on whole: the caller sees the error, not an over-long reply.
          if (chars > call.limits.maxChars) throw replyTooLarge(call.limits.maxChars);
          yield delta;
        }
        await call.sent(chars);
      } catch (error) {
        throw await call.failed(error);
      } finally {
        call.close();
      }
    },
    async complete(request, outbound) {
      const call = startEgress(endpoint, outbound, request.signal, options, client);
      try {
        // Not through the SDK: its per-request work was most of a logit round's own cost (egress.ts).
        const reply = await call.postJson('/completions', completionBody(endpoint.model, request));
        const steps = stepsFromCompletion(reply);
        await call.sent(steps.reduce((n, step) => n + step.token.text.length, 0));
        return steps;
      } catch (error) {
        throw await call.failed(error);
      } finally {
        call.close();
      }
    },
  };
}
