import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Writer } from '../lib/content/writer';
import { WRITER_GLOBAL, type WriterModule } from '../lib/content/writer-module';

/**
 * The content script's heavy part (field strategies, panel frame, messaging), imported by the loader
 * the first time a page needs it. It runs in the content script's isolated world, so the factory it
 * leaves on globalThis is invisible to the page.
 */
export default defineUnlistedScript(() => {
  const module: WriterModule = {
    create(ctx) {
      const writer = new Writer(ctx);
      writer.start();
      return writer;
    },
  };
  Object.assign(globalThis, { [WRITER_GLOBAL]: module });
});
