/**
 * The redaction command of DESIGN.md, on the extension's own code path (lib/privacy):
 *   npm run --silent redact -- [--context FILE.json] < requests.jsonl
 * Reads JSON Lines {"id","instruction","context"?} and writes one line per input line:
 *   {"id","outbound","redactions":[{"placeholder","kind","source","start","end"}],"blocked"}
 * `blocked` is the outbound guard's verdict on `outbound` (false when every known value and pattern was
 * replaced). A line that cannot be handled (bad JSON, no string instruction, a malformed context) gives
 * {"id": <id or null>, "error": "<reason>", "blocked": true} and the command goes on; blank lines are
 * skipped. Deterministic, no network. Originals are never written: offsets point into the input.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseContext } from '../lib/context/parse';
import { EMPTY_CONTEXT, type ContextData } from '../lib/context/types';
import { AppError } from '../lib/errors';
import { EMPTY_POLICY, guardPayload, preparePrivacy, redact, type PreparedContext } from '../lib/privacy';

/**
 * The same validation as the options page's import (lib/context/parse.ts): a value that is not text is
 * an error for that line, never silently dropped (it would then go out unredacted). `version` may be
 * left out of a per-line context.
 */
function asContext(value: unknown): ContextData {
  const object = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  return parseContext(object ? { version: 1, ...object } : value);
}

function handle(line: string, fallback: PreparedContext): object {
  let id: unknown = null;
  try {
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch {
      // JSON.parse quotes the line in its message; the line may hold private text, so say less.
      throw new Error('not valid JSON');
    }
    if (typeof input !== 'object' || input === null) throw new Error('a line must be a JSON object');
    const { id: lineId, instruction, context } = input as Record<string, unknown>;
    id = lineId ?? null;
    if (typeof instruction !== 'string') throw new Error('"instruction" must be a string');
    const prepared = context === undefined ? fallback : preparePrivacy(asContext(context));
    const result = redact(instruction, prepared, EMPTY_POLICY);
    const guard = guardPayload(result.outbound, prepared, EMPTY_POLICY);
    return {
      id,
      outbound: result.outbound,
      redactions: result.redactions.map(({ placeholder, kind, source, start, end }) => ({
        placeholder,
        kind,
        source,
        start,
        end,
      })),
      blocked: !guard.ok,
    };
  } catch (error) {
    const reason =
      error instanceof AppError
        ? (error.detail ?? error.message)
        : error instanceof Error
          ? error.message
          : '';
    return { id, error: reason || 'unreadable line', blocked: true };
  }
}

const argv = process.argv.slice(2);
const at = argv.indexOf('--context');
const contextFile = at === -1 ? undefined : argv[at + 1];
let fallback: PreparedContext;
try {
  fallback = preparePrivacy(
    contextFile ? asContext(JSON.parse(readFileSync(contextFile, 'utf8'))) : EMPTY_CONTEXT,
  );
} catch (error) {
  console.error(`redact: cannot read --context: ${error instanceof Error ? error.message : 'unknown error'}`);
  process.exit(2);
}

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (line.trim()) process.stdout.write(`${JSON.stringify(handle(line, fallback))}\n`);
}
