import { useEffect } from 'react'

/**
 * While the calling view is shown, drops the second click of a double click (`detail > 1`, within
 * a second; its mousedown and click) when the page under the pointer has changed since the first:
 * the view appeared meanwhile, or the first click hit a button and the second another element
 * (Continue, which showed the error message and moved the options down).
 */
export function useDropDoubleClickEcho(): void {
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
}
