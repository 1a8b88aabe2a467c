import { openDb } from '../db';
import { AppError } from '../errors';
import { assertLoopback } from '../engines/loopback';
import type { EngineSpeed } from '../engines/speed-estimate';
import { resolveGgufModel } from '../engines/wllama/gguf-source';
import type { CloudCapabilities, CloudEndpoint } from './cloud';
import type { LocalEngineKind, LocalServerEndpoint } from './local-engine';
import { isRecord, migrateRecord, recordVersion, type RecordHistory } from './migrate';

// Each concern's types live in its own file (see index.ts); these names stay importable from here.
export type { CloudCapabilities, CloudEndpoint } from './cloud';
export { logitAvailable } from './cloud';
export type { LocalEngineKind, LocalServerEndpoint } from './local-engine';
export { ASSIST_BUDGET_FALLBACK_MS, assistBudget } from './local-engine';

/**
 * The endpoints record: one IndexedDB record (extension origin only; it holds the cloud API key),
 * read and updated in one transaction so the options page's sections never overwrite each other.
 * It holds the cloud endpoint and its probe cache (cloud.ts), the local engine (local-engine.ts) and
 * the training-trace opt-in. It migrates through migrate.ts like every settings record
 * (ENDPOINTS_HISTORY below).
 */

export interface EndpointSettings {
  version: 1;
  cloud: CloudEndpoint;
  /** Which on-device engine writes drafts: web-llm in the browser (default) or a loopback server. */
  localEngine: LocalEngineKind;
  /** The web-llm model id; '' means "the one the capability check recommends". */
  webllmModel: string;
  /** The CPU engine's model: a models/gguf-catalog.ts id or a GGUF address; unset or '' means its default. */
  ggufModel?: string;
  localServer: LocalServerEndpoint;
  cloudCapabilities?: CloudCapabilities;
  /** Opt-in: keep logit-mode traces of inserted drafts on this device, to train the fusion model. */
  recordFusionTraces?: boolean;
  /** How long the review waits for the local model's privacy pass, in ms; 0 turns the pass off. */
  assistBudgetMs?: number;
  /** The CPU engine's speed as measured on this machine, by model (lib/engines/speed-store.ts). */
  engineSpeeds?: Record<string, EngineSpeed>;
}

export const ENDPOINT_FALLBACK: EndpointSettings = {
  version: 1,
  cloud: { baseURL: '', apiKey: '', model: '', timeoutMs: 60_000 },
  localEngine: 'webllm',
  webllmModel: '',
  localServer: { baseURL: 'http://localhost:11434/v1', model: 'llama3.2', apiKey: 'local' },
};

function checkHttpUrl(value: string, what: string): void {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AppError('settings-invalid', `${what} is not a URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError('settings-invalid', `${what} must start with https:// or http://.`);
  }
}

/** Validates before saving, so a bad form never replaces working settings. */
export function validateEndpoints(settings: EndpointSettings): EndpointSettings {
  if (settings.cloud.baseURL !== '') checkHttpUrl(settings.cloud.baseURL, 'The cloud base URL');
  checkHttpUrl(settings.localServer.baseURL, 'The local server URL');
  assertLoopback(settings.localServer.baseURL);
  if (!['webllm', 'server', 'wllama'].includes(settings.localEngine)) {
    throw new AppError('settings-invalid', 'Choose the on-device model or a local server.');
  }
  // Throws settings-invalid for an unknown id or an address the CPU engine would not load.
  if (settings.localEngine === 'wllama') resolveGgufModel(settings.ggufModel);
  const timeout = settings.cloud.timeoutMs;
  if (!Number.isFinite(timeout) || timeout < 1000 || timeout > 600_000) {
    throw new AppError('settings-invalid', 'The cloud timeout must be between 1 and 600 seconds.');
  }
  const budget = settings.assistBudgetMs;
  if (budget !== undefined && (!Number.isFinite(budget) || budget < 0 || budget > 60_000)) {
    throw new AppError('settings-invalid', 'The local privacy check time must be between 0 and 60 seconds.');
  }
  return settings;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

/** Test connection's cache, if it is whole; a partial one would claim checks that never ran. */
function readCapabilities(value: unknown): { cloudCapabilities: CloudCapabilities } | undefined {
  if (!isRecord(value)) return undefined;
  const { baseURL, model, chat, logprobs, continuation, checkedAt } = value;
  if (typeof baseURL !== 'string' || typeof model !== 'string' || typeof checkedAt !== 'number')
    return undefined;
  if (typeof chat !== 'boolean' || typeof logprobs !== 'boolean' || typeof continuation !== 'boolean') {
    return undefined;
  }
  return { cloudCapabilities: { baseURL, model, chat, logprobs, continuation, checkedAt } };
}

/**
 * Reads the record's current shape from what is stored: the first version held only `cloud` and
 * `localServer`; every field since was added with a default here, so no step was needed yet.
 */
function readEndpoints(stored: Record<string, unknown>): EndpointSettings {
  const cloud = isRecord(stored.cloud) ? stored.cloud : {};
  const server = isRecord(stored.localServer) ? stored.localServer : {};
  const fallback = ENDPOINT_FALLBACK;
  const timeoutMs = cloud.timeoutMs;
  return {
    version: 1,
    localEngine:
      stored.localEngine === 'server' || stored.localEngine === 'wllama' ? stored.localEngine : 'webllm',
    webllmModel: stringOr(stored.webllmModel, ''),
    ...(typeof stored.ggufModel === 'string' ? { ggufModel: stored.ggufModel } : {}),
    cloud: {
      baseURL: stringOr(cloud.baseURL, fallback.cloud.baseURL),
      apiKey: stringOr(cloud.apiKey, fallback.cloud.apiKey),
      model: stringOr(cloud.model, fallback.cloud.model),
      timeoutMs: typeof timeoutMs === 'number' ? timeoutMs : fallback.cloud.timeoutMs,
    },
    localServer: {
      baseURL: stringOr(server.baseURL, fallback.localServer.baseURL),
      model: stringOr(server.model, fallback.localServer.model),
      apiKey: stringOr(server.apiKey, fallback.localServer.apiKey),
    },
    ...(readCapabilities(stored.cloudCapabilities) ?? {}),
    ...(stored.recordFusionTraces === true ? { recordFusionTraces: true } : {}),
    ...(typeof stored.assistBudgetMs === 'number' ? { assistBudgetMs: stored.assistBudgetMs } : {}),
    // Written only by speed-store.ts, in this shape since it was added.
    ...(isRecord(stored.engineSpeeds)
      ? { engineSpeeds: stored.engineSpeeds as Record<string, EngineSpeed> }
      : {}),
  };
}

/** The endpoints record's history (migrate.ts): the record carries its version in its `version` field. */
export const ENDPOINTS_HISTORY: RecordHistory<EndpointSettings> = {
  version: 1,
  steps: {},
  read: readEndpoints,
  fallback: ENDPOINT_FALLBACK,
};

function withFallback(stored: unknown): EndpointSettings {
  return migrateRecord(ENDPOINTS_HISTORY, stored, recordVersion(stored));
}

export async function loadEndpoints(): Promise<EndpointSettings> {
  const db = await openDb();
  return withFallback(await db.get('settings', 'endpoints'));
}

export async function saveEndpoints(settings: EndpointSettings): Promise<void> {
  const valid = validateEndpoints(settings);
  const db = await openDb();
  await db.put('settings', valid, 'endpoints');
}

/**
 * Changes some fields and keeps the rest, in one transaction: the options page's sections each save
 * their own fields, and one must not overwrite another's with what it read earlier.
 */
export async function updateEndpoints(patch: Partial<Omit<EndpointSettings, 'version'>>): Promise<void> {
  const db = await openDb();
  const tx = db.transaction('settings', 'readwrite');
  const next = validateEndpoints({ ...withFallback(await tx.store.get('endpoints')), ...patch });
  await Promise.all([tx.store.put(next, 'endpoints'), tx.done]);
}
