import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCloudStub, startLocalStub, type Stub } from '../servers/openai-stub';
import { launchWithExtension, type ExtensionBrowser } from './harness/browser';
import { CONTEXT } from './harness/context-data';
import { openPanel, OptionsPage, setSiteMode } from './harness/extension-pages';
import { buildFixtures } from './harness/fixtures';
import { serveStatic } from './harness/static-server';

const UNREACHABLE = 'Test-Unreachable-q4f32_1-MLC';

let browser: ExtensionBrowser;
let cloud: Stub;
let local: Stub;
let fixtures: { port: number; close(): Promise<void> };
let options: OptionsPage;
let site: string;

beforeAll(async () => {
  [cloud, local, fixtures] = await Promise.all([
    startCloudStub(),
    startLocalStub(),
    buildFixtures().then(serveStatic),
  ]);
  site = `127.0.0.1:${fixtures.port}`;
  browser = await launchWithExtension([
    '--enable-unsafe-webgpu',
    '--enable-features=Vulkan',
    '--use-angle=swiftshader',
  ]);
  options = await OptionsPage.open(browser);
  await options.setEndpoints({ cloudUrl: cloud.url, localUrl: local.url });
  await options.importContext(JSON.stringify(CONTEXT));
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([cloud?.close(), local?.close(), fixtures?.close()]);
});

describe('the on-device model (web-llm) on a machine without a real GPU', () => {
  it('the capability check reports the software adapter and its missing shader-f16', async () => {
    const report = options.page.getByTestId('gpu-report');
    await report.waitFor({ timeout: 15_000 });
    expect(await report.getAttribute('data-available')).toBe('true');
    expect(await report.getAttribute('data-f16')).toBe('false');
    // Chromium's software adapter (SwiftShader), reported as a fallback.
    expect(await options.page.getByTestId('gpu-adapter').innerText()).toMatch(
      /swiftshader.*software fallback/i,
    );
    expect(await options.page.getByTestId('gpu-f16').innerText()).toMatch(/not supported/);
    // Without shader-f16 only f32 variants are recommended.
    expect(await options.page.getByTestId('gpu-recommended').innerText()).toMatch(/q4f32/);
  });

  it('a model whose files cannot be fetched ends in a readable error within seconds; the field is untouched', async () => {
    await options.useEngine('webllm');
    await options.chooseModel(UNREACHABLE);
    await setSiteMode(browser, site, 'local-only');
    const page = await browser.context.newPage();
    await page.goto(`http://${site}/form.html`);
    const instruction = 'thank my manager for approving my leave';
    await page.fill('#plain', instruction);
    const panel = await openPanel(browser, page, '#plain');
    await panel.getByTestId('send').click();
    // Not downloaded yet: nothing is fetched without consent.
    const error = panel.getByTestId('error');
    await error.waitFor({ timeout: 15_000 });
    expect(await error.getAttribute('data-code')).toBe('model-not-downloaded');
    const started = Date.now();
    await panel.getByTestId('download-model').click();
    await panel
      .locator('[data-testid="error"][data-code="model-download-failed"]')
      .waitFor({ timeout: 15_000 });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await panel.getByTestId('error').innerText()).toMatch(/could not be downloaded/);
    expect(await page.inputValue('#plain')).toBe(instruction);
    await page.close();
  });
});
