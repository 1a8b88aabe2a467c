import { resolveOverlaps } from './compose';
import { detectSpans } from './detect';
import { DETECTORS } from './detectors';
import { normTokens, tokenize, type Token } from './normalize';
import { EMPTY_POLICY, type PiiKind, type PreparedContext, type Span } from './types';

/**
 * The draft check: a local draft can be steered (by the cloud's outline, or by an instruction a page
 * pre-filled) into repeating the user's context. Before Insert, every context value in the draft that
 * the instruction did not ask for is found, and so is any passage copied from a writing sample or
 * from our own prompt. Pure: the engine host runs it, the panel shows it.
 */

/** Something the draft repeats that the user did not mention. Offsets are into the checked draft. */
export interface DraftFinding {
  start: number;
  end: number;
  /** A context value's kind, or COPIED for a passage copied word for word. */
  kind: PiiKind | 'COPIED';
  /** Where it comes from: "profile: name", "fact 2", "writing sample 1", "the local model's instructions". */
  source: string;
  /** What "Remove them" deletes: the value itself, or the whole sentences of a copied passage. */
  remove: { start: number; end: number };
}

export interface DraftCheck {
  /** The draft that was checked (the panel applies a check only to the draft it describes). */
  draft: string;
  findings: DraftFinding[];
  /** Distinct details: one per context entry repeated (however often), one per copied passage. */
  details: number;
  /** The check could not run: the panel must not call the draft clean. */
  failed?: boolean;
}

/** Text the draft must not copy at length, besides the writing samples (e.g. our system prompt). */
export interface CopySource {
  source: string;
  text: string;
}

/** Words in a row shared with a sample or the prompt that count as copying, not as shared phrasing. */
export const COPIED_RUN = 8;

const KNOWN_DETECTORS = DETECTORS.filter((detector) => detector.role === 'known');
const keyOf = (text: string): string => normTokens(text).join(' ');

/**
 * What the instruction asked for: the context entries it names (a value, or a part of one) and the
 * values it contains. Naming a kind of detail ("my address") is not naming the value: only text
 * the user typed counts, so an instruction a page wrote to extract the context asks for nothing.
 */
function askedFor(instruction: string, prepared: PreparedContext) {
  const spans = detectSpans(instruction, prepared, EMPTY_POLICY, KNOWN_DETECTORS);
  return {
    sources: new Set(spans.map((span) => span.source)),
    values: new Set(spans.map((span) => keyOf(instruction.slice(span.start, span.end)))),
  };
}

function valueFindings(draft: string, instruction: string, prepared: PreparedContext): Span[] {
  const asked = askedFor(instruction, prepared);
  const spans = detectSpans(draft, prepared, EMPTY_POLICY, KNOWN_DETECTORS);
  const isAsked = (span: Span) =>
    asked.sources.has(span.source) || asked.values.has(keyOf(draft.slice(span.start, span.end)));
  const allowed = spans.filter(isAsked);
  // A part of a value the user asked for ("Byrne" inside "Aisling Byrne") is asked for with it.
  const unasked = spans.filter(
    (span) => !isAsked(span) && !allowed.some((a) => a.start <= span.start && span.end <= a.end),
  );
  return resolveOverlaps(unasked);
}

function grams(tokens: readonly Token[]): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + COPIED_RUN <= tokens.length; i++)
    set.add(
      tokens
        .slice(i, i + COPIED_RUN)
        .map((t) => t.norm)
        .join(' '),
    );
  return set;
}

/** Runs of the draft's words that appear word for word in `source` and not in the instruction. */
function copiedRuns(
  draft: readonly Token[],
  source: Set<string>,
  instruction: Set<string>,
): [number, number][] {
  const covered = new Array<boolean>(draft.length).fill(false);
  for (let i = 0; i + COPIED_RUN <= draft.length; i++) {
    const gram = draft
      .slice(i, i + COPIED_RUN)
      .map((t) => t.norm)
      .join(' ');
    if (source.has(gram) && !instruction.has(gram)) covered.fill(true, i, i + COPIED_RUN);
  }
  const runs: [number, number][] = [];
  covered.forEach((on, i) => {
    if (!on) return;
    const last = runs.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  });
  return runs;
}

/** The sentences (or list lines) around a passage: removing half a sentence would leave nonsense. */
function sentencesAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !/[.!?\n]/.test(text[from - 1] ?? '')) from--;
  while (from < start && /\s/.test(text[from] ?? '')) from++;
  let to = end;
  while (to < text.length && !/[.!?\n]/.test(text[to] ?? '')) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return { start: from, end: to };
}

/** Checks `draft` against the context and what `instruction` asked for. Throws if a detector throws. */
export function checkDraft(
  draft: string,
  instruction: string,
  prepared: PreparedContext,
  prompts: readonly CopySource[] = [],
): DraftCheck {
  const findings: DraftFinding[] = valueFindings(draft, instruction, prepared).map((span) => ({
    start: span.start,
    end: span.end,
    kind: span.kind,
    source: span.source,
    remove: { start: span.start, end: span.end },
  }));
  // One detail per context entry: "Martin Reynolds" and a later "Martin" are the same name.
  const details = new Set(findings.map((f) => f.source));
  const sources: CopySource[] = [
    ...prepared.context.samples.map((sample, i) => ({
      source: `writing sample ${i + 1}`,
      text: sample.text,
    })),
    ...prompts,
  ];
  const draftTokens = tokenize(draft);
  const asked = grams(tokenize(instruction));
  for (const { source, text } of sources) {
    for (const [a, b] of copiedRuns(draftTokens, grams(tokenize(text)), asked)) {
      const start = draftTokens[a]?.start ?? 0;
      const end = draftTokens[b]?.end ?? start;
      findings.push({ start, end, kind: 'COPIED', source, remove: sentencesAround(draft, start, end) });
      details.add(`${source}@${start}`);
    }
  }
  findings.sort((x, y) => x.start - y.start || y.end - x.end);
  return { draft, findings, details: details.size };
}

/** checkDraft that fails closed: an error gives a check the panel shows as "could not check". */
export function checkDraftSafely(...args: Parameters<typeof checkDraft>): DraftCheck {
  try {
    return checkDraft(...args);
  } catch {
    return { draft: args[0], findings: [], details: 0, failed: true };
  }
}

/** The draft with every finding's removal range cut out, and the spacing around each cut tidied. */
export function removeFindings(draft: string, findings: readonly DraftFinding[]): string {
  const ranges = findings.map((f) => ({ ...f.remove })).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push(range);
  }
  let text = draft;
  for (const { start, end } of merged.reverse()) {
    let from = start;
    let to = end;
    // "my partner Aisling, who" → "my partner, who": drop the space the value leaves behind.
    if (text[from - 1] === ' ' && (to >= text.length || /[\s,.;:!?)]/.test(text[to] ?? ''))) from--;
    else if (text[to] === ' ' && (from === 0 || text[from - 1] === '\n')) to++;
    text = text.slice(0, from) + text.slice(to);
  }
  return text;
}
