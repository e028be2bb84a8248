/** What {@link isPlainClick} reads of a click: React's and the DOM's mouse events both have it. */
export type ClickKeys = Pick<MouseEvent, 'button' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>

/**
 * Whether a click on one of the app's links is a plain one, which the app handles in place (a step
 * change, a language switch): the main button with no modifier key, or Enter on the focused link.
 * Ctrl-, ⌘-, Shift- and Alt-clicks, and other buttons, are left to the browser, which opens the
 * link's own address in a new tab or window (every such link's `href` is the address the app would
 * show). Shared by the app's links and the boot script, which handles a language link before the
 * app has taken over.
 */
export function isPlainClick(event: ClickKeys): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey
}
