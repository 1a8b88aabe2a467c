import type { KnownValue, PiiKind, Span } from './types';

type Part = Omit<KnownValue, 'source'>;

/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) and
 * Korean, whose particles attach to names ("민준이가"): a word there is no token of its own, so a known
 * value is looked for inside runs of characters.
 */
const SPACELESS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hangul}]/u;
const KANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const ALL_SPACELESS =
  /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hangul}ー]+$/u;
/**
 * Chinese grammar characters (pronouns, particles, copula, "to give", "please"): a word holding one is
 * grammar, not part of a name.
 */
const CHINESE_GRAMMAR = /[的了在是我你他她们和与给请这那也都就很吗呢吧啊一个不有]/u;
/** Longest run of adjacent words taken as one part ("李|思|琪", "東京|海上"). */
const MAX_SEGMENTS = 3;

export const hasSpaceless = (text: string): boolean => SPACELESS.test(text);

/** Comparison form: width and compatibility forms folded (full-width Latin, half-width kana), case folded. */
const comparable = (text: string): string => text.normalize('NFKC').toLowerCase();

function localeOf(text: string): string {
  if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return 'ja';
  if (/\p{Script=Thai}/u.test(text)) return 'th';
  if (/\p{Script=Hangul}/u.test(text)) return 'ko';
  return 'zh';
}

/**
 * The parts of a free text in a spaceless script that name someone or something: runs of two or three
 * adjacent words (by the platform's dictionary segmenter) that are neither grammar nor kana, such as
 * "田中|花子", "東京|海上", "王|小明". A single dictionary word ("大学", "東京") names nothing on its own.
 */
export function spacelessParts(text: string, kind: PiiKind): Part[] {
  if (!hasSpaceless(text)) return [];
  const locale = localeOf(text);
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const parts: Part[] = [];
  let run: { segment: string; index: number }[] = [];
  const flush = () => {
    // Thai writes a space between phrases, and a phrase ends in what it is about ("…ชื่อ|สมชาย",
    // "named Somchai"): its last word, alone or with the words before it, is what names.
    const from = locale === 'th' ? Math.max(0, run.length - MAX_SEGMENTS) : 0;
    const last = run.at(-1);
    if (locale === 'th' && last && [...last.segment].length >= 3) parts.push({ value: last.segment, kind });
    for (let i = from; i < run.length; i++)
      for (let j = i + 1; j < Math.min(run.length, i + MAX_SEGMENTS); j++) {
        const first = run[i];
        const end = run[j];
        if (first && end && (locale !== 'th' || end === last))
          parts.push({ value: text.slice(first.index, end.index + end.segment.length), kind });
      }
    run = [];
  };
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    const previous = run.at(-1);
    const adjacent = !previous || previous.index + previous.segment.length === index;
    const name = isWordLike && ALL_SPACELESS.test(segment) && !KANA_ONLY.test(segment);
    // A person's name is also typed in halves: the family name or the given name alone ("田中さん").
    if (name && kind === 'PERSON' && [...segment].length >= 2) parts.push({ value: segment, kind });
    if (!name || CHINESE_GRAMMAR.test(segment) || !adjacent) flush();
    if (name && !CHINESE_GRAMMAR.test(segment)) run.push({ segment, index });
  }
  flush();
  return parts;
}

export interface SpacelessEntry {
  text: string;
  kind: PiiKind;
  source: string;
}

/** The known values written in a spaceless script, in comparison form (two characters at least). */
export function spacelessEntries(values: readonly KnownValue[]): SpacelessEntry[] {
  const seen = new Set<string>();
  const entries: SpacelessEntry[] = [];
  for (const value of values) {
    const text = comparable(value.value.trim());
    if ([...text].length < 2 || !hasSpaceless(text) || seen.has(text)) continue;
    seen.add(text);
    entries.push({ text, kind: value.kind, source: value.source });
  }
  return entries;
}

/** Every occurrence of a spaceless-script value inside the text, word boundaries or not. */
export function matchSpaceless(text: string, entries: readonly SpacelessEntry[], priority: number): Span[] {
  if (entries.length === 0 || !hasSpaceless(text)) return [];
  // Offsets must point into the original: fold only when folding keeps every character in place.
  const folded = comparable(text);
  const scanned = folded.length === text.length ? folded : text.toLowerCase();
  const spans: Span[] = [];
  for (const entry of entries)
    for (let at = scanned.indexOf(entry.text); at !== -1; at = scanned.indexOf(entry.text, at + 1))
      spans.push({
        start: at,
        end: at + entry.text.length,
        kind: entry.kind,
        source: entry.source,
        priority,
      });
  return spans;
}
