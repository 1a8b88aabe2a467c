import { afterAll, beforeAll, expect } from 'vitest';
import { startCloudStub, startLocalStub, type Stub, type StubOptions } from '../../servers/openai-stub';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { CONTEXT } from './context-data';
import { OptionsPage, setSiteMode } from './extension-pages';
import { buildFixtures } from './fixtures';
import { serveStatic } from './static-server';

export interface SuiteOptions {
  /** Extra Chromium flags (e.g. WebGPU). */
  browserArgs?: string[];
  cloud?: Omit<StubOptions, 'reply'>;
  /** The local stand-in's options (e.g. a long reply for streaming tests). */
  local?: Omit<StubOptions, 'reply'>;
  /** Cloud timeout set in options, seconds. */
  timeoutSeconds?: number;
  /** Who writes drafts; 'server' (the local stand-in) unless a spec tests web-llm. */
  engine?: 'server' | 'webllm';
  /** The fixture site's mode, when not the default (Sketch). */
  mode?: string;
}

/** What every e2e spec shares: stand-ins, fixture pages, the browser, and options set like a user would. */
export interface Suite {
  browser: ExtensionBrowser;
  cloud: Stub;
  local: Stub;
  options: OptionsPage;
  /** host:port of the fixture pages (also reachable as localhost:port, another site). */
  site: string;
  port: number;
}

/** Registers beforeAll/afterAll for a spec and returns the suite, filled in once beforeAll ran. */
export function useSuite(settings: SuiteOptions = {}): Suite {
  const suite = {} as Suite;
  let closeFixtures: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const [cloud, local, fixtures] = await Promise.all([
      startCloudStub(settings.cloud),
      startLocalStub(settings.local),
      buildFixtures().then(serveStatic),
    ]);
    closeFixtures = fixtures.close;
    Object.assign(suite, { cloud, local, port: fixtures.port, site: `127.0.0.1:${fixtures.port}` });
    suite.browser = await launchWithExtension(settings.browserArgs);
    suite.options = await OptionsPage.open(suite.browser);
    await suite.options.setEndpoints({
      cloudUrl: cloud.url,
      localUrl: local.url,
      timeoutSeconds: settings.timeoutSeconds ?? 10,
    });
    expect(await suite.options.endpointStatus()).toBe('Saved.');
    expect(await suite.options.importContext(JSON.stringify(CONTEXT))).toMatch(/^Imported 5 profile fields/);
    if ((settings.engine ?? 'server') === 'server') await suite.options.useEngine('server');
    if (settings.mode) await setSiteMode(suite.browser, suite.site, settings.mode);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await Promise.all([suite.cloud?.close(), suite.local?.close(), closeFixtures?.()]);
  });
  return suite;
}
