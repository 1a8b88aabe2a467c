import { AppError } from '../errors';

/** How much of a reply the device accepts: a hostile endpoint must not freeze the panel or fill the prompt. */
export interface ReplyLimits {
  /** Bytes of response body, SSE framing included. */
  maxBytes: number;
  /** Characters of reply text (chat). An outline or a draft is a few KB; 64 KB is far beyond either. */
  maxChars: number;
  /** The whole request, first byte to last (the idle timeout only bounds the gaps). */
  totalMs: number;
}

export const DEFAULT_LIMITS: ReplyLimits = {
  // SSE framing costs ~150 bytes per delta of a few characters: 2 MB holds a 64 KB reply.
  maxBytes: 2 * 1024 * 1024,
  maxChars: 64 * 1024,
  totalMs: 180_000,
};

/** The error for a reply cut at `limit` (bytes or characters). */
export function replyTooLarge(limit: number): AppError {
  return new AppError('cloud-reply-too-large', `(more than ${Math.round(limit / 1024)} KB)`);
}

/**
 * The response with its body cut at `maxBytes`: reading past it fails with cloud-reply-too-large
 * (reported through `onOver` too, since the SDK may wrap what the stream throws).
 */
export function cappedResponse(
  response: Response,
  maxBytes: number,
  onOver: (error: AppError) => void,
): Response {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    const error = replyTooLarge(maxBytes);
    onOver(error);
    void response.body?.cancel().catch(() => undefined);
    throw error;
  }
  if (!response.body) return response;
  let bytes = 0;
  const body = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes <= maxBytes) return controller.enqueue(chunk);
        const error = replyTooLarge(maxBytes);
        onOver(error);
        controller.error(error);
      },
    }),
  );
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}
