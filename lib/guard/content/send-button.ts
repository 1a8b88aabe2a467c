import type { ButtonNames } from '../decision';

// Reading a clicked button: its names, and whether it sits where chat sites put the send button.

/**
 * How far above a composer its send button may sit: chat sites nest the field and the button in a few
 * wrappers of one box (three to five levels on the sites we know); beyond that lies the page.
 */
const BOX_LEVELS = 6;

/**
 * Is `button` the last button of the smallest box around `field` (up to BOX_LEVELS up) that holds it?
 * That is where chat sites put the send button, so an unnamed icon button there is taken for one; an
 * attach or emoji button earlier in the box is not. Our own UI (data-cogenesis) does not count.
 */
export function isLastButtonBeside(button: Element, field: Element): boolean {
  let box = field.parentElement;
  for (let level = 0; box && level < BOX_LEVELS; level++, box = box.parentElement) {
    if (box === document.body || box === document.documentElement) return false;
    if (!box.contains(button)) continue;
    const buttons = [...box.querySelectorAll('button, [role="button"]')].filter(
      (candidate) => !candidate.closest('[data-cogenesis]'),
    );
    return buttons.at(-1) === button;
  }
  return false;
}

/** What a button says about itself; aria-labelledby is read as the text it points to. */
export function buttonNames(button: HTMLElement): ButtonNames {
  const labelledBy = button.getAttribute('aria-labelledby');
  const referenced = labelledBy
    ?.split(/\s+/)
    .map((id) => button.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');
  return {
    type: button.getAttribute('type'),
    label: button.getAttribute('aria-label') ?? referenced,
    testId: button.getAttribute('data-testid'),
    title: button.getAttribute('title'),
    text: button.textContent,
  };
}
