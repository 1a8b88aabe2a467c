// The reader as it was before it was rewritten as scans (main at 5074182), kept as the reference
// forms-fast.property.test.ts compares the fast readers with. Not used by the extension.
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

interface Token {
  kind: 'label' | 'at' | 'dot' | 'space' | 'other';
  start: number;
  end: number;
  text: string;
}

// One pass: labels, "@" and ".", bracketed "(at)" / "[dot]", short runs of spaces, anything else.
// Letters of an uncased script are a label of their own: Chinese, Japanese and Thai write an address
// against their words with no space ("请回复到xiaowen dot li at 163 dot com", "docomo.ne.jpです").
const TOKEN =
  /[\p{LC}\p{N}\p{M}_%+-]+|[\p{Lo}\p{Lm}\p{M}]+|[([{<]\s?(?:at|dot)\s?[)\]}>]|[@.]|\s{1,3}(?!\s)|\s+|[^]/giu;
const LABEL = /^(?:[\p{LC}\p{N}\p{M}_%+-]+|[\p{Lo}\p{Lm}\p{M}]+)$/u;
/** Labels walked on each side of an "at": more than any address has. */
const MAX_LABELS = 8;

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    const kind: Token['kind'] = LABEL.test(raw)
      ? 'label'
      : raw === '@' || /^[([{<]\s?at/.test(lower)
        ? 'at'
        : raw === '.' || /^[([{<]\s?dot/.test(lower)
          ? 'dot'
          : /^\s{1,3}$/.test(raw)
            ? 'space'
            : 'other';
    tokens.push({ kind, start: m.index, end: m.index + raw.length, text: lower });
  }
  // A spelled-out "at" or "dot" between spaces is a separator, and takes its spaces with it.
  tokens.forEach((token, i) => {
    if (token.kind !== 'label' || (token.text !== 'at' && token.text !== 'dot')) return;
    if (tokens[i - 1]?.kind === 'space' && tokens[i + 1]?.kind === 'space')
      token.kind = token.text === 'at' ? 'at' : 'dot';
  });
  return tokens;
}

/** Index of the next token that is not a space, walking by `step` (spaces only around separators). */
function skipSpace(tokens: Token[], i: number, step: 1 | -1): number {
  return tokens[i]?.kind === 'space' ? i + step : i;
}

/** Labels joined by dots, walking from token i by `step`; at most MAX_LABELS. */
function labelChain(tokens: Token[], from: number, step: 1 | -1): Token[] {
  const labels: Token[] = [];
  let i = skipSpace(tokens, from, step);
  while (tokens[i]?.kind === 'label' && labels.length < MAX_LABELS) {
    labels.push(tokens[i] as Token);
    const sep = skipSpace(tokens, i + step, step);
    if (tokens[sep]?.kind !== 'dot') break;
    i = skipSpace(tokens, sep + step, step);
  }
  return step === 1 ? labels : labels.reverse();
}

/**
 * Addresses in `text` whose canonical form `known` accepts, written plainly or spelled out. Each
 * "at" is looked at once, with a bounded walk on each side, so the cost is linear in the text. The
 * walk may take in a word before or after the address ("Hi. aisling.byrne at example dot org.
 * Thanks"), so the local part is tried from each of its labels and the domain at each length.
 */
export function matchEmails(text: string, known: (address: string) => boolean): EmailForm[] {
  if (!/@|\bat\b|[([{<]\s?at/i.test(text)) return [];
  const tokens = tokensOf(text);
  const forms: EmailForm[] = [];
  tokens.forEach((token, at) => {
    if (token.kind !== 'at') return;
    const local = labelChain(tokens, at - 1, -1);
    const domain = labelChain(tokens, at + 1, 1);
    for (let first = 0; first < local.length; first++)
      for (let last = domain.length; last >= 2; last--) {
        const address = `${local
          .slice(first)
          .map((l) => l.text)
          .join('.')}@${domain
          .slice(0, last)
          .map((l) => l.text)
          .join('.')}`;
        const start = local[first]?.start;
        const end = domain[last - 1]?.end;
        if (start !== undefined && end !== undefined && known(address)) {
          forms.push({ start, end, address });
          return;
        }
      }
  });
  return forms;
}
