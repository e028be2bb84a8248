import type { AnchorHTMLAttributes, MouseEvent, Ref } from 'react'

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

/** Props of {@link AppLink}: those of `<a>`, `href` required, plus what a plain click does. */
export interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'onClick'> {
  /** The address the app would show after the move, for a new tab, a copy, or no script at all. */
  href: string
  /** What a plain click ({@link isPlainClick}) does in place of following the link. */
  onNavigate: () => void
  ref?: Ref<HTMLAnchorElement>
}

/**
 * A real link to an address of the app whose plain click moves in place (the browser does not load
 * the page again); any other click is left to the browser.
 */
export function AppLink({ href, onNavigate, children, ...props }: AppLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return
    event.preventDefault()
    onNavigate()
  }
  return (
    <a href={href} {...props} onClick={onClick}>
      {children}
    </a>
  )
}
