import { describe, expect, it } from 'vitest';
import { openPanel, setSiteMode } from './harness/extension-pages';
import { useSuite } from './harness/suite';

const UNREACHABLE = 'Test-Unreachable-q4f32_1-MLC';

const s = useSuite({
  browserArgs: ['--enable-unsafe-webgpu', '--enable-features=Vulkan', '--use-angle=swiftshader'],
  engine: 'webllm',
});

describe('the on-device model (web-llm) on a machine without a real GPU', () => {
  it('the capability check reports the software adapter and its missing shader-f16', async () => {
    const report = s.options.page.getByTestId('gpu-report');
    await report.waitFor({ timeout: 15_000 });
    expect(await report.getAttribute('data-available')).toBe('true');
    expect(await report.getAttribute('data-f16')).toBe('false');
    // Chromium's software adapter (SwiftShader), reported as a fallback.
    expect(await s.options.page.getByTestId('gpu-adapter').innerText()).toMatch(
      /swiftshader.*software fallback/i,
    );
    expect(await s.options.page.getByTestId('gpu-f16').innerText()).toMatch(/not supported/);
    // Without shader-f16 only f32 variants are recommended.
    expect(await s.options.page.getByTestId('gpu-recommended').innerText()).toMatch(/q4f32/);
    // An f16 model says why it cannot run here instead of offering a download that could not be used.
    const f16 = s.options.page.locator('[data-model="SmolLM2-360M-Instruct-q4f16_1-MLC"]');
    expect(await f16.getByTestId('model-unavailable').innerText()).toMatch(/lacks shader-f16/);
    expect(await f16.getByRole('button', { name: 'Download…' }).count()).toBe(0);
    const f32 = s.options.page.locator('[data-model="SmolLM2-360M-Instruct-q4f32_1-MLC"]');
    expect(await f32.getByRole('button', { name: 'Download…' }).count()).toBe(1);
  });

  it('a model whose files cannot be fetched ends in a readable error within seconds; the field is untouched', async () => {
    await s.options.useEngine('webllm');
    await s.options.chooseModel(UNREACHABLE);
    await setSiteMode(s.browser, s.site, 'local-only');
    const page = await s.browser.context.newPage();
    await page.goto(`http://${s.site}/form.html`);
    const instruction = 'thank my manager for approving my leave';
    await page.fill('#plain', instruction);
    const panel = await openPanel(s.browser, page, '#plain');
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
