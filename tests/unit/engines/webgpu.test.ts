import { assessAdapter, probeWebGpu, type AdapterFacts } from '../../../lib/engines/webgpu';
import { CATALOG, findModel } from '../../../models/catalog';

const GB = 1024 ** 3;
const strong: AdapterFacts = {
  features: ['shader-f16'],
  maxBufferSize: 4 * GB,
  maxStorageBufferBindingSize: 2 * GB,
  vendor: 'acme',
  architecture: 'rdna',
  description: '',
  fallback: false,
};

describe('assessAdapter', () => {
  it('recommends an f16 model of good quality on a strong adapter with shader-f16', () => {
    const id = assessAdapter(strong).recommended ?? '';
    expect(findModel(id)).toMatchObject({ needsF16: true, quality: 'good' });
  });

  it('recommends a q4f32 variant where shader-f16 is missing', () => {
    const report = assessAdapter({ ...strong, features: [] });
    expect(report.shaderF16).toBe(false);
    expect(report.recommended).toMatch(/q4f32/);
  });

  it('recommends the smallest tier on a software (fallback) adapter', () => {
    const id = assessAdapter({ ...strong, features: [], fallback: true }).recommended ?? '';
    expect(findModel(id)?.quality).toBe('basic');
  });

  it('recommends the smallest tier when storage buffers are small', () => {
    const id = assessAdapter({ ...strong, maxStorageBufferBindingSize: 128 * 1024 ** 2 }).recommended ?? '';
    expect(findModel(id)?.quality).toBe('basic');
  });
});

describe('probeWebGpu', () => {
  it('says plainly when WebGPU is absent', async () => {
    const report = await probeWebGpu(null);
    expect(report).toMatchObject({ available: false });
    expect(report.reason).toMatch(/WebGPU/);
  });

  it('says plainly when no adapter is given, and when asking throws', async () => {
    expect((await probeWebGpu({ requestAdapter: async () => null })).available).toBe(false);
    const throwing = await probeWebGpu({ requestAdapter: () => Promise.reject(new Error('boom')) });
    expect(throwing.reason).not.toMatch(/boom/);
  });

  it('reads features, limits and info from the adapter', async () => {
    const report = await probeWebGpu({
      requestAdapter: async () => ({
        features: new Set(['shader-f16']),
        limits: { maxBufferSize: GB, maxStorageBufferBindingSize: GB },
        info: {
          vendor: 'google',
          architecture: 'swiftshader',
          description: 'SwiftShader',
          isFallbackAdapter: true,
        },
      }),
    });
    expect(report).toMatchObject({ available: true, shaderF16: true, maxStorageBufferMB: 1024 });
    expect(report.adapter?.fallback).toBe(true);
  });
});

describe('model catalog', () => {
  it('offers only models web-llm can load (its prebuilt list), with sane figures', async () => {
    const { prebuiltAppConfig } = await import('@mlc-ai/web-llm');
    const prebuilt = new Map(prebuiltAppConfig.model_list.map((m) => [m.model_id, m]));
    for (const model of CATALOG) {
      const record = prebuilt.get(model.id);
      expect(record, model.id).toBeDefined();
      expect(model.needsF16, model.id).toBe(/f16/.test(model.id));
      expect(model.downloadMB).toBeGreaterThan(50);
      expect(Math.abs(model.vramMB - (record?.vram_required_MB ?? 0))).toBeLessThan(2);
      expect(model.contextWindow).toBe(record?.overrides?.context_window_size);
    }
  });
});
