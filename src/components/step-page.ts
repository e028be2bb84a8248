import { useEffect, useRef } from 'react'

/**
 * What every step view (a question, the result) does on the page:
 * - sets `document.title` to `title` while the view is shown;
 * - for a second after the view appears, drops the second click of a double click (`detail > 1`);
 * - when `focusHeading` is true, moves focus to the view's `<h1>` on mount, so keyboard and
 *   screen-reader users land on the new step's question (its caption carries the progress). Not on
 *   the first page load: focus then stays where the browser puts it.
 * @returns the ref to put on the view's `<h1>`.
 */
export function useStepPage(title: string, focusHeading: boolean) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    // The second click of a double click (or tap) on Continue lands on this view, on whatever is
    // now under the pointer: an option, a link, the next Continue. It is dropped before it reaches
    // the page, so a double click moves one step and ticks nothing.
    const shownAt = performance.now()
    const dropEcho = (event: MouseEvent) => {
      if (event.detail > 1 && event.timeStamp - shownAt < 1000) {
        event.preventDefault()
        event.stopPropagation()
      }
    }
    window.addEventListener('click', dropEcho, true)
    return () => window.removeEventListener('click', dropEcho, true)
  }, [])
  useEffect(() => {
    document.title = title
  }, [title])
  useEffect(() => {
    if (focusHeading) headingRef.current?.focus()
  }, [focusHeading])
  return headingRef
}
