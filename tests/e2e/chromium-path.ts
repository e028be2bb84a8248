import { existsSync } from 'node:fs'
import { CHROMIUM_PATH } from '../../scripts/chromium.mjs'

export {
  PLAYWRIGHT_CHROMIUM_ARGS as CHROMIUM_ARGS,
  CHROMIUM_PATH,
} from '../../scripts/chromium.mjs'

/** Whether the system Chromium exists; without it the browser tests are skipped (or fail, on CI). */
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH)
