import { catalog, type CatalogModel } from '../../models/catalog';

/** What the capability check found, in terms a user can read. */
export interface GpuReport {
  available: boolean;
  /** Why WebGPU is unavailable, when it is. */
  reason?: string;
  adapter?: { vendor: string; architecture: string; description: string; fallback: boolean };
  shaderF16: boolean;
  maxBufferMB: number;
  maxStorageBufferMB: number;
  /** The model we suggest, or undefined when none fits. */
  recommended?: string;
}

export interface AdapterFacts {
  features: readonly string[];
  maxBufferSize: number;
  maxStorageBufferBindingSize: number;
  vendor: string;
  architecture: string;
  description: string;
  fallback: boolean;
}

const MB = 1024 * 1024;

/**
 * Pure: from adapter facts to a report and a recommendation. f16 variants where shader-f16 exists,
 * q4f32 otherwise; on weak or software adapters (small buffers, fallback) the smallest models.
 */
export function assessAdapter(facts: AdapterFacts, models: readonly CatalogModel[] = catalog()): GpuReport {
  const shaderF16 = facts.features.includes('shader-f16');
  const maxStorageBufferMB = Math.floor(facts.maxStorageBufferBindingSize / MB);
  const weak = facts.fallback || maxStorageBufferMB < 1024;
  // f16 variants where the adapter has shader-f16 (faster, smaller), f32 variants otherwise.
  const usable = models.filter((m) => m.needsF16 === shaderF16 && !m.modelUrl);
  const preferred = weak
    ? usable.filter((m) => m.quality === 'basic')
    : usable.filter((m) => m.quality === 'good');
  return {
    available: true,
    adapter: {
      vendor: facts.vendor,
      architecture: facts.architecture,
      description: facts.description,
      fallback: facts.fallback,
    },
    shaderF16,
    maxBufferMB: Math.floor(facts.maxBufferSize / MB),
    maxStorageBufferMB,
    recommended: (preferred[0] ?? usable[0])?.id,
  };
}

interface GpuLike {
  requestAdapter(): Promise<{
    features: ReadonlySet<string>;
    limits: { maxBufferSize: number; maxStorageBufferBindingSize: number };
    info?: { vendor?: string; architecture?: string; description?: string; isFallbackAdapter?: boolean };
    isFallbackAdapter?: boolean;
  } | null>;
}

/** Asks the browser. Never throws: a missing GPU is a report, not an error. */
export async function probeWebGpu(
  gpu: GpuLike | null = (globalThis.navigator as { gpu?: GpuLike } | undefined)?.gpu ?? null,
): Promise<GpuReport> {
  const none = (reason: string): GpuReport => ({
    available: false,
    reason,
    shaderF16: false,
    maxBufferMB: 0,
    maxStorageBufferMB: 0,
  });
  if (!gpu) return none('This browser does not offer WebGPU here.');
  try {
    const adapter = await gpu.requestAdapter();
    if (!adapter)
      return none('WebGPU is present but no graphics adapter is available (it may be disabled or blocked).');
    return assessAdapter({
      features: [...adapter.features],
      maxBufferSize: adapter.limits.maxBufferSize,
      maxStorageBufferBindingSize: adapter.limits.maxStorageBufferBindingSize,
      vendor: adapter.info?.vendor ?? '',
      architecture: adapter.info?.architecture ?? '',
      description: adapter.info?.description ?? '',
      fallback: adapter.info?.isFallbackAdapter ?? adapter.isFallbackAdapter ?? false,
    });
  } catch {
    return none('WebGPU failed to start on this device.');
  }
}
