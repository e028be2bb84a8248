import i18next, { type i18n as I18n } from 'i18next'
import { useEffect, useReducer } from 'react'
import { initReactI18next } from 'react-i18next'
import { DEFAULT_LOCALE, type Locale } from '../model/locale'
import { retryableImport } from '../retry-import'

/**
 * The app's i18next instance. It starts empty: {@link loadLocale} adds a language's texts of every
 * step (`common`: interface, `model`: questions and options) before anything is rendered in it, and
 * the result view's chunk (`./result-texts`) the result page's texts. Interpolation does not
 * HTML-escape because React escapes every text node; only our own locale texts and numbers are
 * ever interpolated, never values from the URL or storage.
 */
export const i18n: I18n = i18next.createInstance()
void i18n.use(initReactI18next).init({
  resources: {},
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
  // Views do not re-render when texts are added (react-i18next's default): the texts that arrive
  // are for steps not on screen yet, and a re-render of the whole page, which React does at once
  // for this kind of update, would be one long task at start-up. A view that waits for texts says
  // so with {@link useRenderOnTextsAdded}.
})
// An option label in running English text: "GPT-4 for writing papers", not "for Writing papers".
// Applied only where a locale's text asks for it (`{{use, lowerFirst}}`); Chinese has no case.
i18n.services.formatter?.add('lowerFirst', (value: unknown, lng: string | undefined) => {
  const text = String(value)
  return text.charAt(0).toLocaleLowerCase(lng) + text.slice(1)
})

type TextsChunk = () => Promise<{ bundle: Partial<Record<'common' | 'model', object>> }>

/**
 * The texts of each language, one chunk each (about 2 KiB gzip): every step's texts, fetched at start-up
 * (the built page's boot script asks for it while the page is parsed), or when the person is about
 * to switch to that language. So a visitor downloads only their own language's texts.
 */
const bundles: Record<Locale, TextsChunk> = {
  // After a failure (offline, say) the next switch fetches the chunk again (`retryableImport`).
  en: retryableImport(() => import('./bundles/en')),
  'zh-CN': retryableImport(() => import('./bundles/zh-CN')),
}

const loaded = new Map<TextsChunk, Promise<void>>()

/** Fetches one texts chunk into {@link i18n} for `locale`; idempotent; a failed load is forgotten. */
function loadChunk(locale: Locale, chunk: TextsChunk): Promise<void> {
  let pending = loaded.get(chunk)
  if (!pending) {
    pending = chunk().then(({ bundle }) => {
      for (const [ns, texts] of Object.entries(bundle))
        i18n.addResourceBundle(locale, ns, texts, true, true)
    })
    pending.catch(() => loaded.delete(chunk))
    loaded.set(chunk, pending)
  }
  return pending
}

/** Languages whose texts failed to load on the last try (cleared by a load that works). */
const failedLocales = new Set<string>()
/** Called when a language's texts fail to load: the views waiting for texts. */
const failureListeners = new Set<() => void>()

/**
 * Loads the `common` and `model` texts of every step in `locale` into {@link i18n}. Idempotent; a
 * failed load (network) is forgotten so the next call tries again.
 * @returns a promise resolved once the texts are registered; rejects when the chunk cannot load.
 */
export function loadLocale(locale: Locale): Promise<void> {
  return tracked(locale, loadChunk(locale, bundles[locale]))
}

/** Notes whether `locale`'s texts loaded, for {@link hasStepTexts}; returns `pending` itself. */
function tracked(locale: Locale, pending: Promise<void>): Promise<void> {
  pending.then(
    () => failedLocales.delete(locale),
    () => {
      failedLocales.add(locale)
      // A view waiting for these texts may now show the English ones instead.
      for (const listener of failureListeners) listener()
    },
  )
  return pending
}

/**
 * Whether question `step` can be shown in the current language: its texts in that language are
 * loaded. Texts of another language do not count, so a question is never prepared in English while
 * the current language's texts are still on their way. Only once they have failed to load
 * ({@link loadLocale} rejected) do the English ones stand in, rather
 * than leaving the question out.
 */
export function hasStepTexts(step: string): boolean {
  const key = `questions.${step}.title`
  if (i18n.getResource(i18n.language, 'model', key) !== undefined) return true
  return failedLocales.has(i18n.language) && i18n.exists(`model:${key}`)
}

/**
 * Switches {@link i18n} to `locale` and makes the document follow: `<html lang>` becomes the BCP 47
 * tag. Call it once {@link loadLocale} has resolved for `locale`, so no key shows untranslated.
 * Each view sets the page title.
 */
export function applyLocale(locale: Locale, doc: Document = document): void {
  if (i18n.language !== locale) void i18n.changeLanguage(locale)
  if (doc.documentElement.lang !== locale) doc.documentElement.lang = locale
}

/**
 * Re-renders the calling component each time texts are added to {@link i18n} (any language,
 * namespace), or a language's texts fail to load, for as long as `waiting` is true; does nothing
 * otherwise. For a view that shows a loading status until its texts are there (views do not follow
 * added texts on their own). Texts added between the render and the subscription are not missed:
 * the component re-renders once when it starts waiting.
 */
export function useRenderOnTextsAdded(waiting: boolean): void {
  const [, rerender] = useReducer(() => ({}), {})
  useEffect(() => {
    if (!waiting) return
    i18n.store.on('added', rerender)
    failureListeners.add(rerender)
    rerender()
    return () => {
      i18n.store.off('added', rerender)
      failureListeners.delete(rerender)
    }
  }, [waiting])
}
