import { matchLocale, type Locale } from '../model/locale'

/** The local-storage key holding the language the person last chose (a BCP 47 tag, nothing else). */
export const LOCALE_STORAGE_KEY = 'gpt4-or-chatgpt.locale'

/**
 * Reads the remembered language. Storage that is missing, blocked (throws on access), or holds
 * anything but a known tag (garbage, an old format, JSON) gives `undefined`: the app then runs on
 * the URL and the browser language alone. Never throws.
 *
 * @param getStorage returns the storage to use; called inside the guard, because merely reading
 *   `window.localStorage` throws where storage is disabled.
 */
export function readStoredLocale(
  getStorage: () => Storage | null | undefined = () => window.localStorage,
): Locale | undefined {
  try {
    return matchLocale(getStorage()?.getItem(LOCALE_STORAGE_KEY))
  } catch {
    return undefined
  }
}

/**
 * Remembers the chosen language. A full, blocked or missing storage is ignored: the choice still
 * lives in the URL. Never throws.
 * @returns true when the value was written.
 */
export function writeStoredLocale(
  locale: Locale,
  getStorage: () => Storage | null | undefined = () => window.localStorage,
): boolean {
  try {
    const storage = getStorage()
    if (!storage) return false
    storage.setItem(LOCALE_STORAGE_KEY, locale)
    return true
  } catch {
    return false
  }
}
