import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The file the loader imports on a Guard site (see entrypoints/guard.ts). */
export const GUARD_MODULE_PATH = '/guard.js' as const;

/** Where the guard module leaves its factory: a global of the content script's isolated world only. */
export const GUARD_GLOBAL = '__cogenesisGuard';

export interface GuardHandle {
  /** The shortcut or the context menu: read the selected AI answer with placeholders restored. */
  trigger(): Promise<void>;
  dispose(): void;
}

export interface GuardModule {
  create(ctx: ContentScriptContext): GuardHandle;
}
