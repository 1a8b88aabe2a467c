import { FusionDriverError } from '../fusion/driver';

/** The abort reason when a request passes its total-time bound (lib/engines/bounds.ts). */
export class TotalTimeout extends Error {
  override name = 'TotalTimeout';
}

/** The endpoint answered /completions, but without log-probabilities: it continues a prefix, no more. */
export class MissingLogprobsError extends FusionDriverError {
  override name = 'MissingLogprobsError';
}

/** The endpoint answered with an HTTP error status; the status is what callers look at, never text. */
export class HttpStatusError extends Error {
  override name = 'HttpStatusError';
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}
