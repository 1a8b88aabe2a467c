import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPanel } from './harness/extension-pages';
import { useSuite } from './harness/suite';
import { INSTRUCTION } from './harness/context-data';

/**
 * Automated accessibility checks (axe-core, WCAG 2 A and AA rules) on every options section, the
 * popup, the try page and the panel, light and dark: no serious or critical violation.
 */
const s = useSuite();
const ext = (path: string) => `chrome-extension://${s.browser.extensionId}/${path}`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SECTIONS = ['setup', 'context', 'sites', 'models', 'activity', 'advanced'];

interface Violation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** The serious and critical ones, named with where they are, so a failure says what to fix. */
function serious(violations: Violation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${JSON.stringify(n.target)}`));
}

async function open(path: string, ready: string, scheme: 'light' | 'dark', width = 1280): Promise<Page> {
  const page = await s.browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width, height: 900 });
  await page.goto(ext(path));
  await page.getByTestId(ready).first().waitFor();
  return page;
}

/** The panel sits in a closed shadow root, out of axe's reach from the page: run axe inside it. */
async function axeInFrame(frame: Frame): Promise<Violation[]> {
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await frame.evaluate(source);
  return frame.evaluate(
    (tags) =>
      (globalThis as unknown as { axe: { run(o: object): Promise<{ violations: Violation[] }> } }).axe
        .run({ runOnly: { type: 'tag', values: tags } })
        .then((r) => r.violations),
    TAGS,
  );
}

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`options, each section (${scheme})`, async () => {
      const page = await open('options.html', 'save-endpoints', scheme);
      await page.getByTestId('fact-list').waitFor();
      for (const section of SECTIONS) {
        const result = await new AxeBuilder({ page }).include(`#${section}`).withTags(TAGS).analyze();
        expect(serious(result.violations), section).toEqual([]);
        // The section was there to check: rules ran on it and passed.
        expect(result.passes.length, section).toBeGreaterThan(5);
      }
      const nav = await new AxeBuilder({ page }).include('nav').withTags(TAGS).analyze();
      expect(serious(nav.violations), 'menu').toEqual([]);
      await page.close();
    });

    it(`popup and try page (${scheme})`, async () => {
      const popup = await open(`popup.html?site=${encodeURIComponent(s.site)}`, 'readiness', scheme, 400);
      expect(serious((await new AxeBuilder({ page: popup }).withTags(TAGS).analyze()).violations)).toEqual(
        [],
      );
      await popup.close();
      const tryPage = await open('try.html', 'try-text', scheme);
      expect(serious((await new AxeBuilder({ page: tryPage }).withTags(TAGS).analyze()).violations)).toEqual(
        [],
      );
      await tryPage.close();
    });
  }

  it('options, popup and try page fit a 360 px window without sideways scrolling', async () => {
    for (const [path, ready] of [
      ['options.html#activity', 'fact-list'],
      [`popup.html?site=${encodeURIComponent(s.site)}`, 'readiness'],
      ['try.html', 'try-text'],
    ] as const) {
      const page = await open(path, ready, 'light', 360);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
        path,
      ).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it('the panel, at review and with a draft', async () => {
    const page = await s.browser.context.newPage();
    await page.goto(`http://${s.site}/form.html`);
    await page.fill('#plain', INSTRUCTION);
    const panel = await openPanel(s.browser, page, '#plain');
    const send = panel.getByTestId('send');
    await expect.poll(() => send.isEnabled(), { timeout: 20_000 }).toBe(true);
    expect(serious(await axeInFrame(panel)), 'review').toEqual([]);
    await send.click();
    await panel.getByTestId('insert').waitFor({ timeout: 30_000 });
    expect(serious(await axeInFrame(panel)), 'draft').toEqual([]);
    await page.close();
  });
});
