import { useDropDoubleClickEcho } from './double-click-echo'
import { useStepFocus } from './step-focus'
import { useStepTitle } from './step-title'

/**
 * What every step view (a question, the result) does on the page: its title
 * ({@link useStepTitle}), the double-click echo dropped ({@link useDropDoubleClickEcho}), and, when
 * `focusHeading` is true, the page scrolled to its top and focus on its `<h1>` ({@link useStepFocus}).
 * @returns the ref to put on the view's `<h1>`.
 */
export function useStepPage(title: string, focusHeading: boolean) {
  useDropDoubleClickEcho()
  useStepTitle(title)
  return useStepFocus(focusHeading)
}
