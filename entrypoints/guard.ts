import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { GuardContent } from '../lib/guard/content/guard-content';
import { GUARD_GLOBAL, type GuardModule } from '../lib/guard/content/module';

/**
 * Guard mode's content side, imported by the loader only on a Guard site (an AI chat site), so other
 * pages never pay for it. Like the writer, it runs in the content script's isolated world.
 */
export default defineUnlistedScript(() => {
  const module: GuardModule = {
    create(ctx) {
      const guard = new GuardContent(ctx);
      guard.start();
      return guard;
    },
  };
  Object.assign(globalThis, { [GUARD_GLOBAL]: module });
});
