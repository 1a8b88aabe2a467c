/** The page's own colour scheme, read from its background, so the panel can match it. */
export function pageScheme(doc: Document = document): 'light' | 'dark' {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const color = getComputedStyle(element).backgroundColor;
    const rgba = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(color);
    if (!rgba || rgba[4] === '0') continue;
    const [r, g, b] = [rgba[1], rgba[2], rgba[3]].map((v) => Number(v) / 255) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? 'dark' : 'light';
  }
  const declared = getComputedStyle(doc.documentElement).colorScheme;
  return declared.includes('dark') && !declared.includes('light') ? 'dark' : 'light';
}
