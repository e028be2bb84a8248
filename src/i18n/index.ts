import i18next, { type i18n as I18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import enCommon from '../../locales/en/common.json'
import enModel from '../../locales/en/model.json'
import zhCommon from '../../locales/zh-CN/common.json'
import zhModel from '../../locales/zh-CN/model.json'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../model/locale'

/**
 * The texts of both locales, bundled: together they weigh less than a second request would cost,
 * and switching language never waits or flashes untranslated keys. Namespaces: `common` (interface)
 * and `model` (questions, options, reasons, article quotes).
 */
export const resources = {
  en: { common: enCommon, model: enModel },
  'zh-CN': { common: zhCommon, model: zhModel },
} as const

/**
 * Creates and initialises (synchronously) an i18next instance for `locale`. Interpolation does not
 * HTML-escape because React escapes every text node; only our own locale texts and numbers are ever
 * interpolated, never values from the URL or storage.
 */
export function createI18n(locale: Locale = DEFAULT_LOCALE): I18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    load: 'currentOnly',
    ns: ['common', 'model'],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}

/**
 * Switches `instance` to `locale` and makes the document follow: `<html lang>` becomes the BCP 47
 * tag. Synchronous, since every text is bundled. The page title is set by the view for its step.
 */
export function applyLocale(instance: I18n, locale: Locale, doc: Document = document): void {
  if (instance.language !== locale) void instance.changeLanguage(locale)
  doc.documentElement.lang = locale
}
