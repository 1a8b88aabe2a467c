export { preparePrivacy } from './prepare';
export { guardPayload } from './guard';
export { redact } from './redact';
export { redactChecked, type CheckedRedaction } from './redact-checked';
export { restore, RestoreStream } from './restore';
export type * from './types';
export { EMPTY_POLICY } from './types';
