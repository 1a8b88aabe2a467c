/**
 * OpenAI chat messages to prompt tokens through the GGUF's own chat template (Jinja), as llama.cpp's
 * server and wllama render it. A final assistant message is continued, not closed, as llama.cpp's
 * server does: that is how a client asks for the distribution after a prefix.
 */
import {
  resolveChatWrapper,
  type ChatHistoryItem,
  type ChatWrapper,
  type LlamaModel,
  type Token,
} from 'node-llama-cpp';

export interface PromptMessage {
  role: string;
  content: string;
}

export class PromptError extends Error {
  override name = 'PromptError';
}

function toHistory(messages: readonly PromptMessage[]): ChatHistoryItem[] {
  const history = messages.map((m): ChatHistoryItem => {
    if (m.role === 'system' || m.role === 'developer') return { type: 'system', text: m.content };
    if (m.role === 'user') return { type: 'user', text: m.content };
    if (m.role === 'assistant') return { type: 'model', response: [m.content] };
    throw new PromptError(`Unsupported message role "${m.role}".`);
  });
  // The reply is generated into an open model turn: an empty one, or the client's final assistant prefix.
  if (history.at(-1)?.type !== 'model') history.push({ type: 'model', response: [] });
  return history;
}

/**
 * The model's template. Resolve once per model: node-llama-cpp's "auto" detection renders test chats
 * through every known format and costs seconds; the template itself is what a real server uses.
 */
export function chatWrapperFor(model: LlamaModel): ChatWrapper {
  const hasTemplate = typeof model.fileInfo.metadata.tokenizer.chat_template === 'string';
  return resolveChatWrapper(model, { type: hasTemplate ? 'jinjaTemplate' : 'auto' });
}

export function chatPrompt(
  model: LlamaModel,
  wrapper: ChatWrapper,
  messages: readonly PromptMessage[],
): Token[] {
  if (messages.length === 0) throw new PromptError('"messages" must not be empty.');
  const { contextText } = wrapper.generateContextState({ chatHistory: toHistory(messages) });
  return contextText.tokenize(model.tokenizer);
}

/** A raw completion prompt: special-token text is parsed, BOS prepended when the model wants one. */
export function completionPrompt(model: LlamaModel, prompt: string): Token[] {
  const tokens = model.tokenize(prompt, true);
  const bos = model.tokens.bos;
  return model.tokens.shouldPrependBosToken && bos !== null && tokens[0] !== bos ? [bos, ...tokens] : tokens;
}
