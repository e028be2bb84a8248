import { existsSync } from 'node:fs'

/**
 * Debian's Firefox ESR, which Playwright drives over WebDriver BiDi (its `moz-firefox` channel):
 * never a downloaded build, which this machine cannot fetch. `FIREFOX_PATH` names another binary.
 */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'

/** Whether that Firefox exists; without it its tests are skipped (or fail, on CI). */
export const HAS_FIREFOX = existsSync(FIREFOX_PATH)

/**
 * Preferences of every Firefox the tests launch. Firefox restores a page from its back-forward
 * cache without the events Playwright's BiDi client waits for, so `goBack`/`goForward` onto such a
 * page hang until the test's timeout: with no cached viewers every history move loads the page.
 * Firefox ignores Playwright's colour-scheme emulation, so the scheme is its own preference: light
 * here (0 dark, 1 light), whatever the machine's theme; the dark project sets 0.
 */
export const FIREFOX_PREFS: Record<string, string | number | boolean> = {
  'browser.sessionhistory.max_total_viewers': 0,
  'layout.css.prefers-color-scheme.content-override': 1,
}
