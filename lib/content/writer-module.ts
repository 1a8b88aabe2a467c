import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The file the loader imports when a page first needs the writer (see entrypoints/writer.ts). */
export const WRITER_MODULE_PATH = '/writer.js' as const;

/** Where the writer module leaves its factory: a global of the content script's isolated world only. */
export const WRITER_GLOBAL = '__cogenesisWriter';

export interface WriterHandle {
  /** Focus reached a field before the writer existed: treat it as if the writer had seen it. */
  focused(element: Element): void;
  trigger(): Promise<void>;
  setButton(shown: boolean): void;
  dispose(): void;
}

export interface WriterModule {
  create(ctx: ContentScriptContext): WriterHandle;
}
