import { completionsProposer } from '../fusion/completions-client';
import { toAppError } from '../errors';
import { mapProposerError } from './map-proposer-error';
import type { CloudCapabilities, CloudEndpoint } from '../settings/endpoints';
import { createCloudClient } from './cloud-client';

export interface ProbeReport {
  capabilities: CloudCapabilities;
  /** One sentence per check, for the options page. */
  lines: string[];
  /** The exact requests sent (fixed text, nothing private), for the audit log. */
  payloads: unknown[];
}

const CHAT = [{ role: 'user' as const, content: 'Reply with the word OK.' }];
const PROMPT = 'The sky is';

/**
 * "Test connection": can the endpoint chat, return log-probabilities, and continue a prefix? The
 * probes carry fixed text only. Logit mode is offered only where the last two hold.
 */
export async function probeCloud(
  endpoint: CloudEndpoint,
  options: { fetch?: typeof fetch } = {},
): Promise<ProbeReport> {
  const lines: string[] = [];
  let chat = false;
  try {
    for await (const delta of createCloudClient(endpoint, options).chat({ messages: CHAT, maxTokens: 5 }))
      void delta;
    chat = true;
    lines.push('Chat: works (Sketch and Redacted cloud modes can use this endpoint).');
  } catch (error) {
    lines.push(`Chat: failed. ${toAppError(error).userText}`);
  }
  let logprobs = false;
  let continuation = false;
  try {
    const steps = await completionsProposer({
      baseURL: endpoint.baseURL,
      model: endpoint.model,
      apiKey: endpoint.apiKey,
      prompt: PROMPT,
      topLogprobs: 5,
      temperature: 0,
      timeoutMs: endpoint.timeoutMs,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    }).propose('', 2);
    continuation = steps.length > 0;
    logprobs = steps.every((step) => step.top.length >= 2);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    // It answered /completions but without log-probabilities: it continues prefixes, no more.
    continuation = /no log-probabilities/.test(message);
    if (!continuation) lines.push(`Completions: failed. ${mapProposerError(error).userText}`);
  }
  lines.push(
    logprobs && continuation
      ? 'Log-probabilities and prefix continuation: yes. Logit mode is available.'
      : `Logit mode is not available here: this endpoint ${continuation ? 'continues a prefix but returns no log-probabilities' : 'does not continue a prefix (/v1/completions)'}. vLLM, llama.cpp server and Ollama 0.12.11 or later support both; LM Studio does not. Sites set to Logit use Sketch instead.`,
  );
  return {
    capabilities: {
      baseURL: endpoint.baseURL,
      model: endpoint.model,
      chat,
      logprobs,
      continuation,
      checkedAt: Date.now(),
    },
    lines,
    payloads: [
      { endpoint: '/chat/completions', messages: CHAT, max_tokens: 5 },
      { endpoint: '/completions', prompt: PROMPT, max_tokens: 2, logprobs: 5 },
    ],
  };
}
