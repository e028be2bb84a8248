import { useEffect, useRef } from 'react'

/**
 * When `focusHeading` is true, on mount, scrolls the page to its top, as a new page would open
 * (header, language switch and Back link in view, whatever the last step was scrolled to), and
 * moves focus to the view's `<h1>`, so keyboard and screen-reader users land on the new step's
 * question (its caption carries the progress). Not on the first page load: focus and scrolling
 * then stay where the browser puts them.
 * @returns the ref to put on the view's `<h1>`.
 */
export function useStepFocus(focusHeading: boolean) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (!focusHeading) return
    window.scrollTo(0, 0)
    headingRef.current?.focus({ preventScroll: true })
  }, [focusHeading])
  return headingRef
}
