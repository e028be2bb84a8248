import common from '../../../locales/en/common.json'
import model from '../../../locales/en/model.json'

/** The en texts every step needs (`common`, `model`), as one chunk loaded by `loadLocale('en')`. */
export const bundle = { common, model }
