/** Path of the system Chromium: `CHROMIUM_PATH`, else `/usr/bin/chromium`. */
export declare const CHROMIUM_PATH: string
/** Launch flags for the system Chromium on these machines. */
export declare const CHROMIUM_ARGS: readonly string[]
