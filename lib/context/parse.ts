import { AppError } from '../errors';
import type { ContextData, ContextFact, ContextSample } from './types';
import { isRecord } from '../guards';

export const MAX_FIELD = 20_000;

/**
 * The largest context file taken, in bytes. A context is a profile, notes and a few writing samples;
 * far larger files would be parsed, stored and scanned at every instruction, freezing the browser.
 */
export const MAX_CONTEXT_BYTES = 5 * 1024 * 1024;

/** Refuses a file larger than MAX_CONTEXT_BYTES before it is read, saying how large it is. */
export function assertContextSize(bytes: number): void {
  if (bytes > MAX_CONTEXT_BYTES)
    throw new AppError('context-too-large', `This file is ${(bytes / 1024 / 1024).toFixed(1)} MB.`);
}

function fail(why: string): never {
  throw new AppError('context-invalid', why);
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string') fail(`${where} must be text.`);
  if (value.length > MAX_FIELD) fail(`${where} is longer than ${MAX_FIELD} characters.`);
  return value;
}

function parseFact(value: unknown, i: number): ContextFact {
  if (typeof value === 'string') return { text: text(value, `facts[${i}]`) };
  if (!isRecord(value)) fail(`facts[${i}] must be an object with a "text" field.`);
  const fact: ContextFact = { text: text(value.text, `facts[${i}].text`) };
  if (value.tags !== undefined) {
    if (!Array.isArray(value.tags)) fail(`facts[${i}].tags must be a list of words.`);
    fact.tags = value.tags.map((tag, j) => text(tag, `facts[${i}].tags[${j}]`));
  }
  return fact;
}

function parseSample(value: unknown, i: number): ContextSample {
  if (!isRecord(value)) fail(`samples[${i}] must be an object with a "text" field.`);
  const sample: ContextSample = { text: text(value.text, `samples[${i}].text`) };
  if (value.title !== undefined) sample.title = text(value.title, `samples[${i}].title`);
  return sample;
}

/** Validates an export-format object; throws AppError('context-invalid') saying what is wrong. */
export function parseContext(value: unknown): ContextData {
  if (!isRecord(value)) fail('The file must hold one JSON object.');
  if (value.version !== 1) fail('"version" must be 1.');
  const profileIn = value.profile ?? {};
  if (!isRecord(profileIn)) fail('"profile" must be an object of text fields.');
  const profile: Record<string, string> = {};
  for (const [key, field] of Object.entries(profileIn)) profile[key] = text(field, `profile.${key}`);
  const factsIn = value.facts ?? [];
  if (!Array.isArray(factsIn)) fail('"facts" must be a list.');
  const samplesIn = value.samples ?? [];
  if (!Array.isArray(samplesIn)) fail('"samples" must be a list.');
  return { version: 1, profile, facts: factsIn.map(parseFact), samples: samplesIn.map(parseSample) };
}

/** Parses the text of an imported file. */
export function parseContextJson(json: string): ContextData {
  // UTF-16 length is at most the UTF-8 byte count, so this never refuses a file under the cap.
  if (json.length > MAX_CONTEXT_BYTES) assertContextSize(new TextEncoder().encode(json).length);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    fail('It is not valid JSON.');
  }
  return parseContext(value);
}
