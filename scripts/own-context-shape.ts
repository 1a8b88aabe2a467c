/**
 * What took a withheld value's place in CoGenesis's outbound text: one placeholder, or several (a value
 * split into pieces, "[PERSON_1] [PERSON_2]" for one organisation), and whether its type fits the value
 * ("Tamil Sangam" is an [ORG_n], never a [PERSON_n]). Decided only where the rest of the instruction
 * came through unchanged, so the replaced span is known.
 */
import type { PiiKind } from '../lib/privacy';
import { PLACEHOLDER } from '../lib/privacy/placeholder';
import type { ValueKind } from './own-context-personas';

/** The placeholder types that fit each kind of value. */
export const FITTING: Record<ValueKind, readonly PiiKind[]> = {
  money: ['NUMBER', 'PRIVATE'],
  date: ['DATE'],
  phone: ['PHONE'],
  email: ['EMAIL'],
  code: ['ID', 'NUMBER', 'PRIVATE'],
  name: ['PERSON'],
  org: ['ORG', 'LOCATION'],
  place: ['LOCATION', 'ADDRESS', 'ORG'],
  health: ['MEDICAL', 'PRIVATE'],
  religion: ['PRIVATE'],
  ethnicity: ['PRIVATE'],
  legal: ['PRIVATE'],
};

export type Shape = 'one-fitting' | 'one-other-type' | 'several' | 'unknown';

export function shapeOf(instruction: string, form: string, outbound: string, kind: ValueKind): Shape {
  const at = instruction.indexOf(form);
  if (at === -1) return 'unknown';
  const before = instruction.slice(0, at);
  const after = instruction.slice(at + form.length);
  if (
    !outbound.startsWith(before) ||
    !outbound.endsWith(after) ||
    outbound.length < before.length + after.length
  )
    return 'unknown';
  const middle = outbound.slice(before.length, outbound.length - after.length);
  const kinds = [...middle.matchAll(PLACEHOLDER)].map((m) => m[1]);
  if (kinds.length === 0) return 'unknown';
  if (kinds.length > 1) return 'several';
  return FITTING[kind].some((k) => k === kinds[0]) ? 'one-fitting' : 'one-other-type';
}
