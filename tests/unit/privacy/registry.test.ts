import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DETECTORS } from '../../../lib/privacy/detectors';
import type { Detector } from '../../../lib/privacy';

const folder = fileURLToPath(new URL('../../../lib/privacy/detectors/', import.meta.url));
const files = readdirSync(folder).filter((f) => f.endsWith('.ts') && f !== 'index.ts');

const isDetector = (value: unknown): value is Detector =>
  typeof value === 'object' && value !== null && typeof (value as Detector).detect === 'function';

describe('detector registry', () => {
  it.each(files)('%s exports a detector that DETECTORS lists', async (file) => {
    const module: Record<string, unknown> = await import(`${folder}${file}`);
    const detectors = Object.values(module).filter(isDetector);
    expect(detectors.length).toBeGreaterThan(0);
    for (const detector of detectors) expect(DETECTORS).toContain(detector);
  });

  it('has unique ids and no detector without a file', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });
});
