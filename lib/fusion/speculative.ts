/**
 * Speculative logit mode: one cloud call proposes up to k tokens; the local side walks them, fuses each
 * position and keeps the cloud's token while the acceptance rule allows. At the first rejection it draws
 * from the residual and the next call continues from there. Emitted text is distributed exactly as
 * step-by-step sampling from the fused distribution (tests/unit/fusion/exactness.test.ts).
 */
import { exactAccept, proposalDist } from './accept';
import { fuseStep } from './fuse';
import {
  emptyStats,
  FusionDriverError,
  identityView,
  sampleLocal,
  sideOf,
  throwIfAborted,
  type CloudStep,
  type DriverStats,
  type EmittedToken,
  type SpeculativeOptions,
} from './driver';

export const DEFAULT_K = 8;

export async function* speculate(options: SpeculativeOptions): AsyncGenerator<EmittedToken, DriverStats> {
  const { cloud, local, weights, rng, signal } = options;
  const k = Math.max(1, Math.floor(options.k ?? DEFAULT_K));
  const temperature = options.temperature ?? 1;
  const view = options.privacyView ?? identityView;
  const accept = options.accept ?? exactAccept;
  const mode = options.proposal ?? 'sampled';
  const stats = emptyStats();
  let text = '';
  // Proposals still to walk, and the cloud view they were conditioned on (to detect a stale round).
  let pending: CloudStep[] = [];
  let pendingView = '';
  let cloudDone = false;

  const emit = (token: EmittedToken): EmittedToken => {
    text += token.text;
    stats.tokens += 1;
    return token;
  };
  const localAlone = async (): Promise<EmittedToken> => {
    const top = await local.distribution(text, signal);
    stats.localCalls += 1;
    return emit({ text: sampleLocal(top, temperature, rng).text, source: 'local', w: 1 });
  };

  while (stats.tokens < options.maxTokens) {
    throwIfAborted(signal);
    const here = view(text);
    let token: EmittedToken;
    if (here.diverges || cloudDone) {
      // The cloud conditioned on another text here; its proposals say nothing about this position.
      pending = [];
      if (here.diverges) stats.privateSteps += 1;
      token = await localAlone();
    } else {
      if (pending.length === 0 || pendingView !== here.cloudPrefix) {
        pending = await cloud.propose(
          here.cloudPrefix,
          Math.min(k, options.maxTokens - stats.tokens),
          signal,
        );
        pendingView = here.cloudPrefix;
        stats.cloudCalls += 1;
        cloudDone = pending.length === 0;
      }
      const step = pending.shift();
      if (!step) {
        token = await localAlone();
      } else {
        const localTop = await local.distribution(text, signal);
        stats.localCalls += 1;
        const localSide = sideOf(local, localTop);
        const cloudSide = sideOf(cloud, step.top);
        const fused = fuseStep(localSide, cloudSide, weights, { temperature });
        const { p, index } = proposalDist(fused.support, localSide, cloudSide, step.token, temperature, mode);
        const decision = accept(fused.q, p, index, rng);
        stats.proposed += 1;
        const entry = fused.support.entries[decision.index];
        if (!entry) throw new FusionDriverError('Neither model returned any candidates.');
        if (decision.accepted) {
          stats.accepted += 1;
          pendingView += step.token.text;
        } else {
          pending = [];
        }
        token = emit({
          text: entry.text,
          source: decision.accepted ? 'cloud' : 'fused',
          w: fused.w,
          sides: { local: localTop, cloud: step.top },
        });
      }
    }
    yield token;
    if (options.isEnd?.(token.text)) break;
  }
  return stats;
}
