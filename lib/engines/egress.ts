import OpenAI from 'openai';
import type { AuditRequest } from '../audit/types';
import { AppError } from '../errors';
import type { CloudEndpoint } from '../settings/endpoints';
import { cappedResponse, DEFAULT_LIMITS, replyTooLarge, type ReplyLimits } from './bounds';
import { mapCloudError } from './map-openai-error';
import { noRedirectFetch } from './no-redirect';
import { IdleTimeout } from './openai-stream';
import { HttpStatusError, TotalTimeout } from './reply-errors';
import type { Outbound } from './types';

/**
 * The one way out to a cloud endpoint (sketch outline, Redacted cloud, each logit round, Test
 * connection). For each request, in this order:
 *   1. the outbound guard runs on every string of the exact body the SDK is about to send;
 *   2. an audit entry with that body, the URL and the headers (credentials masked) is written with
 *      status 'sending', and awaited: if the host dies mid-request, the log still shows it;
 *   3. the request leaves, never following a redirect, its reply bounded in bytes and total time;
 *   4. the entry is settled as 'sent' or 'failed' (with our error code).
 */
export interface EgressOptions {
  fetch?: typeof fetch;
  limits?: Partial<ReplyLimits>;
}

/**
 * One egress call: exactly one request through `client` with `requestOptions`, then `sent()` or
 * `failed(error)`, then `close()`.
 */
export interface EgressCall {
  client: OpenAI;
  /** Aborts on the caller's signal and at the total-time bound. */
  signal: AbortSignal;
  /**
   * The SDK request options of this call: its signal, and the tag routing the request through this
   * call's guard and audit. A request through `client` without them is refused.
   */
  requestOptions: RequestOptions & {
    signal: AbortSignal;
    fetchOptions: NonNullable<RequestOptions['fetchOptions']>;
  };
  limits: ReplyLimits;
  /**
   * The one request of this call without the SDK (each logit round: the SDK's per-request work cost
   * more than the rest of a round). POSTs `body` to `path` under the endpoint: serialised once, that
   * exact string guarded, audited and sent; the reply read within the byte bound and parsed as JSON.
   * Failures are typed: HttpStatusError (its status), a timeout, cancelled, cloud-unreachable.
   */
  postJson(path: string, body: object): Promise<unknown>;
  sent(replyChars?: number): Promise<void>;
  /** Settles the entry as failed and returns the error to throw. */
  failed(error: unknown): Promise<AppError>;
  close(): void;
}

/** The SDK's per-request options (its own type is not exported from the package root). */
export type RequestOptions = NonNullable<Parameters<OpenAI['completions']['create']>[1]>;

const SECRET_HEADERS = new Set(['authorization', 'api-key', 'x-api-key', 'proxy-authorization']);

/** The headers as sent, with every credential replaced by a marker (the key itself never goes in the log). */
function maskedHeaders(headers: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (value: string, name: string) => {
    if (!SECRET_HEADERS.has(name)) out[name] = value;
    else out[name] = /^bearer\s/i.test(value) ? 'Bearer ••••' : '••••';
  };
  // A logit round's own headers are a plain object with lower-case names (postJson): as sent, with no
  // Headers built. Anything else (the SDK's) goes through Headers, which merges names as fetch does.
  const plain =
    headers && !(headers instanceof Headers) && !Array.isArray(headers) ? Object.entries(headers) : undefined;
  if (plain?.every(([name]) => name === name.toLowerCase()))
    for (const [name, value] of plain) add(value, name);
  else new Headers(headers).forEach(add);
  return out;
}

/** Every string in a JSON value (message contents, the prompt, the model name…), for the guard. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The body as text, refused (and cut off) past `maxBytes`, whatever the endpoint declared. */
async function readBounded(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw replyTooLarge(maxBytes);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw replyTooLarge(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
}

function requestUrl(input: RequestInfo | URL): string {
  return input instanceof Request ? input.url : String(input);
}

/** Carries a call's audited fetch through the SDK's request options (the SDK copies them to fetch). */
const EGRESS_CALL = Symbol('egress call');
type TaggedInit = RequestInit & { [EGRESS_CALL]?: typeof fetch };

/**
 * The SDK client for an endpoint, built once and shared by the calls of a job (building one costs
 * ~75 µs, paid at every logit round before). It sends nothing itself: each request is routed to the
 * guarded, audited fetch of the egress call that made it (tagged in its request options), and a
 * request without a tag is refused, so sharing the client cannot open a way around the guard.
 */
export function egressClient(endpoint: CloudEndpoint): OpenAI {
  const route: typeof fetch = (input, init) => {
    const { [EGRESS_CALL]: own, ...rest } = (init ?? {}) as TaggedInit;
    if (!own) return Promise.reject(new AppError('internal', 'A cloud request outside the egress.'));
    return own(input, rest);
  };
  return new OpenAI({
    baseURL: endpoint.baseURL,
    apiKey: endpoint.apiKey || 'none',
    // The key belongs to the user and lives only in extension pages, never in a web page.
    dangerouslyAllowBrowser: true,
    // Retries would repeat an outbound request the user approved once; the panel offers Regenerate.
    maxRetries: 0,
    timeout: endpoint.timeoutMs,
    fetch: route,
  });
}

export function startEgress(
  endpoint: CloudEndpoint,
  outbound: Outbound,
  signal: AbortSignal | undefined,
  options: EgressOptions = {},
  client: OpenAI = egressClient(endpoint),
): EgressCall {
  const limits: ReplyLimits = { ...DEFAULT_LIMITS, ...options.limits };
  let id: number | undefined;
  let settled = false;
  // An error raised in our own fetch wrapper: the SDK wraps it as a connection error, we want ours.
  let own: AppError | undefined;

  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new TotalTimeout()), limits.totalMs);

  const send = noRedirectFetch(options.fetch ?? globalThis.fetch);
  /** Guards the exact body, writes the 'sending' entry and only then sends it (once per call). */
  const guardedSend = async (input: RequestInfo | URL, init: RequestInit | undefined): Promise<Response> => {
    try {
      if (id !== undefined) throw new AppError('internal', 'One egress call makes one request.');
      // The body is serialised JSON; anything else could not be audited exactly.
      if (typeof init?.body !== 'string') throw new AppError('internal', 'Unexpected request body.');
      // The entry records what the string says, parsed back: what leaves, not what we meant to send.
      const payload: unknown = JSON.parse(init.body);
      for (const text of stringsIn(payload)) outbound.guard(text);
      const request: AuditRequest = {
        method: init.method ?? 'POST',
        url: requestUrl(input),
        headers: maskedHeaders(init.headers),
      };
      id = await outbound.audit.begin({
        time: outbound.now(),
        site: outbound.site,
        endpoint: endpoint.baseURL,
        model: endpoint.model,
        purpose: outbound.purpose,
        payload,
        request,
        withheld: outbound.withheld,
        ...(outbound.withheldKinds ? { withheldKinds: outbound.withheldKinds } : {}),
        status: 'sending',
      });
      return await send(input, init);
    } catch (error) {
      if (error instanceof AppError) own ??= error;
      throw error;
    }
  };
  const auditedFetch: typeof fetch = async (input, init) =>
    cappedResponse(await guardedSend(input, init), limits.maxBytes, (error) => {
      own ??= error;
    });

  const postJson = async (path: string, body: object): Promise<unknown> => {
    // Without the SDK's timeout, the endpoint's own bound (up to the whole reply) is kept here.
    const idle = setTimeout(() => controller.abort(new IdleTimeout()), endpoint.timeoutMs);
    try {
      // Like the SDK: a call cancelled before it starts writes nothing and sends nothing.
      if (controller.signal.aborted) throw controller.signal.reason;
      const response = await guardedSend(`${endpoint.baseURL.replace(/\/+$/, '')}${path}`, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          ...(endpoint.apiKey ? { authorization: `Bearer ${endpoint.apiKey}` } : {}),
        },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new HttpStatusError(response.status);
      }
      return JSON.parse(await readBounded(response, limits.maxBytes));
    } catch (error) {
      if (error instanceof AppError || error instanceof HttpStatusError) throw error;
      if (controller.signal.aborted) {
        const reason: unknown = controller.signal.reason;
        throw reason instanceof TotalTimeout || reason instanceof IdleTimeout
          ? reason
          : new AppError('cancelled');
      }
      // fetch rejects with a TypeError when the endpoint cannot be reached; JSON.parse with a SyntaxError.
      if (error instanceof SyntaxError) throw error;
      throw new AppError('cloud-unreachable', undefined, { cause: error });
    } finally {
      clearTimeout(idle);
    }
  };

  // The SDK types fetchOptions as a RequestInit without method/body/signal/headers: the tag is neither.
  const tag = { [EGRESS_CALL]: auditedFetch } as NonNullable<RequestOptions['fetchOptions']>;

  const settle = async (outcome: { status: 'sent' | 'failed'; error?: string; replyChars?: number }) => {
    if (settled || id === undefined) return;
    settled = true;
    await outbound.audit.settle(id, { ...outcome, settledAt: outbound.now() });
  };

  return {
    client,
    signal: controller.signal,
    requestOptions: { signal: controller.signal, fetchOptions: tag },
    limits,
    postJson,
    sent: (replyChars) => settle({ status: 'sent', ...(replyChars === undefined ? {} : { replyChars }) }),
    async failed(error) {
      const appError =
        own ??
        (controller.signal.reason instanceof TotalTimeout
          ? new AppError('cloud-timeout', `(over ${Math.round(limits.totalMs / 1000)} s in total)`)
          : mapCloudError(error));
      // The request's own error is what the user must see, even if the log cannot be written.
      await settle({ status: 'failed', error: appError.code }).catch(() => undefined);
      return appError;
    },
    close() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      // A caller that stopped reading early (it never settled): the request was cut off.
      void settle({ status: 'failed', error: 'cancelled' }).catch(() => undefined);
    },
  };
}
