import { useEffect } from 'react'

/** Sets `document.title` to `title` while the calling view is shown, in a task after the change. */
export function useStepTitle(title: string): void {
  useEffect(() => {
    // In a task of its own: the browser's title update (0.2–5 ms) does not hold up the step change.
    const timer = setTimeout(() => (document.title = title))
    return () => clearTimeout(timer)
  }, [title])
}
