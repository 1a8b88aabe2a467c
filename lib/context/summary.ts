import type { ContextData } from './types';
import type { ImportDiff } from './merge';

function count(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

/** "5 profile fields, 2 facts, 1 writing sample". */
export function contextSummary(context: ContextData): string {
  return [
    count(Object.keys(context.profile).length, 'profile field'),
    count(context.facts.length, 'fact'),
    count(context.samples.length, 'writing sample'),
  ].join(', ');
}

/** The lines shown before an import: what merge adds or changes, and what replace would remove. */
export function diffLines(diff: ImportDiff): { merge: string[]; replaceRemoves: string[] } {
  const merge: string[] = [];
  if (diff.profileAdded.length) merge.push(`adds profile fields: ${diff.profileAdded.join(', ')}`);
  if (diff.profileChanged.length) merge.push(`changes profile fields: ${diff.profileChanged.join(', ')}`);
  if (diff.factsNew) merge.push(`adds ${count(diff.factsNew, 'new fact')}`);
  if (diff.samplesNew) merge.push(`adds ${count(diff.samplesNew, 'new writing sample')}`);
  if (!merge.length) merge.push('adds nothing new: everything in the file is already here');
  const replaceRemoves: string[] = [];
  if (diff.profileOnlyCurrent.length)
    replaceRemoves.push(`profile fields: ${diff.profileOnlyCurrent.join(', ')}`);
  if (diff.factsOnlyCurrent) replaceRemoves.push(count(diff.factsOnlyCurrent, 'fact'));
  if (diff.samplesOnlyCurrent) replaceRemoves.push(count(diff.samplesOnlyCurrent, 'writing sample'));
  return { merge, replaceRemoves };
}
