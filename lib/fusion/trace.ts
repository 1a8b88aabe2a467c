/**
 * Training traces: JSON Lines, one generation step per line. The extension records them (opt-in) and
 * evaluation runs write them; `npm run fusion:train -- TRACES.jsonl` reads them.
 *
 *   {"local": [{"text": " the", "logprob": -0.21, "id": 279}, …],   local top-k at this step
 *    "cloud": [{"text": " a", "logprob": -0.9}, …],                  cloud top-k at this step
 *    "reference": " the",                                            the token that should come next
 *    "referenceId": 279,                                             optional, with a shared tokenizer
 *    "localTokenizer": "qwen2.5", "cloudTokenizer": "qwen2.5"}        optional tokenizer ids
 *
 * logprob is the natural log of the model's full-vocabulary probability; lists need not be sorted.
 */
import type { SideTopK, TokenCandidate } from './types';
import { isRecord } from '../guards';

export interface TraceStep {
  local: SideTopK;
  cloud: SideTopK;
  reference: { text: string; id?: number };
}

export class TraceFormatError extends Error {
  override name = 'TraceFormatError';
}

function candidates(value: unknown, where: string): TokenCandidate[] {
  if (!Array.isArray(value)) throw new TraceFormatError(`${where} must be an array of candidates.`);
  const list = value.map((c, i): TokenCandidate => {
    if (!isRecord(c) || typeof c.text !== 'string' || typeof c.logprob !== 'number' || c.logprob > 1e-9)
      throw new TraceFormatError(`${where}[${i}] needs a text and a logprob ≤ 0.`);
    if (c.id !== undefined && !Number.isInteger(c.id))
      throw new TraceFormatError(`${where}[${i}].id must be an integer.`);
    return { text: c.text, logprob: c.logprob, ...(typeof c.id === 'number' ? { id: c.id } : {}) };
  });
  return list.sort((a, b) => b.logprob - a.logprob);
}

function side(top: TokenCandidate[], tokenizer: unknown): SideTopK {
  return typeof tokenizer === 'string' ? { top, tokenizer } : { top };
}

export function parseTraceLine(line: string, lineNumber = 1): TraceStep {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new TraceFormatError(`Line ${lineNumber} is not JSON.`);
  }
  const at = `Line ${lineNumber}:`;
  if (!isRecord(value) || typeof value.reference !== 'string')
    throw new TraceFormatError(`${at} needs "local", "cloud" and a "reference" string.`);
  const id = value.referenceId;
  if (id !== undefined && !Number.isInteger(id))
    throw new TraceFormatError(`${at} referenceId must be an integer.`);
  return {
    local: side(candidates(value.local, `${at} local`), value.localTokenizer),
    cloud: side(candidates(value.cloud, `${at} cloud`), value.cloudTokenizer),
    reference: { text: value.reference, ...(typeof id === 'number' ? { id } : {}) },
  };
}

export function parseTraces(text: string): TraceStep[] {
  return text.split('\n').flatMap((line, i) => (line.trim() === '' ? [] : [parseTraceLine(line, i + 1)]));
}

export function formatTraceLine(step: TraceStep): string {
  return JSON.stringify({
    local: step.local.top,
    cloud: step.cloud.top,
    reference: step.reference.text,
    ...(step.reference.id === undefined ? {} : { referenceId: step.reference.id }),
    ...(step.local.tokenizer ? { localTokenizer: step.local.tokenizer } : {}),
    ...(step.cloud.tokenizer ? { cloudTokenizer: step.cloud.tokenizer } : {}),
  });
}
