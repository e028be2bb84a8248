import common from '../../../locales/en/common.json?first-step'
import model from '../../../locales/en/model.json?first-step'

/**
 * The en texts a fresh start on the first question needs (the `common` keys listed in
 * `../first-step-keys.ts`, the first question's `model` texts), as one chunk: what a first visit
 * downloads before the question is usable. The full texts (`./en`) follow once it is on screen.
 */
export const bundle = { common, model }
