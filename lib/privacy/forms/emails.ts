import { EMAIL } from '../detectors/email';

/**
 * E-mail addresses as typed: in any case, and written out so that filters miss them
 * ("aisling dot byrne at example dot org", "aisling(at)example(dot)org", "aisling @ example . org").
 */
export interface EmailForm {
  start: number;
  end: number;
  /** Lower case, "@" and "." restored. */
  address: string;
}

const LABEL = '[\\p{L}\\p{N}_%+\\-]+';
const DOT = '(?:\\s{0,3}(?:\\.|[(\\[{<]\\s?dot\\s?[)\\]}>])\\s{0,3}|\\s{1,3}dot\\s{1,3})';
const AT = '(?:\\s{0,3}(?:@|[(\\[{<]\\s?at\\s?[)\\]}>])\\s{0,3}|\\s{1,3}at\\s{1,3})';
// Labels cannot hold the spaces and dots that separators start with, so each step is decided by
// its first character and the scan stays linear.
const WRITTEN = new RegExp(
  `(?<![\\p{L}\\p{N}])${LABEL}(?:${DOT}${LABEL})*${AT}${LABEL}(?:${DOT}${LABEL})+`,
  'giu',
);
const LABELS = new RegExp(LABEL, 'gu');
const SEPARATOR_WORD = /^(?:dot|at)$/i;

/** The labels of a written address with their offsets; the separator words "at" and "dot" are skipped. */
function labelsOf(
  text: string,
  offset: number,
): { start: number; end: number; label: string; at: boolean }[] {
  const labels = [];
  let sawAt = false;
  for (const m of text.matchAll(LABELS)) {
    const before = text.slice(0, m.index);
    if (SEPARATOR_WORD.test(m[0]) && /\s$|[([{<]$/.test(before)) {
      if (m[0].toLowerCase() === 'at') sawAt = true;
      continue;
    }
    if (/@\s*$/.test(before)) sawAt = true;
    labels.push({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      label: m[0].toLowerCase(),
      at: sawAt,
    });
    sawAt = false;
  }
  return labels;
}

/**
 * Written addresses in `text` whose canonical form `known` accepts. A written match may take in a
 * word before the address or after it ("Hi. aisling.byrne at example dot org. Thanks"), so the
 * local part is tried from each of its labels and the domain at each length.
 */
export function matchEmails(text: string, known: (address: string) => boolean): EmailForm[] {
  const forms: EmailForm[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const address = m[0].toLowerCase();
    if (known(address)) forms.push({ start: m.index, end: m.index + m[0].length, address });
  }
  if (!/\bat\b|@|\(at\)|\[at\]/i.test(text)) return forms;
  for (const m of text.matchAll(WRITTEN)) {
    const labels = labelsOf(m[0], m.index);
    const split = labels.findIndex((l) => l.at);
    if (split <= 0) continue;
    let hit: EmailForm | undefined;
    for (let first = 0; first < split && !hit; first++)
      for (let last = labels.length - 1; last > split && !hit; last--) {
        const local = labels.slice(first, split).map((l) => l.label);
        const domain = labels.slice(split, last + 1).map((l) => l.label);
        const address = `${local.join('.')}@${domain.join('.')}`;
        const start = labels[first]?.start ?? m.index;
        const end = labels[last]?.end ?? m.index;
        if (known(address)) hit = { start, end, address };
      }
    if (hit && !forms.some((f) => f.start <= (hit?.start ?? 0) && (hit?.end ?? 0) <= f.end)) forms.push(hit);
  }
  return forms;
}
