import {
  DEFAULT_MODE,
  isAiChatSite,
  isMode,
  MODE_LABELS,
  MODES,
  modeFor,
  siteKey,
  type Mode,
} from '../../../lib/settings/modes';

describe('modes', () => {
  it('sketch is the default and every mode has a label', () => {
    expect(DEFAULT_MODE).toBe('sketch');
    for (const mode of MODES) expect(MODE_LABELS[mode]).toMatch(/\S/);
  });

  it.each([
    ['sketch', true],
    ['local-only', true],
    ['off', true],
    ['turbo', false],
    ['Sketch', false],
    ['', false],
    [undefined, false],
    [1, false],
  ])('isMode(%j) is %s', (value, expected) => {
    expect(isMode(value)).toBe(expected);
  });

  it.each([
    ['https://mail.example.com/inbox?x=1', 'mail.example.com'],
    ['http://localhost:5173/form', 'localhost:5173'],
    ['https://Example.COM:443/', 'example.com'],
    ['file:///home/me/page.html', 'file://'],
    ['chrome://extensions', undefined],
    ['chrome-extension://abc/panel.html', undefined],
    ['about:blank', undefined],
    ['not a url', undefined],
  ])('siteKey(%j) is %j', (url, key) => {
    expect(siteKey(url)).toBe(key);
  });

  const stored: Record<string, Mode> = { 'a.example': 'off', 'b.example': 'local-only' };
  it.each<[string | undefined, Mode]>([
    ['a.example', 'off'],
    ['b.example', 'local-only'],
    ['c.example', 'sketch'],
    [undefined, 'off'],
  ])('modeFor(%j) is %s', (site, mode) => {
    expect(modeFor(stored, site)).toBe(mode);
  });

  it('follows the mode chosen for new sites, but never for a site with its own or no site', () => {
    const withDefault: Record<string, Mode> = { ...stored, '*': 'redacted-cloud' };
    expect(modeFor(withDefault, 'c.example')).toBe('redacted-cloud');
    expect(modeFor(withDefault, 'b.example')).toBe('local-only');
    expect(modeFor(withDefault, undefined)).toBe('off');
  });

  it.each([
    'chatgpt.com',
    'claude.ai',
    'gemini.google.com',
    'copilot.microsoft.com',
    'www.perplexity.ai',
    'chat.deepseek.com',
    'chat.mistral.ai',
  ])('%s is in Guard mode unless the user chose otherwise', (site) => {
    expect(isAiChatSite(site)).toBe(true);
    expect(modeFor({ '*': 'redacted-cloud' }, site)).toBe('guard');
    expect(modeFor({ [site]: 'off' }, site)).toBe('off');
    expect(modeFor({ [site]: 'sketch' }, site)).toBe('sketch');
  });

  it.each(['notchatgpt.com', 'claude.ai.evil.example', 'google.com', 'mail.google.com', 'deepseek.com'])(
    '%s is not an AI chat site',
    (site) => {
      expect(isAiChatSite(site)).toBe(false);
      expect(modeFor({}, site)).toBe('sketch');
    },
  );
});
