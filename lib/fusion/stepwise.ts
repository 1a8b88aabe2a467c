/**
 * The reference schedule: at every position ask the cloud for its top-k (one call per token, as in the
 * paper), fuse, and draw from the fused distribution. Speculative rounds must match it in distribution.
 */
import { fuseStep } from './fuse';
import { sampleIndex } from './logmath';
import {
  emptyStats,
  FusionDriverError,
  identityView,
  sampleLocal,
  sideOf,
  throwIfAborted,
  type CloudStep,
  type DriverOptions,
  type DriverStats,
  type EmittedToken,
} from './driver';

export async function* stepwise(options: DriverOptions): AsyncGenerator<EmittedToken, DriverStats> {
  const { cloud, local, weights, rng, signal } = options;
  const temperature = options.temperature ?? 1;
  const view = options.privacyView ?? identityView;
  const stats = emptyStats();
  let text = '';
  // As in the speculative driver: once the cloud has nothing more, the local side finishes alone.
  let cloudDone = false;
  while (stats.tokens < options.maxTokens) {
    throwIfAborted(signal);
    const here = view(text);
    const localTop = await local.distribution(text, signal);
    stats.localCalls += 1;
    let token: EmittedToken;
    const askCloud: boolean = !here.diverges && !cloudDone;
    const steps: CloudStep[] = askCloud ? await cloud.propose(here.cloudPrefix, 1, signal) : [];
    if (askCloud) {
      stats.cloudCalls += 1;
      cloudDone = steps.length === 0;
    }
    const step = steps[0];
    if (!step) {
      if (here.diverges) stats.privateSteps += 1;
      token = { text: sampleLocal(localTop, temperature, rng).text, source: 'local', w: 1 };
    } else {
      const fused = fuseStep(sideOf(local, localTop), sideOf(cloud, step.top), weights, { temperature });
      const entry = fused.support.entries[sampleIndex(fused.q, rng)];
      if (!entry) throw new FusionDriverError('Neither model returned any candidates.');
      token = { text: entry.text, source: 'fused', w: fused.w };
    }
    text += token.text;
    stats.tokens += 1;
    yield token;
    if (options.isEnd?.(token.text)) break;
  }
  return stats;
}
