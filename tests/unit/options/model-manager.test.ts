import type { EngineSpeed } from '../../../lib/engines/speed-estimate';
import { AppError } from '../../../lib/errors';
import { reduceModels, type ModelState } from '../../../lib/options/model-manager';

const ID = 'SmolLM2-135M-Instruct-Q8_0';
const SPEED: EngineSpeed = {
  modelId: ID,
  modelLabel: 'SmolLM2 135M (CPU)',
  promptTokens: 200,
  prefillTokensPerSecond: 80,
  decodeTokens: 16,
  decodeTokensPerSecond: 9,
  threads: 2,
  measuredAt: 1,
};

function run(...events: Parameters<typeof reduceModels>[1][]): ModelState | undefined {
  return events.reduce(reduceModels, {} as Record<string, ModelState>)[ID];
}

describe('reduceModels for a CPU model', () => {
  it('goes from download progress to downloaded, measuring, then the measured speed', () => {
    expect(run({ type: 'progress', modelId: ID, fraction: 0.5, text: 't' })).toMatchObject({
      busy: 'downloading',
      progress: { fraction: 0.5 },
    });
    expect(
      run(
        { type: 'progress', modelId: ID, fraction: 0.5, text: 't' },
        { type: 'downloaded', modelId: ID },
        { type: 'measuring', modelId: ID },
      ),
    ).toEqual({ cached: true, measuring: true, error: undefined });
    expect(
      run(
        { type: 'downloaded', modelId: ID },
        { type: 'measuring', modelId: ID },
        { type: 'speed', modelId: ID, speed: SPEED },
      ),
    ).toEqual({ cached: true, measuring: false, error: undefined, speed: SPEED });
  });

  it('a failed or stopped speed test ends the measuring state and keeps the model downloaded', () => {
    const error = new AppError('cancelled').toJSON();
    expect(
      run(
        { type: 'downloaded', modelId: ID },
        { type: 'measuring', modelId: ID },
        { type: 'error', modelId: ID, error },
      ),
    ).toMatchObject({ cached: true, measuring: false, error });
  });

  it('keeps an earlier measurement through a new download and drops it with the deleted copy', () => {
    const measured = [
      { type: 'downloaded', modelId: ID },
      { type: 'speed', modelId: ID, speed: SPEED },
    ] as const;
    expect(run(...measured, { type: 'downloaded', modelId: ID })?.speed).toEqual(SPEED);
    expect(run(...measured, { type: 'deleted', modelId: ID })).toEqual({ cached: false });
  });
});
