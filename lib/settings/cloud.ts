/**
 * The cloud endpoint and what Test connection found about it. Stored in the endpoints record
 * (IndexedDB, endpoints.ts): the API key is a secret, and content scripts can read storage.local.
 */
export interface CloudEndpoint {
  baseURL: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
}

/**
 * What "Test connection" found for a cloud endpoint: a cache of the probe, valid only while base URL
 * and model stay the same (logitAvailable checks), so Logit mode need not probe before every draft.
 */
export interface CloudCapabilities {
  baseURL: string;
  model: string;
  chat: boolean;
  /** Returns top log-probabilities per token. */
  logprobs: boolean;
  /** Continues a given prefix (/v1/completions). */
  continuation: boolean;
  checkedAt: number;
}

/** Logit mode needs log-probabilities and prefix continuation from the endpoint now configured. */
export function logitAvailable(settings: {
  cloud: CloudEndpoint;
  cloudCapabilities?: CloudCapabilities;
}): boolean {
  const caps = settings.cloudCapabilities;
  return (
    caps !== undefined &&
    caps.baseURL === settings.cloud.baseURL &&
    caps.model === settings.cloud.model &&
    caps.logprobs &&
    caps.continuation
  );
}
