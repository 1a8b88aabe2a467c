/**
 * The on-device models worth offering for writing: web-llm prebuilt ids, with what a user needs to
 * choose one. `downloadMB` is the approximate size of the weights (what the user consents to fetch);
 * `vramMB` is web-llm's own estimate; `tokenizer` names the vocabulary, so logit mode can match token
 * ids exactly when the cloud model shares it.
 */
export type QualityTier = 'basic' | 'good' | 'better' | 'best';

export interface CatalogModel {
  id: string;
  label: string;
  downloadMB: number;
  vramMB: number;
  contextWindow: number;
  needsF16: boolean;
  quality: QualityTier;
  tokenizer: string;
  /** Where the weights (data) come from, after the user's consent. Unset: web-llm's default host. */
  modelUrl?: string;
  /**
   * The model library (.wasm), which is code: always a file inside the extension, never a download
   * (browser stores reject remotely loaded code, and code from a third host would run with the
   * user's context). `npm run model-libs` places the files (README, "Release builds"); the engine
   * refuses any other address (lib/engines/webllm/model-lib.ts).
   */
  modelLib: string;
}

/** Where the model libraries live inside the extension (public/model-libs/ in the source tree). */
export const MODEL_LIB_DIR = '/model-libs';

const bundledLib = (file: string) => `${MODEL_LIB_DIR}/${file}`;

export const CATALOG: readonly CatalogModel[] = [
  {
    id: 'SmolLM2-360M-Instruct-q4f16_1-MLC',
    label: 'SmolLM2 360M (f16)',
    downloadMB: 270,
    vramMB: 376,
    contextWindow: 4096,
    needsF16: true,
    quality: 'basic',
    tokenizer: 'smollm2',
    modelLib: bundledLib('SmolLM2-360M-Instruct-q4f16_1_cs1k-webgpu.wasm'),
  },
  {
    id: 'SmolLM2-360M-Instruct-q4f32_1-MLC',
    label: 'SmolLM2 360M',
    downloadMB: 280,
    vramMB: 580,
    contextWindow: 4096,
    needsF16: false,
    quality: 'basic',
    tokenizer: 'smollm2',
    modelLib: bundledLib('SmolLM2-360M-Instruct-q4f32_1_cs1k-webgpu.wasm'),
  },
  {
    id: 'Qwen2.5-0.5B-Instruct-q4f16_1-MLC',
    label: 'Qwen2.5 0.5B (f16)',
    downloadMB: 290,
    vramMB: 945,
    contextWindow: 4096,
    needsF16: true,
    quality: 'basic',
    tokenizer: 'qwen2.5',
    modelLib: bundledLib('Qwen2-0.5B-Instruct-q4f16_1_cs1k-webgpu.wasm'),
  },
  {
    id: 'Qwen2.5-0.5B-Instruct-q4f32_1-MLC',
    label: 'Qwen2.5 0.5B',
    downloadMB: 300,
    vramMB: 1060,
    contextWindow: 4096,
    needsF16: false,
    quality: 'basic',
    tokenizer: 'qwen2.5',
    modelLib: bundledLib('Qwen2-0.5B-Instruct-q4f32_1_cs1k-webgpu.wasm'),
  },
  {
    id: 'Llama-3.2-1B-Instruct-q4f16_1-MLC',
    label: 'Llama 3.2 1B (f16)',
    downloadMB: 710,
    vramMB: 879,
    contextWindow: 4096,
    needsF16: true,
    quality: 'good',
    tokenizer: 'llama3',
    modelLib: bundledLib('Llama-3.2-1B-Instruct-q4f16_1_cs1k-webgpu.wasm'),
  },
  {
    id: 'Llama-3.2-1B-Instruct-q4f32_1-MLC',
    label: 'Llama 3.2 1B',
    downloadMB: 720,
    vramMB: 1129,
    contextWindow: 4096,
    needsF16: false,
    quality: 'good',
    tokenizer: 'llama3',
    modelLib: bundledLib('Llama-3.2-1B-Instruct-q4f32_1_cs1k-webgpu.wasm'),
  },
  {
    id: 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC',
    label: 'Qwen2.5 1.5B (f16)',
    downloadMB: 880,
    vramMB: 1630,
    contextWindow: 4096,
    needsF16: true,
    quality: 'better',
    tokenizer: 'qwen2.5',
    modelLib: bundledLib('Qwen2-1.5B-Instruct-q4f16_1_cs1k-webgpu.wasm'),
  },
  {
    id: 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC',
    label: 'Qwen2.5 1.5B',
    downloadMB: 890,
    vramMB: 1889,
    contextWindow: 4096,
    needsF16: false,
    quality: 'better',
    tokenizer: 'qwen2.5',
    modelLib: bundledLib('Qwen2-1.5B-Instruct-q4f32_1_cs1k-webgpu.wasm'),
  },
  {
    id: 'Phi-3.5-mini-instruct-q4f16_1-MLC',
    label: 'Phi-3.5 mini (f16)',
    downloadMB: 2150,
    vramMB: 3672,
    contextWindow: 4096,
    needsF16: true,
    quality: 'best',
    tokenizer: 'phi3',
    modelLib: bundledLib('Phi-3.5-mini-instruct-q4f16_1_cs1k-webgpu.wasm'),
  },
  {
    id: 'Phi-3.5-mini-instruct-q4f32_1-MLC',
    label: 'Phi-3.5 mini',
    downloadMB: 2160,
    vramMB: 5483,
    contextWindow: 4096,
    needsF16: false,
    quality: 'best',
    tokenizer: 'phi3',
    modelLib: bundledLib('Phi-3.5-mini-instruct-q4f32_1_cs1k-webgpu.wasm'),
  },
];

/**
 * Test builds add a model whose files live at an unreachable loopback address, so the e2e suite can
 * check that a failed download ends in a readable error instead of a hang.
 */
export const UNREACHABLE_TEST_MODEL: CatalogModel = {
  id: 'Test-Unreachable-q4f32_1-MLC',
  label: 'Test model (unreachable)',
  downloadMB: 1,
  vramMB: 1,
  contextWindow: 1024,
  needsF16: false,
  quality: 'basic',
  tokenizer: 'test',
  modelUrl: 'http://127.0.0.1:9/models/test/',
  // Inside the extension like every library (the download fails on the weights first).
  modelLib: bundledLib('test.wasm'),
};

export function catalog(): readonly CatalogModel[] {
  return import.meta.env?.MODE === 'e2e' ? [...CATALOG, UNREACHABLE_TEST_MODEL] : CATALOG;
}

export function findModel(id: string): CatalogModel | undefined {
  return catalog().find((model) => model.id === id);
}
