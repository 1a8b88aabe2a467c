/**
 * What tests/fixtures/pages/hostile.html's probe finds when the page reached nothing of the panel:
 * no extension address in its DOM or resource timing, no frame (by window, tag or inside shadow
 * roots), no open root, no window handle. One definition for every browser's suite.
 */
export const NOTHING_REACHED = {
  extensionUrls: [],
  timedUrls: [],
  iframes: 0,
  iframesByTag: 0,
  framesInRoots: 0,
  openRoot: false,
  windows: 0,
} as const;
