import type { ContextData } from '../context/types';
import type { KnownValue, PiiKind, PreparedContext } from './types';

const KIND_BY_KEY: [RegExp, PiiKind][] = [
  [/name/i, 'PERSON'],
  [/phone|mobile|tel/i, 'PHONE'],
  [/e-?mail/i, 'EMAIL'],
  [/address|street/i, 'ADDRESS'],
  [/location|city|country|town|home/i, 'LOCATION'],
  [/employer|company|organi[sz]ation|school|university|work/i, 'ORG'],
  [/birth|date/i, 'DATE'],
  [/health|medical|condition|diagnos/i, 'MEDICAL'],
];

export function kindForProfileKey(key: string): PiiKind {
  return KIND_BY_KEY.find(([pattern]) => pattern.test(key))?.[1] ?? 'PRIVATE';
}

/** Collects every known private value of the context. Minimal: whole values; see the detectors for parts. */
export function preparePrivacy(context: ContextData): PreparedContext {
  const known: KnownValue[] = [];
  for (const [key, value] of Object.entries(context.profile)) {
    const trimmed = value.trim();
    if (trimmed.length >= 2)
      known.push({ value: trimmed, kind: kindForProfileKey(key), source: `profile: ${key}` });
  }
  context.facts.forEach((fact, i) => {
    const trimmed = fact.text.trim();
    if (trimmed.length >= 2) known.push({ value: trimmed, kind: 'PRIVATE', source: `fact ${i + 1}` });
  });
  return { context, known };
}
