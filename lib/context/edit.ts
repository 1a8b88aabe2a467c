import { AppError } from '../errors';
import { MAX_FIELD } from './parse';
import type { ContextData, ContextFact, ContextSample } from './types';

/**
 * Single edits to the context, as pure functions: each returns a new ContextData or throws
 * AppError('context-entry-invalid') with a sentence saying what is wrong, so the editor can keep the
 * user's text in the box and show why.
 */
function fail(why: string): never {
  throw new AppError('context-entry-invalid', why);
}

function checkText(value: string, what: string, required = true): string {
  if (required && value.trim() === '') fail(`${what} cannot be empty.`);
  if (value.length > MAX_FIELD) fail(`${what} is longer than ${MAX_FIELD} characters.`);
  return value;
}

function checkKey(key: string): string {
  const trimmed = key.trim();
  if (trimmed === '') fail('A profile field needs a name, e.g. "name" or "employer".');
  if (trimmed.length > 100) fail('A profile field name is at most 100 characters.');
  return trimmed;
}

/** Tags typed as "health, family" → ["health", "family"] (empty and repeated ones dropped). */
export function parseTags(typed: string): string[] {
  const tags = typed
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return [...new Set(tags)];
}

export function setProfileField(context: ContextData, key: string, value: string): ContextData {
  const k = checkKey(key);
  return { ...context, profile: { ...context.profile, [k]: checkText(value, `"${k}"`) } };
}

/** Adds a new field; refuses a name already used (so adding never overwrites silently). */
export function addProfileField(context: ContextData, key: string, value: string): ContextData {
  const k = checkKey(key);
  if (k in context.profile) fail(`There is already a field called "${k}"; edit it instead.`);
  return setProfileField(context, k, value);
}

/** Renames a field in place (its position in the profile is kept). */
export function renameProfileField(context: ContextData, from: string, to: string): ContextData {
  const k = checkKey(to);
  if (k === from) return context;
  if (k in context.profile) fail(`There is already a field called "${k}".`);
  const profile: Record<string, string> = {};
  for (const [key, value] of Object.entries(context.profile)) profile[key === from ? k : key] = value;
  return { ...context, profile };
}

export function removeProfileField(context: ContextData, key: string): ContextData {
  const profile = Object.fromEntries(Object.entries(context.profile).filter(([k]) => k !== key));
  return { ...context, profile };
}

function makeFact(text: string, tags: string[]): ContextFact {
  checkText(text, 'A fact');
  tags.forEach((t) => checkText(t, 'A tag'));
  return tags.length ? { text, tags } : { text };
}

export function addFact(context: ContextData, text: string, tags: string[] = []): ContextData {
  return { ...context, facts: [...context.facts, makeFact(text, tags)] };
}

export function updateFact(context: ContextData, index: number, text: string, tags: string[]): ContextData {
  if (!context.facts[index]) fail('That fact no longer exists.');
  const facts = context.facts.map((f, i) => (i === index ? makeFact(text, tags) : f));
  return { ...context, facts };
}

export function removeFact(context: ContextData, index: number): ContextData {
  return { ...context, facts: context.facts.filter((_, i) => i !== index) };
}

function makeSample(title: string, text: string): ContextSample {
  checkText(title, 'A title', false);
  checkText(text, 'A writing sample');
  return title.trim() ? { title: title.trim(), text } : { text };
}

export function addSample(context: ContextData, title: string, text: string): ContextData {
  return { ...context, samples: [...context.samples, makeSample(title, text)] };
}

export function updateSample(context: ContextData, index: number, title: string, text: string): ContextData {
  if (!context.samples[index]) fail('That writing sample no longer exists.');
  const samples = context.samples.map((s, i) => (i === index ? makeSample(title, text) : s));
  return { ...context, samples };
}

export function removeSample(context: ContextData, index: number): ContextData {
  return { ...context, samples: context.samples.filter((_, i) => i !== index) };
}

/** Facts whose text or tags contain every word of `query` (case-insensitive), with their positions. */
export function searchFacts(facts: ContextFact[], query: string): number[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return facts.flatMap((fact, i) => {
    const hay = [fact.text, ...(fact.tags ?? [])].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w)) ? [i] : [];
  });
}
