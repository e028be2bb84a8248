import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../model/locale'
import { bundle as englishTexts } from './bundles/en'

/**
 * The app's i18next instance. It starts with the English texts of every step (`common`: interface,
 * `model`: questions and options), bundled because English is the default and the fallback;
 * {@link loadLocale} adds Chinese before anything is rendered in it, and {@link loadResultTexts}
 * the result page's texts. Interpolation does not HTML-escape because React
 * escapes every text node; only our own locale texts and numbers are ever interpolated, never
 * values from the URL or storage.
 */
export const i18n: I18n = i18next.createInstance()
void i18n.use(initReactI18next).init({
  resources: { en: englishTexts },
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  load: 'currentOnly',
  ns: ['common', 'model'],
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
})

/**
 * The texts of languages other than English, one chunk each (about 2 KiB gzip), fetched on a
 * first visit in that language or when the person is about to switch to it.
 */
const bundles: Record<Exclude<Locale, 'en'>, () => Promise<{ bundle: Record<'common' | 'model', object> }>> = {
  'zh-CN': () => import('./bundles/zh-CN'),
}
const loaded = new Map<Locale, Promise<void>>([['en', Promise.resolve()]])

/**
 * Loads the `common` and `model` texts of `locale` into {@link i18n}. Idempotent; a failed load
 * (network) is forgotten so the next call tries again.
 * @returns a promise resolved once the texts are registered; rejects when the chunk cannot load.
 */
export function loadLocale(locale: Locale): Promise<void> {
  let pending = loaded.get(locale)
  if (!pending && locale !== 'en') {
    pending = bundles[locale]().then(({ bundle }) => {
      for (const [ns, texts] of Object.entries(bundle)) i18n.addResourceBundle(locale, ns, texts, true, true)
    })
    pending.catch(() => loaded.delete(locale))
    loaded.set(locale, pending)
  }
  return pending ?? Promise.resolve()
}

let resultTexts: Promise<void> | undefined

/**
 * Loads the `result` namespace of both locales (both: the English result page quotes the Chinese
 * original of the article) into {@link i18n}. Idempotent: later calls return the same promise.
 * @returns a promise that resolves once the texts are registered; rejects if the chunk fails to load.
 */
export function loadResultTexts(): Promise<void> {
  resultTexts ??= Promise.all([import('../../locales/en/result.json'), import('../../locales/zh-CN/result.json')]).then(
    ([en, zh]) => {
      i18n.addResourceBundle('en', 'result', en.default, true, true)
      i18n.addResourceBundle('zh-CN', 'result', zh.default, true, true)
    },
  )
  resultTexts.catch(() => {
    resultTexts = undefined
  })
  return resultTexts
}

/**
 * Switches {@link i18n} to `locale` and makes the document follow: `<html lang>` becomes the BCP 47
 * tag. Call it once {@link loadLocale} has resolved for `locale`, so no key shows untranslated.
 * Each view sets the page title.
 */
export function applyLocale(locale: Locale, doc: Document = document): void {
  if (i18n.language !== locale) void i18n.changeLanguage(locale)
  doc.documentElement.lang = locale
}
