import type { MouseEvent } from 'react'

/**
 * Whether a click on one of the app's links is a plain one, which the app handles in place (a step
 * change, a language switch): the main button with no modifier key, or Enter on the focused link.
 * Ctrl-, ⌘-, Shift- and Alt-clicks, and other buttons, are left to the browser, which opens the
 * link's own address in a new tab or window (every such link's `href` is the address the app would
 * show).
 */
export function isPlainClick(event: MouseEvent<HTMLElement>): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey
}
