/** Path of the system Chromium: `CHROMIUM_PATH`, else `/usr/bin/chromium`. */
export declare const CHROMIUM_PATH: string
/** Launch flags for the system Chromium on these machines. */
export declare const CHROMIUM_ARGS: readonly string[]
/** Chromium features behind the browser's own omnibox pop-up pages, which the tests turn off. */
export declare const BROWSER_UI_FEATURES: readonly string[]
/** The features Playwright 1.64 disables in its own `--disable-features`. */
export declare const PLAYWRIGHT_DISABLED_FEATURES: readonly string[]
/**
 * One `--disable-features` flag: the features the `--disable-features` flags among `defaults`
 * disable, then `features` (default {@link BROWSER_UI_FEATURES}), without repeats.
 */
export declare function disableFeaturesFlag(
  defaults: readonly string[],
  features?: readonly string[],
): string
/** {@link CHROMIUM_ARGS} and one `--disable-features` with Playwright's features and the browser UI's. */
export declare const PLAYWRIGHT_CHROMIUM_ARGS: readonly string[]
