import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { initialWizardState, wizardStore } from '../src/store/wizard-store'

// jsdom lays nothing out, so it has nothing to scroll: its window.scrollTo only logs "Not
// implemented". A step view scrolls to the top when it takes focus (src/components/step-focus.ts);
// the browser tests check where the page is scrolled, here it is a no-op.
window.scrollTo = () => undefined

afterEach(() => {
  cleanup()
  wizardStore.setState(initialWizardState)
  window.history.replaceState(null, '', '/')
  window.localStorage.clear()
})
