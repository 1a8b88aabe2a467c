import type { GpuReport } from '../engines/webgpu';

/**
 * Why the options page offers the CPU engine, from the capability check: 'no-webgpu' (none here),
 * 'too-weak' (no catalog model fits the adapter), 'software' (a software adapter: it runs, very slowly),
 * or undefined when WebGPU works and the in-browser GPU model stays the suggestion. The CPU engine is
 * offered, never chosen for the user: a working WebGPU is never replaced by it.
 */
export type CpuOffer = 'no-webgpu' | 'too-weak' | 'software';

export function cpuOffer(report: GpuReport | undefined): CpuOffer | undefined {
  if (!report) return undefined;
  if (!report.available) return 'no-webgpu';
  if (!report.recommended) return 'too-weak';
  if (report.adapter?.fallback) return 'software';
  return undefined;
}

export const CPU_OFFER_TEXT: Record<CpuOffer, string> = {
  'no-webgpu': 'WebGPU does not work in this browser, so the GPU model cannot run here; the CPU model can.',
  'too-weak': 'No GPU model fits this graphics adapter; the CPU model can run instead.',
  software:
    'WebGPU here is a software fallback (no real graphics card), so the GPU model would be very slow; the CPU model may be faster.',
};
