/**
 * Model interfaces, shaped like OpenAI's chat API so that web-llm, a loopback server and any cloud
 * endpoint fit behind them (STYLE 12).
 */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  messages: ChatMessage[];
  maxTokens?: number;
  temperature?: number;
  signal?: AbortSignal;
}

/**
 * An on-device model. Trusted with private context. Implementations: the loopback-server engine
 * (lib/engines/server-engine.ts) and web-llm.
 *
 * - `chat` streams the reply's text as it is generated; it ends when the reply is complete and throws
 *   an AppError ('local-*' or 'cancelled') otherwise. Aborting `signal` stops generation promptly.
 */
export interface LocalEngine {
  readonly kind: 'server' | 'webllm';
  readonly label: string;
  chat(request: ChatRequest): AsyncIterable<string>;
}

/** A cloud model. Never trusted with private context: callers pass only guarded payloads. */
export interface CloudClient {
  readonly endpoint: string;
  readonly model: string;
  chat(request: ChatRequest): AsyncIterable<string>;
}
