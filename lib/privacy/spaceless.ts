import type { KnownValue, PiiKind, Finding } from './types';
import { isCommonElsewhere } from './words';

type Part = Omit<KnownValue, 'source'>;

/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) and
 * Korean, Tamil and the Dravidian scripts, whose particles and case endings attach to names ("민준이가",
 * "லட்சுமிக்கு"): a word there is no token of its own, so a known
 * value is looked for inside runs of characters.
 */
const SPACELESS =
  /[\p{Script=Tamil}\p{Script=Malayalam}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hangul}]/u;
const KANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const ALL_SPACELESS =
  /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hangul}ー]+$/u;
/**
 * Chinese grammar characters (pronouns, particles, copula, "to give", "please"): a word holding one is
 * grammar, not part of a name.
 */
const CHINESE_GRAMMAR = /[的了在是我你他她们和与给请这那也都就很吗呢吧啊一个不有]/u;
/** Words for the kind of an institution or a place ("小学校", "医院", "区"): generic on their own. */
const CJK_FRAME =
  /^(?:小学校|中学校|高等学校|高校|学校|大学|小学|中学|幼稚园|幼稚園|保育園|病院|医院|诊所|公司|会社|株式会社|株式|有限会社|合同会社|有限公司|股份有限公司|集团|集團|銀行|银行|勤務先|市|区|區|县|縣|省|町|村)$/u;
/** Titles and honorifics written after a name. */
const TITLE =
  /^(?:さん|様|さま|先生|部長|課長|社長|係長|主任|氏|君|くん|ちゃん|先生|老师|医生|经理|总|女士|先生)$/u;
const CONDITION_SUFFIX = /^(?:症|病|炎|癌|障害|障碍)$/u;
// The name of a school, hospital or company before its institution word: "锦城外国语|小学".
const INSTITUTION =
  /(\p{Script=Han}{2,8}?)(?:外国语学校|小学校|中学校|高等学校|小学|中学|大学|学院|医院|病院|诊所|公司|会社|银行|銀行)/gu;

/**
 * The names of institutions inside a Chinese or Japanese run, without their institution word, and
 * the first two characters people shorten them to ("锦城外国语小学" → "锦城外国语", "锦城").
 */
function institutionParts(run: string): Part[] {
  const parts: Part[] = [];
  for (const m of run.matchAll(INSTITUTION)) {
    const name = m[1] ?? '';
    if (CJK_FRAME.test(name)) continue;
    // An institution is an organisation whatever the note it was found in is about.
    parts.push({ value: m[0], kind: 'ORG' }, { value: name, kind: 'ORG' });
    const short = [...name].slice(0, 2).join('');
    if (length(name) > 2 && !isCommonElsewhere(short)) parts.push({ value: short, kind: 'ORG' });
  }
  return parts;
}

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

interface Segment {
  segment: string;
  index: number;
}

const length = (text: string) => [...text].length;
/** Not grammar, not kana: a word that may belong to a name. */
const isNameWord = (segment: string, isWordLike: boolean | undefined) =>
  !!isWordLike && ALL_SPACELESS.test(segment) && !KANA_ONLY.test(segment) && !CHINESE_GRAMMAR.test(segment);

/**
 * The parts of a free text in a spaceless script that name someone or something, by the platform's
 * dictionary segmenter: runs of two or three adjacent name words ("田中|花子", "東京|海上", "王|小明"),
 * kana inside a name included ("港北|みどり|小学校"); a single word when it is none of the language's
 * common words ("锦城", "港北", where "大学" or "北京" name nothing); a Chinese name after a common
 * surname, with the familiar forms people use for it (see personForms).
 */
export function spacelessParts(text: string, kind: PiiKind): Part[] {
  const locale = localeOf(text);
  // Korean writes spaces between words: its values are matched whole (inside words, for particles).
  if (!hasSpaceless(text) || locale === 'ko') return [];
  const segments = [...new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)];
  const parts: Part[] = [];
  const runs: Segment[][] = [];
  let run: Segment[] = [];
  segments.forEach(({ segment, index, isWordLike }, k) => {
    const previous = run.at(-1);
    const adjacent = !previous || previous.index + previous.segment.length === index;
    const next = segments[k + 1];
    // Kana of two or more letters between two name words is part of the name ("港北みどり小学校").
    const innerKana =
      !!previous &&
      KANA_ONLY.test(segment) &&
      length(segment) >= 2 &&
      !!next &&
      isNameWord(next.segment, next.isWordLike);
    if (!adjacent || !(isNameWord(segment, isWordLike) || innerKana)) {
      if (run.length) runs.push(run);
      run = [];
    }
    if (isNameWord(segment, isWordLike) || innerKana) run.push({ segment, index });
  });
  if (run.length) runs.push(run);
  // A word right before a title or honorific is a family name ("高橋|部長", "田中|さん"); a run it opens
  // is a person's name ("高橋誠").
  const families = new Set(
    segments.flatMap((s, k) => (TITLE.test(segments[k + 1]?.segment ?? '') ? [s.segment] : [])),
  );
  for (const words of runs) {
    // Thai writes a space between phrases, and a phrase ends in what it is about ("…ชื่อ|สมชาย",
    // "named Somchai"): only runs ending in its last word name something.
    const last = words.at(-1);
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (!word) continue;
      if (length(word.segment) >= 2 && !isCommonElsewhere(word.segment) && !CJK_FRAME.test(word.segment))
        if (locale !== 'th' || word === last) parts.push({ value: word.segment, kind });
      if (kind === 'PERSON' && length(word.segment) >= 2) parts.push({ value: word.segment, kind });
      for (let j = i + 1; j < Math.min(words.length, i + MAX_SEGMENTS); j++) {
        const end = words[j];
        const value = end ? text.slice(word.index, end.index + end.segment.length) : '';
        if (end && (locale !== 'th' || end === last) && !CJK_FRAME.test(value)) parts.push({ value, kind });
      }
    }
    if (locale === 'zh') parts.push(...chineseNames(text, words));
    if (
      words[0] &&
      families.has(words[0].segment) &&
      words.length > 1 &&
      words[1] &&
      !TITLE.test(words[1].segment)
    ) {
      const name = text.slice(words[0].index, words[1].index + words[1].segment.length);
      parts.push({ value: name, kind: 'PERSON' }, ...personForms(name));
    }
    const first = words[0];
    if (first && last)
      parts.push(...institutionParts(text.slice(first.index, last.index + last.segment.length)));
    // A condition named with its suffix ("抑郁|症", "depression disorder") is also typed without it.
    if (kind === 'MEDICAL')
      words.forEach((word, i) => {
        if (i > 0 && CONDITION_SUFFIX.test(word.segment) && length(words[i - 1]?.segment ?? '') >= 2)
          parts.push({ value: words[i - 1]?.segment ?? '', kind });
      });
  }
  if (kind === 'PERSON' && locale !== 'th') parts.push(...personForms(text.trim()));
  return parts;
}

/**
 * The most common Chinese family names (one character each): a name word starting with one, two or
 * three characters long, is taken for a person's name ("王|小明", "李|思|琪").
 */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
);

function chineseNames(text: string, words: readonly Segment[]): Part[] {
  const parts: Part[] = [];
  words.forEach((word, i) => {
    const first = word.segment[0];
    if (!first || !SURNAMES.has(first)) return;
    let end = word;
    for (
      let j = i + 1;
      j < words.length && length(text.slice(word.index, end.index + end.segment.length)) < 3;
      j++
    )
      end = words[j] ?? end;
    const name = text.slice(word.index, end.index + end.segment.length);
    if (length(name) >= 2 && length(name) <= 3)
      parts.push({ value: name, kind: 'PERSON' }, ...personForms(name));
  });
  return parts;
}

/**
 * How people write a name of two to four Han or kana characters besides in full: any two or more
 * characters of it in order ("橋誠" of "高橋誠"), and the Chinese familiar forms, 小, 老 or 阿 before the
 * family name or the last character ("小李", "老雯").
 */
function personForms(name: string): Part[] {
  const chars = [...name];
  if (chars.length < 2 || chars.length > 4 || !ALL_SPACELESS.test(name)) return [];
  const parts: Part[] = [];
  for (let i = 0; i < chars.length; i++)
    for (let j = i + 2; j <= chars.length; j++)
      if (j - i < chars.length) parts.push({ value: chars.slice(i, j).join(''), kind: 'PERSON' });
  if (/^\p{Script=Han}+$/u.test(name))
    for (const prefix of ['小', '老', '阿'])
      for (const char of new Set([chars[0], chars.at(-1)]))
        parts.push({ value: `${prefix}${char ?? ''}`, kind: 'PERSON' });
  return parts;
}

export interface SpacelessEntry {
  text: string;
  kind: PiiKind;
  source: string;
}

/** The known values written in a spaceless script, in comparison form (two characters at least). */
export function spacelessEntries(values: readonly KnownValue[]): SpacelessEntry[] {
  const seen = new Map<string, SpacelessEntry>();
  for (const value of values) {
    const text = comparable(value.value.trim());
    if ([...text].length < 2 || !hasSpaceless(text)) continue;
    const earlier = seen.get(text);
    // As in buildIndex: a more specific kind found later wins over PRIVATE.
    if (earlier && earlier.kind === 'PRIVATE') earlier.kind = value.kind;
    if (!earlier) seen.set(text, { text, kind: value.kind, source: value.source });
  }
  return [...seen.values()];
}

/** Entries by their first two code units (every entry has two characters at least), in order. */
interface PairIndex {
  /** Which code units start an entry: most characters of a text start none. */
  readonly first: Uint8Array;
  /** Entry numbers by their first two code units (the first times 65536 plus the second). */
  readonly byPair: Map<number, number[]>;
}

const pairIndexes = new WeakMap<readonly SpacelessEntry[], PairIndex>();
function pairIndexOf(entries: readonly SpacelessEntry[]): PairIndex {
  let index = pairIndexes.get(entries);
  if (!index) {
    index = { first: new Uint8Array(65536), byPair: new Map() };
    for (let k = 0; k < entries.length; k++) {
      const text = entries[k]?.text ?? '';
      index.first[text.charCodeAt(0)] = 1;
      const key = text.charCodeAt(0) * 65536 + text.charCodeAt(1);
      const list = index.byPair.get(key);
      if (list) list.push(k);
      else index.byPair.set(key, [k]);
    }
    pairIndexes.set(entries, index);
  }
  return index;
}

/**
 * Every occurrence of a spaceless-script value inside the text, word boundaries or not: each entry's
 * occurrences in the order of the entries, each entry's from the left (overlapping ones too). One
 * pass over the text with the entries looked up by their first two characters; searching the text
 * once per entry cost the text's length times the entries (hundreds for a Chinese or Japanese
 * context, whose names give many parts).
 */
export function matchSpaceless(text: string, entries: readonly SpacelessEntry[]): Finding[] {
  if (entries.length === 0 || !hasSpaceless(text)) return [];
  // Offsets must point into the original: fold only when folding keeps every character in place.
  const folded = comparable(text);
  const scanned = folded.length === text.length ? folded : text.toLowerCase();
  const { first, byPair } = pairIndexOf(entries);
  const found: number[][] = [];
  for (let at = 0; at + 1 < scanned.length; at++) {
    const code = scanned.charCodeAt(at);
    if (first[code] !== 1) continue;
    const candidates = byPair.get(code * 65536 + scanned.charCodeAt(at + 1));
    if (candidates)
      for (const k of candidates)
        if (scanned.startsWith(entries[k]?.text ?? '', at)) (found[k] ??= []).push(at);
  }
  const spans: Finding[] = [];
  entries.forEach((entry, k) => {
    for (const at of found[k] ?? [])
      spans.push({
        start: at,
        end: at + entry.text.length,
        kind: entry.kind,
        source: entry.source,
      });
  });
  return spans;
}
