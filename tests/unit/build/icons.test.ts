import { readFileSync } from 'node:fs';

/** The toolbar icons the popup's manifest options name: each exists, is a PNG, and has its size. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function meta(html: string, name: string): unknown {
  const content = new RegExp(`name="${name}"\\s+content='([^']*)'`).exec(html)?.[1];
  expect(content, name).toBeDefined();
  return JSON.parse(content ?? 'null');
}

describe('toolbar icons', () => {
  const html = readFileSync('entrypoints/popup/index.html', 'utf8');

  it('has the default icon at 16, 32, 48 and 128 px', () => {
    const icons = meta(html, 'manifest.default_icon') as Record<string, string>;
    expect(Object.keys(icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, path] of Object.entries(icons))
      expect(pngSize(`public/${path}`)).toEqual([Number(size), Number(size)]);
  });

  it('has a light and a dark toolbar variant at each size Firefox asks for', () => {
    const themed = meta(html, 'manifest.theme_icons') as { light: string; dark: string; size: number }[];
    expect(themed.map((t) => t.size)).toEqual([16, 32, 48]);
    for (const { light, dark, size } of themed) {
      expect(light).not.toBe(dark);
      expect(pngSize(`public/${light}`)).toEqual([size, size]);
      expect(pngSize(`public/${dark}`)).toEqual([size, size]);
    }
  });
});
