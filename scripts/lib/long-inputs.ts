/**
 * Long and number-dense requests for scripts/bench-privacy.ts, generated from a seed (no hand-written
 * cases): what people paste into a text box besides short instructions. Each set holds requests of
 * growing size up to 20,000 characters, so the bench sees whether the cost per character stays flat.
 *  - table: CSV transaction rows (dates, amounts, account ids, IBAN-like and card-like numbers, names);
 *  - log: server log lines (timestamps, IP addresses, request ids, durations, e-mails, URLs);
 *  - code: TypeScript-like source with numeric constants, hex ids, version strings and comments;
 *  - email: long e-mail threads in prose, with names, places, phone numbers, dates and amounts;
 *  - letter: the same kind of prose typed as people outside plain ASCII do: curly quotes, dashes,
 *    accented and non-Latin names, European amounts and dates, no-break spaces (the sets above are
 *    pure ASCII, so they would never show a fast path that only ASCII takes).
 * All names, numbers and addresses are invented here.
 */
import { rng } from '../privacy-synthetic';

export type LongSet = 'table' | 'log' | 'code' | 'email' | 'letter';
export const LONG_SETS: readonly LongSet[] = ['table', 'log', 'code', 'email', 'letter'];

/** Request sizes (characters, approximate: a request ends at the line that passes it). */
export const LONG_SIZES = [500, 1_000, 2_000, 5_000, 10_000, 20_000] as const;

type Random = () => number;

const FIRST = ['Amara', 'Bertil', 'Cosima', 'Dmitri', 'Elodie', 'Farid', 'Greta', 'Hamish', 'Ines', 'Jarek'];
const LAST = ['Okafor', 'Lindgren', 'Ferreira', 'Novak', 'Castellano', 'Hartley', 'Yilmaz', 'Brandt'];
const PLACES = ['Eastleigh', 'Maribor', 'Tarragona', 'Ghent', 'Kilkenny', 'Aarhus', 'Lleida'];
const MERCHANTS = ['Fresh Basket', 'Rail Europa', 'Cloudnine Hosting', 'Pharma Plus', 'City Parking'];
const WORDS = (
  'the we a to of and in for on with that this is it be as at by from our your will can about ' +
  'report meeting budget quarter invoice figures project update team review next week plan thanks ' +
  'please attached numbers changes client delivery schedule payment account contract question'
).split(' ');

/** Seeded picks of values, digits and dates from `random` (privacy-shapes.ts draws from it too). */
export function picker(random: Random) {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const digits = (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join('');
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const date = () => `2026-${pad(int(1, 12))}-${pad(int(1, 28))}`;
  const time = () => `${pad(int(0, 23))}:${pad(int(0, 59))}:${pad(int(0, 59))}`;
  const amount = () => `${int(0, 1) ? '-' : ''}${int(1, 9999)}.${pad(int(0, 99))}`;
  const name = () => `${pick(FIRST)} ${pick(LAST)}`;
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    const first = words[0] ?? 'the';
    words[0] = first[0]?.toUpperCase() + first.slice(1);
    return `${words.join(' ')}.`;
  };
  return { pick, int, digits, pad, date, time, amount, name, sentence };
}
export type Picker = ReturnType<typeof picker>;

type Line = (p: ReturnType<typeof picker>, i: number) => string;

const TABLE_HEADER = 'date,description,amount,currency,account,counterparty,reference,balance';
const tableRow: Line = (p) =>
  [
    p.date(),
    `${p.pick(MERCHANTS)} ${p.pick(PLACES)}`,
    p.amount(),
    p.pick(['EUR', 'GBP', 'USD']),
    p.int(0, 2) ? `ACC-${p.digits(8)}` : `GB${p.digits(2)}BARC${p.digits(14)}`,
    p.int(0, 3) ? p.name() : `${p.digits(4)} ${p.digits(4)} ${p.digits(4)} ${p.digits(4)}`,
    `TX${p.digits(10)}`,
    `${p.int(0, 99999)}.${p.pad(p.int(0, 99))}`,
  ].join(',');

const logLine: Line = (p) =>
  `${p.date()}T${p.time()}.${p.digits(3)}Z ${p.pick(['INFO', 'WARN', 'ERROR', 'DEBUG'])} ` +
  p.pick([
    `GET /api/v2/accounts/${p.digits(7)}/statements?page=${p.int(1, 40)} 200 ${p.int(2, 900)}ms ip=${p.int(10, 223)}.${p.int(0, 255)}.${p.int(0, 255)}.${p.int(1, 254)}`,
    `request_id=${p.digits(8)}-${p.digits(4)} user=${p.pick(FIRST).toLowerCase()}.${p.pick(LAST).toLowerCase()}@example.net latency=${p.int(1, 5000)}ms`,
    `payment ${p.digits(12)} settled amount=${p.amount()} fee=${p.int(0, 9)}.${p.pad(p.int(0, 99))} retries=${p.int(0, 3)}`,
    `worker ${p.int(1, 64)} heap=${p.int(100, 4000)}MB gc=${p.int(1, 300)}ms queue=${p.int(0, 10000)} pid=${p.int(1000, 99999)}`,
    `callback https://hooks.example.com/v1/${p.digits(6)}?sig=${p.digits(16)} status=${p.pick([200, 404, 500])}`,
  ]);

const codeLine: Line = (p, i) =>
  p.pick([
    `const LIMIT_${i} = ${p.int(1, 100000)}; // ${p.sentence(6)}`,
    `  if (value > ${p.int(0, 999)}.${p.int(0, 99)} && retries < ${p.int(1, 9)}) return ${p.int(0, 255)};`,
    `export const color${i} = 0x${p.digits(6)}; const version = '${p.int(0, 9)}.${p.int(0, 40)}.${p.int(0, 200)}';`,
    `  matrix[${p.int(0, 31)}][${p.int(0, 31)}] = [${Array.from({ length: 6 }, () => p.int(0, 9999)).join(', ')}];`,
    `function handler${i}(req, res) { res.status(${p.pick([200, 201, 400, 404])}).json({ id: ${p.digits(9)} }); }`,
    `  // TODO(${p.pick(FIRST).toLowerCase()}): ${p.sentence(8)}`,
    `  await sleep(${p.int(10, 5000)}); timeout = ${p.int(1, 60)} * 1000;`,
  ]);

const emailLine: Line = (p) =>
  p.pick([
    `${p.sentence(p.int(8, 20))} ${p.sentence(p.int(6, 14))}`,
    `Hi ${p.pick(FIRST)}, ${p.sentence(p.int(8, 16))} ${p.sentence(p.int(6, 12))}`,
    `${p.name()} from ${p.pick(PLACES)} will call you on +44 ${p.int(20, 79)} ${p.digits(4)} ${p.digits(4)} about the invoice of ${p.int(100, 9999)} EUR due ${p.int(1, 28)} March.`,
    `On ${p.date()} at ${p.time().slice(0, 5)}, ${p.name()} <${p.pick(FIRST).toLowerCase()}@example.org> wrote:`,
    `> ${p.sentence(p.int(10, 18))} The total is ${p.int(1, 99)},${p.digits(3)}.${p.digits(2)} and the order ${p.digits(7)} ships ${p.int(1, 9)} days later.`,
    `Best regards,\n${p.name()}\n${p.pick(MERCHANTS)}, ${p.int(1, 200)} ${p.pick(LAST)} Street, ${p.pick(PLACES)}`,
    '',
  ]);

const FIRST_INTL = [
  'Zoë',
  'José',
  'Łukasz',
  'Søren',
  'Ayşe',
  'Nguyễn',
  'Ólafur',
  'Dvořák',
  'Αλέξης',
  'Дмитрий',
];
const LAST_INTL = [
  'Müller',
  'Núñez',
  'Wróbel',
  'Kjærgaard',
  'Çelik',
  'Thị Hương',
  'Þórsson',
  'Šťastný',
  'Παπαδόπουλος',
];
const PLACES_INTL = ['Zürich', 'Kraków', 'Málaga', 'Ørestad', 'İzmir', 'Besançon', 'Göteborg', 'Αθήνα'];
const NBSP = '\u00a0';
const NNBSP = '\u202f';

const letterLine: Line = (p) => {
  const who = () => `${p.pick(FIRST_INTL)} ${p.pick(LAST_INTL)}`;
  const euros = () => `${p.int(1, 99)}${p.pick(['.', NNBSP, NBSP])}${p.digits(3)},${p.digits(2)}${NBSP}€`;
  return p.pick([
    `“${p.sentence(p.int(6, 14))}” — ${who()} said it’s ${p.pick(['fine', 'urgent', 'done'])}; we’ll see.`,
    `Liebe ${p.pick(FIRST_INTL)}, die Rechnung über ${euros()} ist am ${p.int(1, 28)}. März ${p.int(2025, 2027)} fällig.`,
    `${who()} (${p.pick(PLACES_INTL)}) rappellera au +33${NBSP}${p.int(1, 9)}${NBSP}${p.digits(2)}${NBSP}${p.digits(2)}${NBSP}${p.digits(2)}${NBSP}${p.digits(2)} — merci !`,
    `‘${p.sentence(p.int(5, 10))}’ … ${p.sentence(p.int(8, 16))}`,
    `Pedido nº ${p.digits(6)}: ${euros()} — entrega en ${p.pick(PLACES_INTL)} el ${p.pad(p.int(1, 28))}/${p.pad(p.int(1, 12))}/${p.int(2025, 2027)}.`,
    `— ${who()}, ${p.pick(MERCHANTS)}, ${p.pick(LAST_INTL)}straße ${p.int(1, 200)}, ${p.int(10000, 99999)} ${p.pick(PLACES_INTL)}`,
    '',
  ]);
};

const LINES: Record<LongSet, { header?: string; line: Line }> = {
  table: { header: TABLE_HEADER, line: tableRow },
  log: { line: logLine },
  code: { line: codeLine },
  email: { line: emailLine },
  letter: { line: letterLine },
};

/** One request of `set`, about `size` characters long. */
function request(set: LongSet, size: number, random: Random): string {
  const p = picker(random);
  const { header, line } = LINES[set];
  const lines = header ? [header] : [];
  let length = header?.length ?? 0;
  for (let i = 0; length < size; i++) {
    const next = line(p, i);
    lines.push(next);
    length += next.length + 1;
  }
  return lines.join('\n');
}

/** `perSize` requests of every size in LONG_SIZES, for `set`, from `seed`. */
export function longInputs(set: LongSet, seed: number, perSize: number): string[] {
  const random = rng(seed);
  return LONG_SIZES.flatMap((size) => Array.from({ length: perSize }, () => request(set, size, random)));
}

/**
 * Rounds of long requests (one per size and set, seeds apart from the timed ones) before timing: until
 * V8 has done tiering the stage up. Counted with --trace-opt between the first and the last timed
 * request of bench:privacy (three runs each): after 5 rounds, 15 to 21 TurboFan compiles ran there (and
 * one or two deopts), each on a background thread that took one of this machine's two cores from the
 * requests; after 10, 12 to 16; after 20, 3 or 4; after 30, 2 or 3. The figures are for the engine host
 * once it has run the stage that often (it lives through the session and runs the stage at each policy
 * change, each pause in a hand edit, and on the draft in logit mode); a fresh host pays firstLongRound's.
 */
export const WARM_ROUNDS = 20;
/** Long requests per size and set that the privacy benches time. */
export const TIMED_PER_SIZE = 5;

/** The long requests of warm-up round `round` for `set` (one per size). */
export const warmInputs = (set: LongSet, round: number): string[] => longInputs(set, 7 + round, 1);

/** The long requests bench:privacy and bench:privacy-browser time for `set`. */
export const timedInputs = (set: LongSet): string[] =>
  longInputs(set, 1000 + LONG_SETS.indexOf(set), TIMED_PER_SIZE);
