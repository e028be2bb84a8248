import common from '../../../locales/zh-CN/common.json?first-step'
import model from '../../../locales/zh-CN/model.json?first-step'

/**
 * The zh-CN texts a fresh start on the first question needs (the `common` keys listed in
 * `../first-step-keys.ts`, the first question's `model` texts), as one chunk: what a first visit
 * downloads before the question is usable. The full texts (`./zh-CN`) follow once it is on screen.
 */
export const bundle = { common, model }
