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

/** The root's text: blocks separated by a blank line, `<br>` as a line break. */
export function editableText(root: Node): string {
  let text = '';
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += (child as Text).data;
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

/** The selected text when the selection is inside the root and not empty. */
export function selectedText(root: Node): string {
  const selection = root.ownerDocument?.defaultView?.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  if (!root.contains(selection.anchorNode) || !root.contains(selection.focusNode)) return '';
  return selection.toString().trim();
}
