import { isSpaceCode } from './chars';
import { scanText } from './text-scan';

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

const TOKEN_AT = new RegExp(TOKEN.source, 'iuy');

// The ASCII characters of LABEL's class: letters, digits, _ % + -.
const isLabelCode = (c: number) =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  c === 95 ||
  c === 37 ||
  c === 43 ||
  c === 45;

/** The tokens of text[from, to), read from `from`, which must be where a token of the whole text starts. */
function tokensOf(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_AT.lastIndex = from;
  while (TOKEN_AT.lastIndex < to) {
    const m = TOKEN_AT.exec(text);
    if (!m) break;
    const raw = m[0];
    const lower = raw.toLowerCase();
    // Each test below needs its first character (an ASCII one decides by charCode alone): a label
    // character, an opening bracket, a \s.
    const c = raw.charCodeAt(0);
    const bracket = c === 40 || c === 91 || c === 123 || c === 60;
    const kind: Token['kind'] =
      (c >= 128 || isLabelCode(c)) && LABEL.test(raw)
        ? 'label'
        : raw === '@' || (bracket && /^[([{<]\s?at/.test(lower))
          ? 'at'
          : raw === '.' || (bracket && /^[([{<]\s?dot/.test(lower))
            ? 'dot'
            : isSpaceCode(c) && /^\s{1,3}$/.test(raw)
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

/**
 * The texts of labels[from, to) joined by dots. slice().map().join() made two arrays per name, and the
 * first map() of another elements kind deoptimised this code inside a timed request.
 */
function dotted(labels: readonly Token[], from: number, to: number): string {
  let name = '';
  for (let k = from; k < to; k++)
    name = k === from ? (labels[k] as Token).text : `${name}.${(labels[k] as Token).text}`;
  return name;
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
 * `seconds`, when given, holds the second label of every domain `knownDomain` accepts (lower-case
 * ASCII; see holdsSecond).
 */
export function matchEmails(
  text: string,
  known: (address: string) => boolean,
  domains?: readonly string[],
  knownDomain: (domain: string) => boolean = () => true,
  seconds?: readonly string[],
): EmailForm[] {
  const forms: EmailForm[] = [];
  if (!domains) {
    if (/@|\bat\b|[([{<]\s?at/i.test(text))
      matchWithin(tokensOf(text), known, knownDomain, forms, -1, text.length);
    return forms;
  }
  // Only an "at" followed by the first label of a stored domain can begin a stored address; the
  // text around it is read from the nearest characters no address walk crosses (see windowOf).
  let done = 0;
  let last = -1;
  forEachAt(text, (at, after) => {
    if (at < done || !domains.includes(firstLabel(text, after, domains))) return;
    const [from, to] = windowOf(text, at, after);
    if (seconds && !holdsSecond(text, from, to, seconds)) {
      // No "at" of the window can match (its ats after this one are skipped as tokenising it would).
      done = to;
      return;
    }
    // The stop character that ends the window is read, but an "at" there is left to its own window.
    last = matchWithin(
      tokensOf(text, from, Math.min(to + 1, text.length)),
      known,
      knownDomain,
      forms,
      last,
      to,
    );
    done = to;
  });
  return forms;
}

/**
 * Tries every "at" of `tokens` that starts after `last` and before `stop`; returns the last start
 * tried. An address is asked of `known` only when its domain is one `knownDomain` accepts (the
 * domain of every address `known` accepts, so it is asked of no fewer known addresses), each domain
 * joined once per "at", not once per local part.
 */
function matchWithin(
  tokens: Token[],
  known: (address: string) => boolean,
  knownDomain: (domain: string) => boolean,
  forms: EmailForm[],
  last: number,
  stop: number,
): number {
  let tried = last;
  tokens.forEach((token, at) => {
    if (token.kind !== 'at' || token.start <= last || token.start >= stop) return;
    tried = token.start;
    const local = labelChain(tokens, at - 1, -1);
    const domain = labelChain(tokens, at + 1, 1);
    // The domain at each length (index: its number of labels), '' where knownDomain refuses it.
    const joined: string[] = [];
    let any = false;
    for (let end = domain.length; end >= 2; end--) {
      const name = dotted(domain, 0, end);
      joined[end] = knownDomain(name) ? name : '';
      if (joined[end]) any = true;
    }
    if (!any) return;
    for (let first = 0; first < local.length; first++)
      for (let end = domain.length; end >= 2; end--) {
        if (!joined[end]) continue;
        const address = `${dotted(local, first, local.length)}@${joined[end]}`;
        const start = local[first]?.start;
        const addressEnd = domain[end - 1]?.end;
        if (start !== undefined && addressEnd !== undefined && known(address)) {
          forms.push({ start, end: addressEnd, address });
          return;
        }
      }
  });
  return tried;
}

/**
 * Whether text[from, to) may hold the domain of a known address after one of its "at"s. A domain
 * matchWithin accepts has two labels at least, and each label is a token of the window, lower-cased:
 * when the second label is ASCII, the token's characters lower-case to ASCII one by one (final sigma,
 * the only context-dependent lower-casing, gives no ASCII), so the window's lower case holds it. A
 * window holding no stored domain's second label is not worth tokenising (the log set's
 * "@example.net", where "example" opens a stored domain).
 */
function holdsSecond(text: string, from: number, to: number, seconds: readonly string[]): boolean {
  const lower = text.slice(from, to).toLowerCase();
  for (const second of seconds) if (lower.includes(second)) return true;
  return false;
}

const BRACKET_AT = /[([{<]\s?at\s?[)\]}>]/iuy;
const LABEL_AT = /[\p{LC}\p{N}\p{M}_%+-]+|[\p{Lo}\p{Lm}\p{M}]+/iuy;

/**
 * Every place an "at" token of `text` may start, left to right, with where it ends: each "@", each
 * bracketed "(at)", and each "at" with a space on both sides (only that one becomes a separator).
 * The places to look at (scanText's ats) are found in the one walk of the text.
 */
function forEachAt(text: string, each: (at: number, after: number) => void): void {
  for (const i of scanText(text).ats) {
    const c = text.charCodeAt(i);
    if (c === 64) each(i, i + 1);
    else if (c === 40 || c === 91 || c === 123 || c === 60) {
      // BRACKET_AT needs an "a" next, or after one \s (under the i flag only "a" and "A" are one).
      const next = text.charCodeAt(i + 1);
      if ((next | 32) !== 97 && !(isSpaceCode(next) && (text.charCodeAt(i + 2) | 32) === 97)) continue;
      BRACKET_AT.lastIndex = i;
      if (BRACKET_AT.test(text)) each(i, BRACKET_AT.lastIndex);
    } else each(i + 1, i + 3); // \s at, before a space
  }
}

/**
 * The label the domain walk would start with after an "at" ending at `after`, lower case; '' if none,
 * or if it opens with an ASCII character no label of `domains` opens with (the lower case of a
 * string opens with that of its first character, which for ASCII is one character, context-free).
 */
function firstLabel(text: string, after: number, domains: readonly string[]): string {
  let r = after;
  while (r < text.length && isSpaceCode(text.charCodeAt(r))) r++;
  // Four spaces or more are no separator (tokensOf), and the walk stops there.
  if (r - after > 3) return '';
  const c = text.charCodeAt(r);
  if (c < 128 && openers(domains)[c >= 65 && c <= 90 ? c + 32 : c] !== 1) return '';
  LABEL_AT.lastIndex = r;
  const m = LABEL_AT.exec(text);
  return m ? m[0].toLowerCase() : '';
}

// Per list of domain labels: which ASCII characters open one (1).
const OPENERS = new WeakMap<readonly string[], Uint8Array>();
function openers(domains: readonly string[]): Uint8Array {
  let table = OPENERS.get(domains);
  if (!table) {
    table = new Uint8Array(128);
    for (const label of domains) {
      const c = label.charCodeAt(0);
      if (c < 128) table[c] = 1;
    }
    OPENERS.set(domains, table);
  }
  return table;
}

/**
 * Characters an address walk may cross: those of labels (letters, digits, marks, _%+-, anything
 * outside ASCII), spaces, dots and brackets. Any other ASCII character is a token of its own, so
 * reading may start there, and no walk passes it.
 */
const inWalk = (c: number) =>
  c >= 128 ||
  isLabelCode(c) ||
  c === 46 ||
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 40 ||
  c === 41 ||
  c === 91 ||
  c === 93 ||
  c === 123 ||
  c === 125 ||
  c === 60 ||
  c === 62;

/**
 * The stretch of text an "at" at [at, after) is matched within: from the stop character before it
 * (or the start) to the one after it (or the end of the text), where the second is.
 */
function windowOf(text: string, at: number, after: number): [number, number] {
  let from = at - 1;
  while (from >= 0 && inWalk(text.charCodeAt(from))) from--;
  let to = after;
  while (to < text.length && inWalk(text.charCodeAt(to))) to++;
  return [Math.max(from, 0), to];
}
