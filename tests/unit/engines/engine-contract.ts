import { expect, it } from 'vitest';
import { AppError } from '../../../lib/errors';
import type { ChatMessage, LocalEngine, TokenCandidate } from '../../../lib/engines/types';

export interface ContractSubject {
  /** A working engine. */
  engine(): LocalEngine | Promise<LocalEngine>;
  /** An engine whose backend fails (unreachable, missing files…). */
  broken(): LocalEngine | Promise<LocalEngine>;
}

const MESSAGES: ChatMessage[] = [{ role: 'user', content: 'Write two sentences about the sea.' }];

/**
 * Real engines compute the softmax in float32: a top-k of a peaked distribution can add up to 1 plus a
 * few float32 ulps (llama.cpp: 1 + 1.1e-8 measured), which is rounding, not extra mass.
 */
const MASS_TOLERANCE = 1e-6;

function probabilityMass(candidates: TokenCandidate[]): number {
  return candidates.reduce((sum, c) => sum + Math.exp(c.logprob), 0);
}

function expectSorted(candidates: TokenCandidate[]): void {
  for (let i = 1; i < candidates.length; i++) {
    expect(candidates[i - 1]?.logprob).toBeGreaterThanOrEqual(candidates[i]?.logprob ?? -Infinity);
  }
}

async function failure(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected a failure');
}

/** The LocalEngine contract (lib/engines/types.ts). Every implementation runs it. */
export function engineContract(subject: ContractSubject): void {
  it('streams a reply in several deltas', async () => {
    const engine = await subject.engine();
    const deltas: string[] = [];
    for await (const delta of engine.chat({ messages: MESSAGES })) deltas.push(delta);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('').trim()).not.toBe('');
  });

  it('stops promptly with cancelled when aborted mid-stream', async () => {
    const engine = await subject.engine();
    const controller = new AbortController();
    let seen = 0;
    const error = await failure(async () => {
      for await (const _delta of engine.chat({ messages: MESSAGES, signal: controller.signal })) {
        seen++;
        if (seen === 1) controller.abort();
      }
    });
    expect(error.code).toBe('cancelled');
    expect(seen).toBe(1);
  });

  it('gives the next-token distribution for a prefix: sorted, mass at most 1, stable', async () => {
    const engine = await subject.engine();
    const request = { messages: MESSAGES, prefix: 'The sea', topK: 8 };
    const first = await engine.nextTokens(request);
    const second = await engine.nextTokens(request);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThanOrEqual(8);
    expectSorted(first);
    expect(probabilityMass(first)).toBeLessThanOrEqual(1 + MASS_TOLERANCE);
    expect(second).toEqual(first);
  });

  it('surfaces backend failures as named errors', async () => {
    const engine = await subject.broken();
    const error = await failure(async () => {
      for await (const _delta of engine.chat({ messages: MESSAGES })) void _delta;
    });
    expect(error.name).toMatch(/Error$/);
    expect(error.code).not.toBe('internal');
    const distribution = await failure(() => engine.nextTokens({ messages: MESSAGES, prefix: '', topK: 3 }));
    expect(distribution.code).toBe(error.code);
  });
}
