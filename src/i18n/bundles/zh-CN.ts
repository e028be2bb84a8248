import common from '../../../locales/zh-CN/common.json'
import model from '../../../locales/zh-CN/model.json'

/** The zh-CN texts every step needs (`common`, `model`), as one chunk loaded by `loadLocale('zh-CN')`. */
export const bundle = { common, model }
