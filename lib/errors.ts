import type { SectionId } from './options/sections';

/**
 * Every failure a user can meet, chosen here and given its sentence here (STYLE 4).
 * Errors cross contexts as SerializedError and are rebuilt on the other side (STYLE 3).
 */
export const ERRORS = {
  'cloud-not-configured': {
    name: 'CloudNotConfiguredError',
    text: 'No cloud endpoint is set. Open CoGenesis options and enter a base URL, API key and model, or switch this site to Local only.',
    setup: 'setup',
  },
  'cloud-auth': {
    name: 'CloudAuthError',
    text: 'The cloud endpoint rejected the API key (HTTP 401/403). Check the key in CoGenesis options.',
    setup: 'setup',
  },
  'cloud-rate-limit': {
    name: 'CloudRateLimitError',
    text: 'The cloud endpoint is rate-limiting requests (HTTP 429). Wait a moment, then press Send again.',
  },
  'cloud-server': {
    name: 'CloudServerError',
    text: 'The cloud endpoint failed (server error). Try again in a minute, or switch this site to Local only.',
  },
  'cloud-bad-request': {
    name: 'CloudBadRequestError',
    text: 'The cloud endpoint refused the request. Check the model name in CoGenesis options.',
    setup: 'setup',
  },
  'cloud-timeout': {
    name: 'CloudTimeoutError',
    text: 'The cloud endpoint did not answer in time. Check your connection and press Send again.',
  },
  'cloud-unreachable': {
    name: 'CloudUnreachableError',
    text: 'The cloud endpoint could not be reached. Check the base URL in CoGenesis options and your connection.',
    setup: 'setup',
  },
  'cloud-malformed': {
    name: 'CloudMalformedResponseError',
    text: 'The cloud endpoint sent a reply CoGenesis could not read. Check that the base URL points to an OpenAI-compatible API.',
    setup: 'setup',
  },
  'cloud-no-logprobs': {
    name: 'CloudNoLogprobsError',
    text: 'The cloud endpoint answered without log-probabilities, which Logit mode needs. Run Test connection in CoGenesis options; sites set to Logit then use Sketch.',
    setup: 'setup',
  },
  'cloud-reply-too-large': {
    name: 'CloudReplyTooLargeError',
    text: 'The cloud endpoint sent a reply longer than CoGenesis accepts, so it was cut off and not used. Press Regenerate; if it repeats, check the endpoint in CoGenesis options.',
    setup: 'setup',
  },
  'endpoint-redirected': {
    name: 'EndpointRedirectError',
    text: 'The endpoint answered with a redirect to another address. CoGenesis never follows redirects, so nothing more was sent; enter the final address in CoGenesis options.',
    setup: 'setup',
  },
  'local-not-loopback': {
    name: 'LocalNotLoopbackError',
    text: 'The local model server must run on this device (localhost, 127.0.0.1 or [::1]). "Local" means your private context never leaves this computer; change the address in CoGenesis options.',
    setup: 'setup',
  },
  'local-unreachable': {
    name: 'LocalUnreachableError',
    text: 'The local model server is not answering. Start it (for Ollama: OLLAMA_ORIGINS=chrome-extension://* ollama serve), or check its address in CoGenesis options → Setup, then press Try again.',
    setup: 'setup',
  },
  'local-failed': {
    name: 'LocalEngineError',
    text: 'The local model failed while writing. Check the model name in CoGenesis options and that the server has it loaded.',
    setup: 'setup',
  },
  'webgpu-unavailable': {
    name: 'WebGPUNotAvailableError',
    text: 'This browser cannot run the on-device model here (no usable WebGPU). In CoGenesis options → Models, choose the CPU model or a local model server.',
    setup: 'models',
  },
  'model-needs-f16': {
    name: 'ShaderF16SupportError',
    text: 'This model needs the shader-f16 GPU feature, which this device lacks. Choose a model without "(f16)" in CoGenesis options.',
    setup: 'models',
  },
  'model-not-downloaded': {
    name: 'ModelNotDownloadedError',
    text: 'The on-device model is not downloaded yet. Download it here (its size is shown in CoGenesis options → Models), or choose a local model server there.',
    setup: 'models',
  },
  'model-download-failed': {
    name: 'ModelDownloadError',
    text: 'The model files could not be downloaded. Check your connection (or the model address in CoGenesis options) and try again.',
    setup: 'models',
  },
  'model-lib-not-bundled': {
    name: 'ModelLibNotBundledError',
    text: 'This copy of CoGenesis does not include the program file of the on-device model, and it never downloads code. In CoGenesis options → Models, choose the CPU model or a local model server, or install a build that bundles the model libraries.',
    setup: 'models',
  },
  'model-storage-full': {
    name: 'ModelStorageQuotaError',
    text: 'There is not enough storage for this model. Free disk space or delete another model in CoGenesis options, then try again.',
    setup: 'models',
  },
  'model-failed': {
    name: 'ModelRuntimeError',
    text: 'The on-device model stopped with an error. Reload it by pressing Try again; if it repeats, choose a smaller model in CoGenesis options.',
    setup: 'models',
  },
  'guard-blocked': {
    name: 'OutboundGuardError',
    text: 'Not sent: the outbound text still contains private details. Redact them or release them explicitly, then send again.',
  },
  'engine-stopped': {
    name: 'EngineHostStoppedError',
    text: 'The CoGenesis engine stopped before the draft was finished (the browser may have closed it to save memory). Your text is unchanged; press Regenerate to try again.',
  },
  'context-entry-invalid': {
    name: 'ContextEntryError',
    text: 'Not saved; your text is still in the box.',
  },
  'context-invalid': {
    name: 'ContextImportError',
    text: 'That file is not a CoGenesis context export. Nothing was changed.',
  },
  'context-too-large': {
    name: 'ContextTooLargeError',
    text: 'That file is too large for a context (the limit is 5 MB). Nothing was changed; remove long writing samples or split the file, then import again.',
  },
  'settings-invalid': {
    name: 'SettingsError',
    text: 'That setting is not valid. Nothing was changed.',
  },
  'insert-failed': {
    name: 'InsertError',
    text: 'The draft could not be put into the field (the field changed or disappeared). Use Copy and paste it yourself.',
  },
  'session-expired': {
    name: 'PanelSessionError',
    text: 'This panel lost its connection to the page. Close it and press the shortcut again in the field.',
  },
  forbidden: {
    name: 'ForbiddenError',
    text: 'CoGenesis refused this request because it did not come from where it must (or CoGenesis is off on this site). Close the panel and press the shortcut again in the field.',
  },
  cancelled: { name: 'CancelledError', text: 'Cancelled. Your text is unchanged.' },
  internal: {
    name: 'InternalError',
    text: 'Something went wrong inside CoGenesis. Your text is unchanged; try again, and report it if it repeats.',
  },
} as const satisfies Record<string, ErrorEntry>;

/** One failure: its class name, its sentence, and the options section that fixes it (when setup does). */
interface ErrorEntry {
  name: string;
  text: string;
  /**
   * Where the user fixes it: the panel shows a button that opens `options.html#<setup>`. Sentences
   * never send the user to another mode that can fail the same way: cloud errors may suggest Local
   * only, errors of the device's model never suggest a cloud mode (tests/unit/errors.test.ts).
   */
  setup?: SectionId;
}

/** The options section that fixes this failure, if setup does. */
export function setupSection(code: ErrorCode): SectionId | undefined {
  const entry: ErrorEntry = ERRORS[code];
  return entry.setup;
}

export type ErrorCode = keyof typeof ERRORS;

export interface SerializedError {
  code: ErrorCode;
  /** Extra facts for the user (e.g. where what the guard found comes from); never private context. */
  detail?: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    options?: { cause?: unknown },
  ) {
    super(detail ? `${ERRORS[code].text} ${detail}` : ERRORS[code].text, options);
    this.name = ERRORS[code].name;
  }

  /** The sentence shown in our own UI. */
  get userText(): string {
    return this.message;
  }

  toJSON(): SerializedError {
    return this.detail === undefined ? { code: this.code } : { code: this.code, detail: this.detail };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERRORS, value);
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Error && error.name === 'AbortError') return new AppError('cancelled');
  return new AppError('internal', undefined, { cause: error });
}

export function serializeError(error: unknown): SerializedError {
  return toAppError(error).toJSON();
}

export function deserializeError(value: unknown): AppError {
  if (typeof value === 'object' && value !== null && 'code' in value && isErrorCode(value.code)) {
    const detail = 'detail' in value && typeof value.detail === 'string' ? value.detail : undefined;
    return new AppError(value.code, detail);
  }
  return new AppError('internal');
}
