/**
 * Reading rich editors through their DOM: the text a user sees, paragraphs as blank lines, and DOM
 * ranges for a piece of that text. Pure functions of the element, so every strategy shares them.
 */

const BLOCK = /^(P|DIV|LI|H[1-6]|BLOCKQUOTE|PRE|UL|OL|TABLE|TR|SECTION|ARTICLE|HEADER|FOOTER|FIGURE)$/;
/** Caret anchors that editors insert (Slate, Quill, TinyMCE, CKEditor); never part of the text. */
const INVISIBLE = /[\u200b\ufeff]/g;

/** Editor chrome inside the editable root: placeholders, widget handles, fake selections. */
function skipped(element: Element): boolean {
  return (
    element.getAttribute('contenteditable') === 'false' ||
    element.getAttribute('data-mce-bogus') === 'all' ||
    element.tagName === 'STYLE' ||
    element.tagName === 'SCRIPT'
  );
}

/** Text nodes that carry the editor's text, in document order. */
export function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) out.push(child as Text);
      else if (child.nodeType === Node.ELEMENT_NODE && !skipped(child as Element)) visit(child);
    }
  };
  visit(root);
  return out;
}

/**
 * The root's text: blocks separated by a blank line, `<br>` as a line break. `part` may shorten or
 * drop a text node's data (a selection keeps its part; text the page does not render is dropped).
 */
export function editableText(root: Node, part: (node: Text) => string = (node) => node.data): string {
  let text = '';
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += part(child as Text);
      } else if (child.nodeType === Node.ELEMENT_NODE && !skipped(child as Element)) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') text += '\n';
        const block = BLOCK.test(tag);
        if (block) text += '\n\n';
        visit(child);
        if (block) text += '\n\n';
      }
    }
  };
  visit(root);
  return text
    .replace(INVISIBLE, '')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Lines without blank ones and with whitespace collapsed: what a read-back is compared on. */
export function lines(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** A range over the first occurrence of `needle` in the root's text, ignoring whitespace. */
export function textRange(root: Node, needle: string): Range | undefined {
  const wanted = needle.replace(/\s+/g, '').replace(INVISIBLE, '');
  if (!wanted) return undefined;
  // Every non-space character of the root, with the text node and offset it came from.
  const chars: string[] = [];
  const where: [Text, number][] = [];
  for (const node of textNodes(root)) {
    for (let i = 0; i < node.data.length; i++) {
      const char = node.data.charAt(i);
      if (/\s|[\u200b\ufeff]/.test(char)) continue;
      chars.push(char);
      where.push([node, i]);
    }
  }
  const at = chars.join('').indexOf(wanted);
  const first = where[at];
  const last = where[at + wanted.length - 1];
  if (at === -1 || !first || !last) return undefined;
  const range = (root.ownerDocument ?? document).createRange();
  range.setStart(first[0], first[1]);
  range.setEnd(last[0], last[1] + 1);
  return range;
}

/** A range from the first to the last character of text: what select-all by hand gives. */
export function contentRange(root: Node): Range {
  const range = (root.ownerDocument ?? document).createRange();
  const nodes = textNodes(root);
  const first = nodes[0];
  const last = nodes.at(-1);
  if (first && last) {
    range.setStart(first, 0);
    range.setEnd(last, last.data.length);
  } else {
    range.selectNodeContents(root);
  }
  return range;
}

/** A caret after the last character of text. */
export function endRange(root: Node): Range {
  const range = contentRange(root);
  range.collapse(false);
  return range;
}

/**
 * The instruction is what the user sees. A page can hide text inside a field (display:none,
 * visibility:hidden, font-size:0, zero opacity, transparent colour, off-screen, clipped away) to
 * smuggle words into the instruction; those are left out here and counted, so the panel can tell
 * the user that part of the field was hidden.
 */

/** What the page renders of a field, and how many characters it hid. */
export interface RenderedText {
  text: string;
  hidden: number;
}

const ZERO_CLIP = /^rect\(0(px)?,?\s*0(px)?,?\s*0(px)?,?\s*0(px)?\)$/;

function transparent(color: string): boolean {
  return color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(color);
}

/** A box that shows nothing of its content: clipped to nothing, or at most a pixel with overflow cut. */
function clipsAway(element: Element, style: CSSStyleDeclaration): boolean {
  if (ZERO_CLIP.test(style.clip) || /^inset\((50|100)%\)$/.test(style.clipPath)) return true;
  const cuts = style.overflowX !== 'visible' || style.overflowY !== 'visible';
  const box = element.getBoundingClientRect();
  return cuts && (box.width <= 1 || box.height <= 1);
}

/** Whether the page shows this text node to the user (up to and including the field's root). */
export function isRendered(node: Text, root: Element): boolean {
  const view = node.ownerDocument.defaultView;
  const parent = node.parentElement;
  if (!view || !parent) return true;
  const own = view.getComputedStyle(parent);
  // Text under 4px cannot be read; the same goes for a layer at under a tenth of its opacity.
  if (own.visibility !== 'visible' || parseFloat(own.fontSize) < 4 || transparent(own.color)) return false;
  for (let element: Element | null = parent; element; element = element.parentElement) {
    const style = view.getComputedStyle(element);
    if (style.display === 'none' || Number(style.opacity) < 0.1 || clipsAway(element, style)) return false;
    if (element === root) break;
  }
  const range = node.ownerDocument.createRange();
  range.selectNodeContents(node);
  const boxes = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  // Off-screen: above or left of the page, where no scrolling can bring it.
  return boxes.some((r) => r.right + view.scrollX > 0 && r.bottom + view.scrollY > 0);
}

const visibleLength = (text: string) => text.replace(/\s+/g, '').length;

/**
 * The rendered text of `root`, or of the part of it inside `range` (a selection). Whitespace-only
 * nodes are kept as they are: collapsed whitespace has no box but hides nothing.
 */
export function renderedText(root: Element, range?: Range): RenderedText {
  let hidden = 0;
  const text = editableText(root, (node) => {
    let data = node.data;
    if (range) {
      if (!range.intersectsNode(node)) return '';
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : data.length;
      data = data.slice(start, end);
    }
    if (!data.trim() || isRendered(node, root)) return data;
    hidden += visibleLength(data);
    return '';
  });
  return { text, hidden };
}

/** The rendered selection when it is inside the root and not empty, else the whole rendered root. */
export function renderedInstruction(root: Element): RenderedText {
  const selection = root.ownerDocument.defaultView?.getSelection();
  if (selection && !selection.isCollapsed && selection.rangeCount > 0) {
    const range = selection.getRangeAt(0);
    if (root.contains(range.startContainer) && root.contains(range.endContainer)) {
      const selected = renderedText(root, range);
      if (selected.text) return selected;
    }
  }
  return renderedText(root);
}
