import { startTransition } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { applyLocale, i18n, loadLocale } from './i18n'
import { DEFAULT_LOCALE, type Locale } from './model/locale'
import { canHydrate, tickedBeforeHydration } from './prerender/hydration'
import { preloadResultView } from './components/result-step'
import { APP_STALLED_EVENT, PRERENDERED_KEY, ROOT_ID } from './boot/contract'
import { registerServiceWorker } from './pwa/register'
import { Root } from './root'
import { readStoredLocale, writeStoredLocale } from './store/locale-storage'
import { wizardStore } from './store/wizard-store'
import { afterNextPaint, startUrlSync } from './url/sync'
import './styles.css'

// The address follows a change just after it is painted (see UrlSyncOptions.schedule).
startUrlSync(wizardStore, window, {
  storedLocale: readStoredLocale(),
  rememberLocale: (l) => writeStoredLocale(l),
  schedule: afterNextPaint,
})
wizardStore.subscribe((s, previous) => {
  if (s.locale !== previous.locale)
    void loadLocale(s.locale).then(
      () => applyLocale(s.locale),
      () => undefined,
    )
})
// A link to the result: its view and texts are fetched alongside the app's texts, not after them,
// and the first render waits for them too, so it is the result at once (not a "Loading" status
// committed first, then the result in a render of its own). If they fail, the view loads them
// again and says so (see components/result-step.tsx).
const resultView =
  wizardStore.getState().step === 'result'
    ? preloadResultView().catch(() => undefined)
    : Promise.resolve(undefined)

/**
 * The texts come first: nothing renders before them, so no raw key is ever on screen. If the
 * language's chunk cannot load, English is tried; if that fails too (offline), the boot shell says
 * the wizard has not loaded (with Try again), and both are tried again once the browser is back
 * online, the page keeping what it shows meanwhile.
 */
function loadTexts(locale: Locale, load: (locale: Locale) => Promise<void>): Promise<void> {
  return load(locale)
    .catch(() => load(DEFAULT_LOCALE))
    .catch(() => {
      // The boot shell's status says so at once, with Try again (see boot/contract.ts).
      document.dispatchEvent(new Event(APP_STALLED_EVENT))
      return new Promise<void>((resolve) =>
        window.addEventListener('online', () => resolve(loadTexts(locale, load)), { once: true }),
      )
    })
}

// The first question arrives pre-rendered in the HTML (see src/boot/boot.ts). When it is what the
// app would show, it is hydrated once the language's texts are in, then takes over what the person
// ticked meanwhile. Otherwise the app renders afresh. Either way
// in a transition, so the work is split into short tasks.
const container = document.getElementById(ROOT_ID)
const hydrate =
  container !== null && canHydrate(container.dataset[PRERENDERED_KEY], wizardStore.getState())
const locale = wizardStore.getState().locale
void Promise.all([loadTexts(locale, loadLocale), resultView]).then(() => {
  const state = wizardStore.getState()
  applyLocale(state.locale)
  if (!container) return
  const step = state.step
  // Markup in a language whose texts could not load (English stands in) is rendered afresh.
  const inItsLanguage = i18n.hasResourceBundle(state.locale, 'common')
  if (
    hydrate &&
    inItsLanguage &&
    canHydrate(container.dataset[PRERENDERED_KEY], state) &&
    step !== 'result'
  ) {
    // Hydrated as pre-rendered, then what was ticked meanwhile goes into the store (and the URL).
    const takeOver = () => {
      for (const option of tickedBeforeHydration(container, step)) state.choose(step, option, true)
      registerServiceWorker()
    }
    startTransition(() => void hydrateRoot(container, <Root onMounted={takeOver} />))
  } else {
    // What is in the container (the boot shell's header and status, or markup of another language)
    // stays until React commits its own, which clears it: cleared here, before a render in a
    // transition, frames would be painted with nothing in them.
    startTransition(() => createRoot(container).render(<Root onMounted={registerServiceWorker} />))
  }
  delete container.dataset[PRERENDERED_KEY]
})
