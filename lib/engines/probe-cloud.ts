import type { AuditWriter } from '../audit/types';
import { toAppError } from '../errors';
import type { CloudCapabilities, CloudEndpoint } from '../settings/endpoints';
import { createCloudClient } from './cloud-client';
import type { EgressOptions } from './egress';
import type { Outbound } from './types';

export interface ProbeReport {
  capabilities: CloudCapabilities;
  /** One sentence per check, for the options page. */
  lines: string[];
}

const CHAT = [{ role: 'user' as const, content: 'Reply with the word OK.' }];
const PROMPT = 'The sky is';

export interface ProbeDeps extends EgressOptions {
  audit: AuditWriter;
  now: () => number;
  /** The outbound guard; the probes carry fixed text, but they leave by the same door as everything else. */
  guard: (text: string) => void;
}

/**
 * "Test connection": can the endpoint chat, return log-probabilities, and continue a prefix? The
 * probes carry fixed text only and go out through the egress like every other request (audited as
 * 'probe'). Logit mode is offered only where the last two hold.
 */
export async function probeCloud(endpoint: CloudEndpoint, deps: ProbeDeps): Promise<ProbeReport> {
  const cloud = createCloudClient(endpoint, deps);
  const outbound: Outbound = {
    site: 'options (Test connection)',
    purpose: 'probe',
    withheld: 0,
    guard: deps.guard,
    audit: deps.audit,
    now: deps.now,
  };
  const lines: string[] = [];
  let chat = false;
  try {
    for await (const delta of cloud.chat({ messages: CHAT, maxTokens: 5 }, outbound)) void delta;
    chat = true;
    lines.push('Chat: works (Sketch and Redacted cloud modes can use this endpoint).');
  } catch (error) {
    lines.push(`Chat: failed. ${toAppError(error).userText}`);
  }
  let logprobs = false;
  let continuation = false;
  try {
    const steps = await cloud.complete(
      { prompt: PROMPT, maxTokens: 2, topLogprobs: 5, temperature: 0 },
      outbound,
    );
    continuation = steps.length > 0;
    logprobs = steps.every((step) => step.top.length >= 2);
  } catch (error) {
    const appError = toAppError(error);
    // It answered /completions but without log-probabilities: it continues prefixes, no more.
    continuation = appError.code === 'cloud-no-logprobs';
    if (!continuation) lines.push(`Completions: failed. ${appError.userText}`);
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
      checkedAt: deps.now(),
    },
    lines,
  };
}
