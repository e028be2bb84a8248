import { retryableImport } from '../retry-import'
import { i18n } from '.'

let resultTexts: Promise<void> | undefined
// A failed load of either is fetched again next time, not answered from the module map.
const importEnglish = retryableImport(() => import('../../locales/en/result.json'))
const importChinese = retryableImport(() => import('../../locales/zh-CN/result.json'))

/**
 * Loads the `result` namespace of both locales (both: the English result page quotes the Chinese
 * original of the article) into the app's i18n instance. Part of the result view's chunk, so the
 * first visit does not carry it. Idempotent: later calls return the same promise; a failed load
 * (network) is forgotten so the next call tries again.
 * @returns a promise that resolves once the texts are registered; rejects if a chunk fails to load.
 */
export function loadResultTexts(): Promise<void> {
  resultTexts ??= Promise.all([importEnglish(), importChinese()]).then(([en, zh]) => {
    i18n.addResourceBundle('en', 'result', en.default, true, true)
    i18n.addResourceBundle('zh-CN', 'result', zh.default, true, true)
  })
  resultTexts.catch(() => {
    resultTexts = undefined
  })
  return resultTexts
}
