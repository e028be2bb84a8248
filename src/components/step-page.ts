import { useEffect, useRef } from 'react'

/**
 * What every step view (a question, the result) does on the page:
 * - sets `document.title` to `title` while the view is shown (in a task after the change);
 * - drops the second click of a double click (`detail > 1`, within a second; its mousedown and
 *   click) when the page under the pointer has changed since the first: the view appeared
 *   meanwhile, or the first click hit a button and the second another element (Continue, which
 *   showed the error message and moved the options down);
 * - when `focusHeading` is true, on mount, scrolls the page to its top, as a new page would open
 *   (header, language switch and Back link in view, whatever the last step was scrolled to), and
 *   moves focus to the view's `<h1>`, so keyboard and screen-reader users land on the new step's
 *   question (its caption carries the progress). Not on the first page load: focus and scrolling
 *   then stay where the browser puts them.
 * @returns the ref to put on the view's `<h1>`.
 */
export function useStepPage(title: string, focusHeading: boolean) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    // The second click of a double click (or tap) on Continue lands on whatever is now under the
    // pointer: on the next step, an option, a link, the next Continue; on this step, an option
    // that the error message pushed down. It is dropped before it reaches the page, so a double
    // click moves one step, or shows the error, and ticks nothing. Dropped: a second click when
    // the view appeared after the first, or when the first hit a button and the second lands
    // elsewhere. Kept: a double click on one element, and quick taps on two options (a phone counts
    // taps less than 300 ms apart as one double tap, wherever they land).
    const shownAt = performance.now()
    let first: MouseEvent | undefined
    const dropEcho = (event: MouseEvent) => {
      // detail 1: a pointer's first press or click (keyboard has 0).
      if (event.detail === 1) first = event
      else if (
        event.detail > 1 &&
        (!first ||
          first.timeStamp < shownAt ||
          (first.target !== event.target && (first.target as Element).closest?.('button'))) &&
        event.timeStamp - Math.max(first?.timeStamp ?? 0, shownAt) < 1000
      ) {
        event.preventDefault()
        event.stopPropagation()
      }
    }
    // Its mousedown too: that one would move focus (to the page, or to what lies under the pointer)
    // away from where the step change or the error put it.
    const types = ['mousedown', 'click'] as const
    for (const type of types) window.addEventListener(type, dropEcho, true)
    return () => {
      for (const type of types) window.removeEventListener(type, dropEcho, true)
    }
  }, [])
  useEffect(() => {
    // In a task of its own: the browser's title update (0.2–5 ms) does not hold up the step change.
    const timer = setTimeout(() => (document.title = title))
    return () => clearTimeout(timer)
  }, [title])
  useEffect(() => {
    if (!focusHeading) return
    window.scrollTo(0, 0)
    headingRef.current?.focus({ preventScroll: true })
  }, [focusHeading])
  return headingRef
}
