/**
 * The interface languages, as BCP 47 tags: Simplified Chinese (`zh-CN`) and English (`en`).
 * Plain TypeScript, shared by the URL codec, the store and the i18n set-up.
 */
export const LOCALES = ['zh-CN', 'en'] as const

/** `'zh-CN'` or `'en'`. */
export type Locale = (typeof LOCALES)[number]

/** The language used when nothing else says which: English. */
export const DEFAULT_LOCALE: Locale = 'en'

/**
 * Maps any language tag to a locale we have: every Chinese tag (`zh`, `zh-CN`, `zh-Hans`,
 * `zh-TW`, `zh-Hant-HK`, any case, `_` or `-`) → `'zh-CN'`; every English tag (`en`, `en-GB`) →
 * `'en'`; anything else (including non-strings and empty strings) → `undefined`. Never throws.
 */
export function matchLocale(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string') return undefined
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0]
  if (primary === 'zh') return 'zh-CN'
  if (primary === 'en') return 'en'
  return undefined
}

/**
 * The locale for a visit, by the documented rule: a language in the URL wins; then the one the
 * person chose before (local storage); then the first of the browser's preferred languages that we
 * have (so `['fr', 'zh-TW']` gives Chinese); otherwise English.
 *
 * @param fromUrl the URL's `lang`, already matched, or `undefined`.
 * @param stored the stored choice, already matched, or `undefined`.
 * @param browserLanguages `navigator.languages` (or `[navigator.language]`), in preference order.
 */
export function chooseLocale(
  fromUrl: Locale | undefined,
  stored: Locale | undefined,
  browserLanguages: readonly unknown[],
): Locale {
  if (fromUrl) return fromUrl
  if (stored) return stored
  for (const tag of browserLanguages) {
    const locale = matchLocale(tag)
    if (locale) return locale
  }
  return DEFAULT_LOCALE
}
