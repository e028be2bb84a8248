import { useEffect, useRef } from 'react'

/**
 * Sets `document.title` to `title` while the view is shown and, when `focusHeading` is true,
 * moves focus to the view's `<h1>` on mount, so keyboard and screen-reader users land on the new
 * step's question (its caption carries the progress). Not on the first page load: focus then
 * stays where the browser puts it.
 */
export function useStepPage(title: string, focusHeading: boolean) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    document.title = title
  }, [title])
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus()
  }, [focusHeading])
  return headingRef
}
