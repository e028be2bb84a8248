import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { initialWizardState, wizardStore } from '../src/store/wizard-store'

afterEach(() => {
  cleanup()
  wizardStore.setState(initialWizardState)
  window.history.replaceState(null, '', '/')
  window.localStorage.clear()
})
