/**
 * What the tiny test models say. Both write the same sentence greedily, each with its own real
 * vocabulary (Llama 3's and Qwen2's, from llama.cpp's vocab-only files), so the same text has different
 * token ids — and different token boundaries: Llama 3 keeps "24" whole, Qwen2 splits digits.
 *
 * The sentence may not repeat a token (a bigram model cannot give one token two successors), and may not
 * hold a newline (chat templates end their prompt with one, which must lead to the first word).
 */

/** One word of the sentence and the word a model would write there as its second choice. */
export interface TinyWord {
  text: string;
  /** The runner-up: its first token gets logit TOP - gap at every token of `text`. */
  alt: string;
  /** Log-odds of the top token over the runner-up (default 2: about 0.88 against 0.12). */
  gap?: number;
}

export const TINY_WORDS: readonly TinyWord[] = [
  { text: 'Dear', alt: 'Hi' },
  { text: ' Sam', alt: ' Alex' },
  { text: ',', alt: '!' },
  { text: ' thank', alt: ' thanks' },
  { text: ' you', alt: ' so' },
  { text: ' for', alt: ' again' },
  { text: ' approving', alt: ' granting' },
  { text: ' my', alt: ' the' },
  { text: ' leave', alt: ' holiday' },
  { text: ' until', alt: ' through' },
  { text: ' 24', alt: ' next' },
  { text: ' May', alt: ' June' },
  { text: '.', alt: ';' },
  { text: ' Best', alt: ' Kind' },
  { text: ' wishes', alt: ' regards' },
  { text: ' from', alt: ' to' },
  { text: ' Ana', alt: ' me' },
];

/** The runner-up where the model ends its turn instead. */
export const TINY_END_ALT = '.';

/** Exactly what each tiny model writes under greedy decoding, after any prompt. */
export const TINY_TEXT = TINY_WORDS.map((w) => w.text).join('');

/** Llama 3's chat format, written here because llama.cpp's Llama 3 vocab file carries no template. */
const LLAMA3_TEMPLATE =
  "{{- bos_token }}{%- for message in messages %}{{- '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n' + message['content'] | trim + '<|eot_id|>' }}{%- endfor %}{%- if add_generation_prompt %}{{- '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{%- endif %}";

export interface TinyModelSpec {
  /** llama.cpp's models/ggml-vocab-<vocab>.gguf */
  vocab: string;
  architecture: 'llama' | 'qwen2';
  /** The token that ends the assistant's turn; it becomes the model's EOS. */
  endOfTurn: string;
  /** Replaces the vocab file's chat template (or supplies the missing one). */
  chatTemplate?: string;
  /** This model's own runner-up for some words (word text to alternative). */
  alts?: Readonly<Record<string, string>>;
}

export const TINY_MODELS = {
  llama3: {
    vocab: 'llama-bpe',
    architecture: 'llama',
    endOfTurn: '<|eot_id|>',
    chatTemplate: LLAMA3_TEMPLATE,
  },
  // Where the vocabularies split a word differently (" 24"), the two models' runner-ups differ: text
  // matching cannot see that Qwen2's "2" starts Llama 3's "24", and a runner-up both sides list would
  // outrank both halves (tests/unit/engines/llama-fusion.test.ts).
  qwen2: { vocab: 'qwen2', architecture: 'qwen2', endOfTurn: '<|im_end|>', alts: { ' 24': ' early' } },
} as const satisfies Record<string, TinyModelSpec>;

export type TinyModelId = keyof typeof TINY_MODELS;
