/**
 * GGUF models for the CPU engine (wllama: llama.cpp in WebAssembly), for browsers without a usable
 * WebGPU. Small instruct models only: on the CPU a 360M model writes a few tokens a second. The weights
 * are data, fetched after the user's consent from the address below and kept in the browser's cache;
 * the program (wllama.wasm) always ships inside the extension.
 *
 * The addresses are Hugging Face's published files; they could not be fetched from the machine this
 * was written on (the tests load a tiny model built at test time instead), so sizes are the published
 * ones, rounded up.
 */
export interface GgufModel {
  id: string;
  label: string;
  /** Approximate size of the GGUF file: what the user consents to fetch. */
  downloadMB: number;
  url: string;
  /** Context window the engine opens (prompt plus reply), in tokens. */
  contextWindow: number;
  /** Vocabulary family, shared with the web-llm catalog's names (logit mode matches ids within one). */
  tokenizer: string;
}

const HF = 'https://huggingface.co';

export const GGUF_CATALOG: readonly GgufModel[] = [
  {
    id: 'SmolLM2-135M-Instruct-Q8_0',
    label: 'SmolLM2 135M (CPU)',
    downloadMB: 145,
    url: `${HF}/HuggingFaceTB/SmolLM2-135M-Instruct-GGUF/resolve/main/smollm2-135m-instruct-q8_0.gguf`,
    contextWindow: 2048,
    tokenizer: 'smollm2',
  },
  {
    id: 'SmolLM2-360M-Instruct-Q8_0',
    label: 'SmolLM2 360M (CPU)',
    downloadMB: 390,
    url: `${HF}/HuggingFaceTB/SmolLM2-360M-Instruct-GGUF/resolve/main/smollm2-360m-instruct-q8_0.gguf`,
    contextWindow: 2048,
    tokenizer: 'smollm2',
  },
  // Qwen's own quantizations keep the large (151k-token) embedding at higher precision, so the files
  // are bigger than 0.5B parameters suggest; the sizes below err on the large side.
  {
    id: 'Qwen2.5-0.5B-Instruct-Q4_K_M',
    label: 'Qwen2.5 0.5B Q4 (CPU)',
    downloadMB: 500,
    url: `${HF}/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q4_k_m.gguf`,
    contextWindow: 2048,
    tokenizer: 'qwen2.5',
  },
  {
    id: 'Qwen2.5-0.5B-Instruct-Q8_0',
    label: 'Qwen2.5 0.5B Q8 (CPU)',
    downloadMB: 680,
    url: `${HF}/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q8_0.gguf`,
    contextWindow: 2048,
    tokenizer: 'qwen2.5',
  },
];

/** The model the CPU engine uses when none is chosen: the smallest, fastest on a CPU. */
export const DEFAULT_GGUF_MODEL = 'SmolLM2-135M-Instruct-Q8_0';

export function findGgufModel(id: string): GgufModel | undefined {
  return GGUF_CATALOG.find((model) => model.id === id);
}
