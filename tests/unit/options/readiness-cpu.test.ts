import { EMPTY_CONTEXT } from '../../../lib/context/types';
import type { EngineSpeed } from '../../../lib/engines/speed-estimate';
import type { GpuReport } from '../../../lib/engines/webgpu';
import { cpuOffer } from '../../../lib/options/engine-offer';
import { cpuModelInUse, readiness } from '../../../lib/options/readiness';
import { ENDPOINT_FALLBACK, type EndpointSettings } from '../../../lib/settings/endpoints';
import { DEFAULT_GGUF_MODEL } from '../../../models/gguf-catalog';

const NO_GPU: GpuReport = { available: false, shaderF16: false, maxBufferMB: 0, maxStorageBufferMB: 0 };
const GPU: GpuReport = {
  available: true,
  shaderF16: true,
  maxBufferMB: 2048,
  maxStorageBufferMB: 2048,
  recommended: 'Llama-3.2-1B-Instruct-q4f16_1-MLC',
  adapter: { vendor: 'v', architecture: 'a', description: 'd', fallback: false },
};
const CPU: EndpointSettings = {
  ...ENDPOINT_FALLBACK,
  localEngine: 'wllama',
  ggufModel: 'SmolLM2-360M-Instruct-Q8_0',
};
const SPEED: EngineSpeed = {
  modelId: 'SmolLM2-360M-Instruct-Q8_0',
  modelLabel: 'SmolLM2 360M (CPU)',
  promptTokens: 200,
  prefillTokensPerSecond: 50,
  decodeTokens: 16,
  decodeTokensPerSecond: 4,
  threads: 2,
  measuredAt: 1,
};

const local = (...args: Parameters<typeof readiness>) => readiness(...args)[0];

describe('readiness of the CPU engine', () => {
  it('is ready once the chosen CPU model is downloaded, citing its measured speed', () => {
    expect(local(CPU, EMPTY_CONTEXT, undefined, { cached: true, speed: SPEED })).toMatchObject({
      state: 'ok',
      section: 'models',
      detail: expect.stringMatching(/SmolLM2 360M \(CPU\) \(downloaded, about 3 words\/s — a 150-word draft/),
    });
  });

  it('claims no speed that was not measured', () => {
    const item = local(CPU, EMPTY_CONTEXT, undefined, { cached: true });
    expect(item?.state).toBe('ok');
    expect(item?.detail).toMatch(/speed not measured yet/);
    expect(item?.detail).not.toMatch(/words\/s/);
  });

  it('says what is missing when the model is not downloaded, with its size, and links to Models', () => {
    expect(local(CPU, EMPTY_CONTEXT, undefined, { cached: false })).toMatchObject({
      state: 'missing',
      section: 'models',
      detail: expect.stringMatching(
        /SmolLM2 360M \(CPU\) is not downloaded yet \(about 390 MB\): download it in Models/,
      ),
    });
  });

  it('is not ready when the cache could not be asked', () => {
    expect(local(CPU, EMPTY_CONTEXT, undefined, {})).toMatchObject({
      state: 'missing',
      detail: expect.stringMatching(/could not check/),
    });
    expect(local(CPU, EMPTY_CONTEXT)).toMatchObject({ state: 'missing' });
  });

  it('follows the CPU default model when the GPU model is chosen without a model and no WebGPU is here', () => {
    expect(cpuModelInUse(ENDPOINT_FALLBACK, NO_GPU)?.id).toBe(DEFAULT_GGUF_MODEL);
    expect(local(ENDPOINT_FALLBACK, EMPTY_CONTEXT, NO_GPU, { cached: true })).toMatchObject({
      state: 'ok',
      detail: expect.stringMatching(/no WebGPU model fits this browser, so the CPU model writes/),
    });
    expect(local(ENDPOINT_FALLBACK, EMPTY_CONTEXT, NO_GPU, { cached: false })?.state).toBe('missing');
  });

  it('never puts the CPU model in place of a working WebGPU or a chosen GPU model', () => {
    expect(cpuModelInUse(ENDPOINT_FALLBACK, GPU)).toBeUndefined();
    expect(local(ENDPOINT_FALLBACK, EMPTY_CONTEXT, GPU, { cached: true })?.detail).toMatch(
      /^in the browser: /,
    );
    const chosenGpuModel = { ...ENDPOINT_FALLBACK, webllmModel: 'Llama-3.2-1B-Instruct-q4f16_1-MLC' };
    expect(cpuModelInUse(chosenGpuModel, NO_GPU)).toBeUndefined();
    expect(local(chosenGpuModel, EMPTY_CONTEXT, NO_GPU)).toMatchObject({
      state: 'missing',
      detail: expect.stringMatching(/choose the CPU engine or a local model server/),
    });
  });

  it('names a GGUF address the user chose by its file name', () => {
    const custom = { ...CPU, ggufModel: 'https://models.example/tiny-q8_0.gguf' };
    expect(local(custom, EMPTY_CONTEXT, undefined, { cached: false })?.detail).toMatch(
      /tiny-q8_0\.gguf is not downloaded yet: download it/,
    );
  });
});

describe('cpuOffer', () => {
  it('offers the CPU engine without WebGPU, with no fitting model, or on a software adapter', () => {
    expect(cpuOffer(NO_GPU)).toBe('no-webgpu');
    expect(cpuOffer({ ...GPU, recommended: undefined })).toBe('too-weak');
    expect(
      cpuOffer({
        ...GPU,
        adapter: { vendor: 'v', architecture: 'a', description: 'SwiftShader', fallback: true },
      }),
    ).toBe('software');
  });

  it('offers nothing over a working WebGPU, or before the check ran', () => {
    expect(cpuOffer(GPU)).toBeUndefined();
    expect(cpuOffer(undefined)).toBeUndefined();
  });
});
