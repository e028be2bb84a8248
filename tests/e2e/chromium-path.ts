import { existsSync } from 'node:fs'

/** The system Chromium the browser tests drive; the suite never downloads a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Whether that Chromium exists; without it the browser tests are skipped (or fail, on CI). */
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH)
