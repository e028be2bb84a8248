import type { AnchorHTMLAttributes, MouseEvent, Ref } from 'react'
import { isPlainClick } from '../url/plain-click'

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
