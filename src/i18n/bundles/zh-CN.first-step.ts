import common from '../../../locales/zh-CN/common.json?first-step'
import model from '../../../locales/zh-CN/model.json?first-step'

/**
 * The zh-CN texts a fresh start on the first question needs (`common` but its notices, `model` of
 * the first question only), as one chunk: what a first visit downloads before the question is
 * usable. The full texts (`./zh-CN`) follow once it is on screen.
 */
export const bundle = { common, model }
