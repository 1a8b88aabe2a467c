import { DEFAULT_LIMITS } from '../engines/bounds';
import type { AuditEntry, AuditStatus } from './types';

/**
 * A request still 'sending' past the total-time bound cannot be in flight any more: its engine host
 * stopped, and no new host has started to mark it.
 */
export function shownStatus(entry: AuditEntry, now: number): AuditStatus {
  return entry.status === 'sending' && now - entry.time > DEFAULT_LIMITS.totalMs
    ? 'interrupted'
    : entry.status;
}

export const STATUS_TEXT: Record<AuditStatus, string> = {
  sending: 'sending',
  sent: 'sent',
  failed: 'failed',
  interrupted: 'interrupted (may have been received)',
  kept: 'held, not sent',
};

/** The local calendar day of a time, as a key ("2026-11-29") for grouping. */
export function dayKey(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "Today", "Yesterday", or the date in the user's words ("Friday, 27 November 2026"). */
export function dayLabel(time: number, now: number): string {
  const key = dayKey(time);
  if (key === dayKey(now)) return 'Today';
  const yesterday = new Date(now);
  yesterday.setDate(yesterday.getDate() - 1);
  if (key === dayKey(yesterday.getTime())) return 'Yesterday';
  return new Date(time).toLocaleDateString(undefined, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
}

/** A text cut into plain runs and placeholders ("[PERSON_1]"), so a view can mark the placeholders. */
export function splitPlaceholders(text: string): { text: string; placeholder: boolean }[] {
  const parts: { text: string; placeholder: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(/\[[A-Za-z]+_\d+\]/g)) {
    if (match.index > at) parts.push({ text: text.slice(at, match.index), placeholder: false });
    parts.push({ text: match[0], placeholder: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), placeholder: false });
  return parts;
}

/** The readable parts of a request body: its messages or prompt, and every other parameter as sent. */
export interface ReadablePayload {
  messages: { role: string; content: string }[];
  prompt?: string;
  /** Every other field of the body, each as its JSON text ("temperature" → "0"). */
  parameters: [string, string][];
}

function isMessage(value: unknown): value is { role: string; content: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { role, content } = value as Record<string, unknown>;
  return typeof role === 'string' && typeof content === 'string';
}

export function readablePayload(payload: unknown): ReadablePayload {
  // Very old entries held the messages array itself.
  if (Array.isArray(payload)) return { messages: payload.filter(isMessage), parameters: [] };
  if (typeof payload !== 'object' || payload === null) return { messages: [], parameters: [] };
  const out: ReadablePayload = { messages: [], parameters: [] };
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'messages' && Array.isArray(value) && value.every(isMessage)) out.messages = value;
    else if (key === 'prompt' && typeof value === 'string') out.prompt = value;
    else out.parameters.push([key, JSON.stringify(value)]);
  }
  return out;
}
