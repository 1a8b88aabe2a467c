import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StubBehavior } from '../servers/openai-stub';
import { INSTRUCTION, PRIVATE_VALUES } from './harness/context-data';
import {
  clickClosingPanel,
  closePanel,
  loaderRunning,
  openPanel,
  pressShortcut,
  setSiteMode,
} from './harness/extension-pages';
import { useSuite } from './harness/suite';

// Cloud timeout of 2 s so the 'hang' case ends quickly.
const s = useSuite({ timeoutSeconds: 2 });

async function formPage(): Promise<Page> {
  const page = await s.browser.context.newPage();
  await page.goto(`http://${s.site}/form.html`);
  return page;
}

/** A sketch job whose local draft is streaming slowly, for cancel and teardown tests. */
async function draftUnderWay() {
  const page = await formPage();
  await page.fill('#plain', INSTRUCTION);
  const panel = await openPanel(s.browser, page, '#plain');
  await panel.getByTestId('send').click();
  await panel.getByTestId('stage').filter({ hasText: 'Writing your draft' }).waitFor({ timeout: 10_000 });
  return { page, panel };
}

function cloudBodies(): string[] {
  return s.cloud.requests.filter((r) => r.method === 'POST').map((r) => JSON.stringify(r.body));
}

describe('sketch mode, end to end', () => {
  it('sends only redacted text to the cloud, gives the local model the context and outline, and inserts the draft', async () => {
    const page = await formPage();
    await page.fill('#plain', INSTRUCTION);
    const panel = await openPanel(s.browser, page, '#plain');
    await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);
    const outbound = await panel.getByTestId('outbound').inputValue();
    for (const value of PRIVATE_VALUES) expect(outbound.toLowerCase()).not.toContain(value.toLowerCase());
    expect(outbound).toMatch(/\[PERSON_1\]/);

    const before = s.cloud.requests.length;
    await panel.getByTestId('send').click();
    await panel.getByTestId('insert').waitFor({ timeout: 20_000 });
    // 1. Nothing private reached the cloud, in any request so far.
    expect(s.cloud.requests.length).toBeGreaterThan(before);
    for (const body of cloudBodies()) {
      for (const value of PRIVATE_VALUES) expect(body.toLowerCase()).not.toContain(value.toLowerCase());
    }
    // 2. The local model got the private context and the outline, placeholders restored.
    const localBody = JSON.stringify(s.local.requests.filter((r) => r.method === 'POST').at(-1)?.body);
    expect(localBody).toContain('Martin Reynolds');
    expect(localBody).toContain('Recovering from knee surgery at Carolinas Medical Center');
    expect(localBody).toContain('Outline to follow:');
    expect(localBody).not.toMatch(/\[PERSON_\d\]/);

    const draft = await panel.getByTestId('draft').innerText();
    expect(draft).toContain('This draft was written on this device.');
    // Nothing is written before Insert.
    expect(await page.inputValue('#plain')).toBe(INSTRUCTION);
    await clickClosingPanel(page, panel.getByTestId('insert'));
    expect((await page.inputValue('#plain')).trim()).toBe(draft.trim());
    await page.close();
  });

  it('a value the user releases is sent; words the user selects to withhold are not', async () => {
    const page = await formPage();
    await page.fill('#plain', INSTRUCTION);
    const panel = await openPanel(s.browser, page, '#plain');
    const outbound = panel.getByTestId('outbound');
    await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);
    await panel.getByRole('button', { name: 'Send "Brightwater Analytics" as it is' }).click();
    await expect.poll(() => outbound.inputValue()).toContain('Brightwater Analytics');
    await outbound.evaluate((el: HTMLTextAreaElement) => {
      const at = el.value.indexOf('manager');
      el.focus();
      el.setSelectionRange(at, at + 'manager'.length);
    });
    await panel.getByTestId('withhold').click();
    await expect.poll(() => outbound.inputValue()).not.toContain('manager');
    await expect.poll(() => panel.getByTestId('guard-ok').count()).toBe(1);
    const before = s.cloud.requests.length;
    await panel.getByTestId('send').click();
    await panel.getByTestId('insert').waitFor({ timeout: 20_000 });
    const sent = s.cloud.requests
      .slice(before)
      .filter((r) => r.method === 'POST')
      .map((r) => JSON.stringify(r.body));
    expect(sent.length).toBe(1);
    expect(sent[0]).toContain('Brightwater Analytics');
    expect(sent[0]).not.toContain('manager');
    for (const value of PRIVATE_VALUES.filter((v) => v !== 'Brightwater Analytics')) {
      expect(sent[0]?.toLowerCase()).not.toContain(value.toLowerCase());
    }
    await closePanel(page, panel);
    expect(await page.inputValue('#plain')).toBe(INSTRUCTION);
    await page.close();
  });

  it('a bad context file changes nothing and says why', async () => {
    await expect
      .poll(() => s.options.page.getByTestId('context-summary').innerText())
      .toMatch(/^5 profile fields/);
    const summary = await s.options.page.getByTestId('context-summary').innerText();
    const status = await s.options.importContext('{"version": 1, "profile": {"name": 42}}', 'bad.json');
    expect(status).toMatch(/not a CoGenesis context export.*profile\.name must be text/);
    expect(await s.options.page.getByTestId('context-summary').innerText()).toBe(summary);
    await s.options.page.reload();
    await expect.poll(() => s.options.page.getByTestId('context-summary').innerText()).toBe(summary);
  });

  it('in a textarea, Insert below keeps the instruction above the draft, and undo takes the draft back', async () => {
    const page = await formPage();
    await page.fill('#plain', INSTRUCTION);
    const panel = await openPanel(s.browser, page, '#plain');
    await panel.getByTestId('send').click();
    await clickClosingPanel(page, panel.getByTestId('insert-below'), 20_000);
    const value = await page.inputValue('#plain');
    expect(value.startsWith(`${INSTRUCTION}\n\n`)).toBe(true);
    expect(value).toContain('This draft was written on this device.');
    await page.focus('#plain');
    await page.keyboard.press('Control+z');
    expect(await page.inputValue('#plain')).toBe(INSTRUCTION);
    await page.close();
  });

  it('inserts into a React-controlled input so that React state agrees', async () => {
    const page = await formPage();
    await page.fill('#react-input', 'thank my manager for approving my leave');
    const panel = await openPanel(s.browser, page, '#react-input');
    await panel.getByTestId('send').click();
    await clickClosingPanel(page, panel.getByTestId('insert'), 20_000);
    const value = await page.inputValue('#react-input');
    expect(value).toContain('This draft was written on this device.');
    expect(await page.locator('#react-state').innerText()).toBe(value);
    await page.close();
  });

  it('Cancel while the draft streams leaves the field exactly as it was', async () => {
    s.local.setBehavior('slow', { slowDelayMs: 150 });
    try {
      const { page, panel } = await draftUnderWay();
      await closePanel(page, panel);
      expect(await page.inputValue('#plain')).toBe(INSTRUCTION);
      await page.close();
    } finally {
      s.local.setBehavior('ok');
    }
  });

  it('closing the engine host mid-draft shows why, leaves the field, and the next job works', async () => {
    s.local.setBehavior('slow', { slowDelayMs: 150 });
    try {
      const { page, panel } = await draftUnderWay();
      // What the browser does under memory pressure: the offscreen document goes away.
      await s.browser.worker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { offscreen: { closeDocument(): Promise<void> } } }
        ).chrome.offscreen.closeDocument(),
      );
      const error = panel.getByTestId('error');
      await error.waitFor({ timeout: 10_000 });
      expect(await error.getAttribute('data-code')).toBe('engine-stopped');
      expect(await error.innerText()).toMatch(/Your text is unchanged/);
      expect(await page.inputValue('#plain')).toBe(INSTRUCTION);
      s.local.setBehavior('ok');
      await panel.getByTestId('regenerate').click();
      await panel.getByTestId('insert').waitFor({ timeout: 20_000 });
      expect(await panel.getByTestId('draft').innerText()).toContain(
        'This draft was written on this device.',
      );
      await page.close();
    } finally {
      s.local.setBehavior('ok');
    }
  });

  it('a script of the host page cannot read the panel', async () => {
    const page = await formPage();
    await page.fill('#plain', INSTRUCTION);
    const panel = await openPanel(s.browser, page, '#plain');
    await panel.getByTestId('send').click();
    await panel.getByTestId('insert').waitFor({ timeout: 20_000 });
    const seen = await page.evaluate(() => {
      // The iframe sits in a closed shadow root: the page cannot even reach the element.
      const host = document.querySelector('[data-cogenesis="panel"]');
      const frame = host?.shadowRoot?.querySelector('iframe') ?? document.querySelector('iframe');
      let readable = false;
      try {
        readable = Boolean(frame?.contentDocument ?? frame?.contentWindow?.document);
      } catch {
        readable = false;
      }
      return { readable, text: document.documentElement.innerText, html: document.documentElement.outerHTML };
    });
    expect(seen.readable).toBe(false);
    expect(seen.text).not.toContain('This draft was written on this device.');
    expect(seen.html).not.toContain('[PERSON_1]');
    expect(seen.html).not.toMatch(/cogenesisToken|panel\.html\?/);
    await page.close();
  });

  const FAILURES: [StubBehavior, string][] = [
    ['http-401', 'cloud-auth'],
    ['http-429', 'cloud-rate-limit'],
    ['http-500', 'cloud-server'],
    ['hang', 'cloud-timeout'],
    ['malformed', 'cloud-malformed'],
  ];

  it.each(FAILURES)(
    'cloud %s shows a readable message, is not recorded as sent, and leaves the field',
    async (behavior, code) => {
      s.cloud.setBehavior(behavior);
      try {
        const sentBefore = (await s.options.auditEntries()).filter((e) => e.status === 'sent').length;
        const page = await formPage();
        await page.fill('#plain', INSTRUCTION);
        const panel = await openPanel(s.browser, page, '#plain');
        await panel.getByTestId('send').click();
        const error = panel.getByTestId('error');
        await error.waitFor({ timeout: 15_000 });
        expect(await error.getAttribute('data-code')).toBe(code);
        expect(await error.innerText()).toMatch(/\w+.*\. /);
        expect(await panel.getByTestId('draft').count()).toBe(0);
        expect(await page.inputValue('#plain')).toBe(INSTRUCTION);
        const entries = await s.options.auditEntries();
        expect(entries.filter((e) => e.status === 'sent').length).toBe(sentBefore);
        expect(entries[0]?.status).toBe('failed');
        await page.close();
      } finally {
        s.cloud.setBehavior('ok');
      }
    },
  );

  it('on a site set to Off, nothing is added to the page and the shortcut does nothing', async () => {
    const offSite = `localhost:${s.port}`;
    await setSiteMode(s.browser, offSite, 'off');
    const page = await s.browser.context.newPage();
    const offUrl = `http://${offSite}/mutations.html`;
    await page.goto(offUrl);
    await loaderRunning(s.browser, offUrl, { on: false, button: false });
    await page.fill('#plain', 'thank my manager');
    await page.focus('#plain');
    // Resolves once the tab's content scripts have had the trigger: a panel would be on its way now.
    await pressShortcut(s.browser);
    expect(await page.locator('iframe').count()).toBe(0);
    const mutations = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations);
    expect(mutations.filter((m) => !m.startsWith('characterData'))).toEqual([]);
    // Listeners of every world, the content script's isolated world included, through DevTools.
    const listenerTypes = async (target: Page) => {
      const cdp = await s.browser.context.newCDPSession(target);
      const contexts: number[] = [];
      cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context.id));
      await cdp.send('Runtime.enable');
      const types: string[] = [];
      for (const contextId of contexts) {
        for (const expression of ['document', 'window']) {
          const { result } = await cdp.send('Runtime.evaluate', { expression, contextId });
          if (!result.objectId) continue;
          const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
            objectId: result.objectId,
          });
          types.push(...listeners.map((l) => l.type));
        }
      }
      await cdp.detach();
      return types;
    };
    expect(await listenerTypes(page)).not.toContain('focusin');
    // The same page on a site that is not Off does get the extension's listener: the check can fail.
    const onSite = await s.browser.context.newPage();
    await onSite.goto(`http://${s.site}/mutations.html`);
    await expect.poll(() => listenerTypes(onSite)).toContain('focusin');
    await page.close();
    await onSite.close();
  });
});
