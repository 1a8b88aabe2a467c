/**
 * Which on-device engine writes drafts and with which model, and how long the review waits for the
 * local model's privacy pass. Stored in the endpoints record (IndexedDB, endpoints.ts), beside the
 * cloud endpoint, because the options page saves them together and the engine host reads them together.
 */

/** 'wllama': llama.cpp in WebAssembly on the CPU, for browsers without a usable WebGPU. */
export type LocalEngineKind = 'webllm' | 'server' | 'wllama';

/** An OpenAI-compatible model server on this device (loopback only: lib/engines/loopback.ts). */
export interface LocalServerEndpoint {
  baseURL: string;
  model: string;
  apiKey: string;
}

/** The model-assisted pass's default time budget: long enough for a loaded model, short for a review. */
export const ASSIST_BUDGET_FALLBACK_MS = 3_000;

export function assistBudget(settings: { assistBudgetMs?: number }): number {
  return settings.assistBudgetMs ?? ASSIST_BUDGET_FALLBACK_MS;
}
