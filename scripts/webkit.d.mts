/** Path of WebKitWebDriver: `WEBKIT_DRIVER_PATH`, else `/usr/bin/WebKitWebDriver`. */
export declare const WEBKIT_DRIVER_PATH: string
/** Path of the MiniBrowser WebKitWebDriver starts: `MINIBROWSER_PATH`, else Debian's for this CPU. */
export declare const MINIBROWSER_PATH: string
/** Path of xvfb-run, which gives MiniBrowser an X display: `XVFB_RUN_PATH`, else `/usr/bin/xvfb-run`. */
export declare const XVFB_RUN_PATH: string
