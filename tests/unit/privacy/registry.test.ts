import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DETECTORS } from '../../../lib/privacy/detectors';
import { preparePrivacy, type Detector } from '../../../lib/privacy';
import { detectSpans } from '../../../lib/privacy/detect';
import { detectorPriority } from '../../../lib/privacy/types';

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

describe('span priority', () => {
  const ORDER = ['heuristic', 'pattern', 'known', 'user'] as const;

  it('comes from the detector’s role: user over known context over pattern over heuristic', () => {
    for (const detector of DETECTORS) {
      const rank = 2 * (ORDER.indexOf(detector.role) + 1);
      // Within a role a detector may rank above its peers, never up to the next role.
      expect(detectorPriority(detector)).toBeGreaterThanOrEqual(rank);
      expect(detectorPriority(detector)).toBeLessThan(rank + 2);
      // A whole number: one fraction would make Span.priority a boxed double in every span.
      expect(Number.isInteger(detectorPriority(detector))).toBe(true);
    }
  });

  it('is what detectSpans gives every span of a detector', () => {
    const prepared = preparePrivacy({
      version: 1,
      profile: { name: 'Martin Reynolds' },
      facts: [],
      samples: [],
    });
    const text = 'Martin Reynolds, martin@example.com, paid $84,500';
    const policy = { released: [], extra: ['paid'] };
    const roles = new Set<string>();
    for (const detector of DETECTORS) {
      for (const span of detectSpans(text, prepared, policy, [detector])) {
        expect(span.priority).toBe(detectorPriority(detector));
        roles.add(detector.role);
      }
    }
    // The text gives every role something to find, so the check covers each.
    expect([...roles].sort()).toEqual(['heuristic', 'known', 'pattern', 'user']);
  });
});
