import type { CloudView, PrivacyView } from '../fusion/driver';
import { redactChecked } from '../privacy';
import { isFunctionWord } from '../privacy/function-words';
import { startsSentence } from '../privacy/names';
import { normTokens, tokenColumns, tokensOf, type Tokens } from '../privacy/normalize';
import type { PreparedContext, PrivacyPolicy, Redaction, Vault } from '../privacy/types';

const TAIL_WORDS = 4;
/**
 * Words a settled sentence boundary must have after it before the text before it is final: room for
 * a phone number, a card, an IBAN or an address in groups to finish, or a known value to complete.
 */
const SETTLE_WORDS = 12;

/**
 * Known values by their first words, for asking at each token whether the text stops inside one:
 * under the key of a value's first n-1 words, its n-th word (`starts`, asked whether the text's last
 * word is a proper prefix of one) and its n-th word when more words follow (`continues`).
 */
export interface KnownTails {
  /** The n-th words under each key, sorted (code-unit order) the first time the key is asked about. */
  starts: Map<string, StartWords>;
  continues: Map<string, Set<string>>;
}

interface StartWords {
  words: string[];
  sorted: boolean;
}

const keyOf = (words: readonly string[]) => `${words.length}\u0001${words.join('\u0001')}`;

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/**
 * Built before the first token of every job. It used to hold every proper prefix of every word (a
 * string and a set entry per character of the context's known values, ~3 ms for 2,000 values); the
 * words alone, sorted on first use, answer the same question by a binary search (hasLongerWord).
 */
export function knownTails(knownWords: readonly string[][]): KnownTails {
  const tails: KnownTails = { starts: new Map(), continues: new Map() };
  for (const words of knownWords) {
    for (let n = 1; n <= Math.min(TAIL_WORDS, words.length); n++) {
      const key = keyOf(words.slice(0, n - 1));
      const target = words[n - 1] ?? '';
      // A one-character word has no proper prefix (none but the empty one, which no token is).
      if (target.length > 1) {
        const starts = tails.starts.get(key);
        if (starts) {
          starts.words.push(target);
          starts.sorted = false;
        } else tails.starts.set(key, { words: [target], sorted: true });
      }
      if (words.length > n) addTo(tails.continues, key, target);
    }
  }
  return tails;
}

/**
 * True when `word` is a proper prefix of one of `starts`' words. In code-unit order every string that
 * starts with `word` and is longer comes right after `word` and its copies, so the first word not
 * below `word` and not equal to it is such a string if there is one.
 */
function hasLongerWord(starts: StartWords, word: string): boolean {
  if (word === '') return false;
  const words = starts.words;
  if (!starts.sorted) {
    words.sort(); // strings sort by UTF-16 code units, the order `<` and startsWith agree on
    starts.sorted = true;
  }
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid] ?? '') < word) low = mid + 1;
    else high = mid;
  }
  while (low < words.length && words[low] === word) low++;
  return low < words.length && (words[low] ?? '').startsWith(word);
}

/**
 * True when the text ends part-way through a known value ("Martin Rey…"), which no detector sees yet.
 * Words that say nothing by themselves ("the", "to", "I") do not count as a start: "…for the" could
 * open "The Quiet Harbour", but the cloud learns nothing from it, and the rounds go on.
 */
export function endsInsideKnownValue(
  text: string,
  known: readonly string[][] | KnownTails,
  tokens: Tokens = tokenColumns(text),
): boolean {
  const { count, norms } = tokens;
  if (count === 0) return false;
  const tails = Array.isArray(known) ? knownTails(known) : (known as KnownTails);
  const midWord = endsInWordCharacter(text);
  // Every tail ends with the text's last word; the n-1 words before it are the key (keyOf), built
  // here one word at a time instead of slicing and joining the tokens again for each n.
  const last = norms[count - 1] ?? '';
  const lastIsFunction = isFunctionWord(last);
  let words = '';
  let allFunction = lastIsFunction;
  for (let n = 1; n <= Math.min(TAIL_WORDS, count); n++) {
    if (n > 1) {
      const word = norms[count - n] ?? '';
      words = n === 2 ? word : `${word}\u0001${words}`;
      allFunction = allFunction && isFunctionWord(word);
    }
    if (allFunction) continue;
    const key = n === 1 ? '0\u0001' : `${n - 1}\u0001${words}`;
    if (tails.continues.get(key)?.has(last)) return true;
    const starts = midWord ? tails.starts.get(key) : undefined;
    if (starts && hasLongerWord(starts, last)) return true;
  }
  return false;
}

const WORD_END = /[\p{L}\p{N}]$/u;
/** The text's last character is a letter or a digit (a word may go on); a charCode test for ASCII. */
function endsInWordCharacter(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // A letter outside the BMP is two code units: the last two hold it whole.
  return WORD_END.test(text.slice(-2));
}

/** Where `offset` of the original lands in the redacted text (no redaction crosses it). */
function outboundOffset(offset: number, redactions: readonly Redaction[]): number {
  let shift = 0;
  for (const r of redactions) if (r.end <= offset) shift += r.placeholder.length - (r.end - r.start);
  return offset + shift;
}

/**
 * `text.startsWith(prefix)`, written as a slice compared whole: on a growing draft of a few thousand
 * characters the builtin took about ten times longer (Node 20), and this runs at every generated token.
 */
export function extendsText(text: string, prefix: string): boolean {
  return text.length >= prefix.length && text.slice(0, prefix.length) === prefix;
}

const ONLY_SPACE_OR_PUNCTUATION = /^[\s\p{P}]*$/u;
/**
 * Some redaction is followed only by spaces and punctuation to the text's end. Redactions are disjoint
 * and in reading order, so the text after any of them ends with the text after the last one: if one
 * qualifies, the last does. Only the last is tested, and with a cheap test first: a letter or digit
 * right after it (most texts) already says no, as the regex would.
 */
export function endsAfterPlaceholder(text: string, redactions: readonly Redaction[]): boolean {
  const last = redactions.at(-1);
  if (last === undefined) return false;
  const c = text.charCodeAt(last.end);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return false;
  return ONLY_SPACE_OR_PUNCTUATION.test(text.slice(last.end));
}

const SENTENCE_END = /[.!?]['"’”)\]]*\s|\n[ \t]*\n/;

function hasSentenceMark(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10) return true; // . ! ? \n
  }
  return false;
}

/**
 * Sentence boundaries in `text` (token starts) that are settled: a sentence ends before the token
 * (".", "!", "?" then a space, or a blank line: the detectors look no further back than that),
 * `settle` words follow it, and no span found crosses it. Text before a settled boundary redacts the
 * same whatever comes after it.
 */
export function settledBoundaries(
  text: string,
  tokens: Tokens,
  redactions: readonly Redaction[],
  settle: number,
): number[] {
  const out: number[] = [];
  const { count, starts, ends } = tokens;
  for (let i = 1; i + settle < count; i++) {
    const end = ends[i - 1] as number;
    const start = starts[i] as number;
    // Most gaps are one space: only one with a sentence mark or a line break can end a sentence, so
    // only those are cut out and matched (SENTENCE_END needs one of these characters).
    if (!hasSentenceMark(text, end, start)) continue;
    if (!SENTENCE_END.test(text.slice(end, start)) || !startsSentence(text, tokens, i)) continue;
    if (redactions.some((r) => r.start < start && r.end > end)) continue;
    out.push(start);
  }
  return out;
}

/** Known values and the user's extra selections, as words in comparison form. */
export function knownWordsOf(prepared: PreparedContext, policy: PrivacyPolicy): string[][] {
  return [...prepared.known.map((k) => k.value), ...policy.extra]
    .map(normTokens)
    .filter((words) => words.length > 0);
}

/** Words after a sentence boundary before it is settled: room for the longest known value to finish. */
export function settleWordsOf(knownWords: readonly (readonly string[])[]): number {
  let settle = SETTLE_WORDS;
  for (const words of knownWords) settle = Math.max(settle, words.length + TAIL_WORDS);
  return settle;
}

/** What the view and the logit guard derive from the context and the policy before the first token. */
export interface ViewSettings {
  knownWords: string[][];
  settle: number;
  tails: KnownTails;
}

// Both are read-only for a job's life and each job's view and guard ask for the same settings: built
// once per context and policy, not once per caller (a few milliseconds before the first token).
const settingsCache = new WeakMap<PreparedContext, WeakMap<PrivacyPolicy, ViewSettings>>();

export function viewSettingsOf(prepared: PreparedContext, policy: PrivacyPolicy): ViewSettings {
  let byPolicy = settingsCache.get(prepared);
  if (!byPolicy) settingsCache.set(prepared, (byPolicy = new WeakMap()));
  let settings = byPolicy.get(policy);
  if (!settings) {
    const knownWords = knownWordsOf(prepared, policy);
    settings = { knownWords, settle: settleWordsOf(knownWords), tails: knownTails(knownWords) };
    byPolicy.set(policy, settings);
  }
  return settings;
}

/**
 * The cloud's view of the text generated so far, for logit mode: the same privacy stage as the
 * instruction (redact until the guard passes: with redaction alone, a value the guard finds once a
 * placeholder sits beside it blocked the round's prompt and failed the job), with the job's vault so
 * placeholders keep their numbers. Where the views differ — the text ends inside a private value, or
 * right after a placeholder — the local model decides alone.
 *
 * Called once per token with a growing text, it scans only the unsettled tail: from one settled
 * sentence before the last settled boundary (so detectors keep their left context) to the end. What
 * lies before the last settled boundary is kept as already redacted. If a span is ever found across
 * that boundary, or the text is not a continuation, it redacts the whole text again.
 */
export function logitPrivacyView(
  prepared: PreparedContext,
  policy: PrivacyPolicy,
  vault: Vault,
): PrivacyView {
  const { settle, tails } = viewSettingsOf(prepared, policy);
  let last = '';
  // The scan starts at `from`; text before `settled` is final and its redacted form is `settledOut`.
  let from = 0;
  let settled = 0;
  let settledOut = '';

  const view = (text: string, whole: boolean): CloudView => {
    if (whole || !extendsText(text, last)) {
      from = 0;
      settled = 0;
      settledOut = '';
    }
    last = text;
    const window = text.slice(from);
    const result = redactChecked(window, prepared, policy, vault);
    const local = settled - from;
    if (result.redactions.some((r) => r.start < local && r.end > local)) return view(text, true);
    Object.assign(vault, result.vault);
    const tokens = tokensOf(window);
    const cloudPrefix = settledOut + result.outbound.slice(outboundOffset(local, result.redactions));
    const afterPlaceholder = endsAfterPlaceholder(window, result.redactions);
    const diverges = afterPlaceholder || endsInsideKnownValue(window, tails, tokens);

    const boundaries = settledBoundaries(window, tokens, result.redactions, settle).filter((b) => b > local);
    const next = boundaries.at(-1);
    if (next !== undefined) {
      const start = outboundOffset(local, result.redactions);
      settledOut += result.outbound.slice(start, outboundOffset(next, result.redactions));
      // The next scan starts one sentence before the new boundary, for the detectors' left context.
      const lookback = boundaries.at(-2) ?? local;
      settled = from + next;
      from += lookback;
    }
    return { cloudPrefix, diverges };
  };
  return (text) => view(text, false);
}
