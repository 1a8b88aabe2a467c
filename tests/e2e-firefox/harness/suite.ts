import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startCloudStub, startLocalStub, type Stub } from '../../servers/openai-stub';
import { CONTEXT } from '../../e2e/harness/context-data';
import { buildFixtures } from '../../e2e/harness/fixtures';
import { serveStatic } from '../../e2e/harness/static-server';
import { launchFirefox, type FirefoxWithExtension } from './firefox';
import { importContext, setEndpoints, tid } from './pages';

/** What a Firefox spec shares: the Chromium suite's stand-ins and fixture pages, Firefox, and options. */
export interface FirefoxSuite {
  ff: FirefoxWithExtension;
  cloud: Stub;
  local: Stub;
  /** The options page, kept open: the tests reach the background page through it. */
  options: Page;
  /** host:port of the fixture pages (also reachable as localhost:port, another site). */
  site: string;
  port: number;
}

/** Registers beforeAll/afterAll for a spec and returns the suite, filled in once beforeAll ran. */
export function useFirefoxSuite(): FirefoxSuite {
  const suite = {} as FirefoxSuite;
  let closeFixtures: (() => Promise<void>) | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cogenesis-firefox-'));
    const [cloud, local, fixtures] = await Promise.all([
      startCloudStub(),
      startLocalStub(),
      buildFixtures().then(serveStatic),
    ]);
    closeFixtures = fixtures.close;
    Object.assign(suite, { cloud, local, port: fixtures.port, site: `127.0.0.1:${fixtures.port}` });
    suite.ff = await launchFirefox();
    suite.options = await suite.ff.openExtensionPage('options.html', tid('save-endpoints'));
    expect(await setEndpoints(suite.options, cloud.url, local.url)).toBe('Saved.');
    expect(await importContext(suite.options, JSON.stringify(CONTEXT), dir)).toMatch(
      /^Imported 5 profile fields/,
    );
  }, 180_000);
  afterAll(async () => {
    await suite.ff?.close();
    await Promise.all([suite.cloud?.close(), suite.local?.close(), closeFixtures?.()]);
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return suite;
}
