import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach } from 'vitest'
import { initialWizardState, wizardStore } from '../src/store/wizard-store'

// jsdom lays nothing out, so it has nothing to scroll: its window.scrollTo only logs "Not
// implemented". A step view scrolls to the top when it takes focus (src/components/step-focus.ts);
// the browser tests check where the page is scrolled, here it is a no-op.
window.scrollTo = () => undefined

// The result view is a lazily loaded chunk that Vite transforms on first use: on a busy machine
// that takes more than Testing Library's default second for `findBy…` and `waitFor`.
configure({ asyncUtilTimeout: 10_000 })

afterEach(() => {
  cleanup()
  wizardStore.setState(initialWizardState)
  window.history.replaceState(null, '', '/')
  window.localStorage.clear()
})
