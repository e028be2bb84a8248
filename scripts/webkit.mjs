// Debian's WebKit for the WebKit suite (tests/webkit): WebKitWebDriver (package webkit2gtk-driver)
// and the MiniBrowser it drives (installed with it, in libwebkit2gtk-4.1-0), which needs an X
// display: xvfb-run (package xvfb) gives it one. Never a downloaded build.
const TRIPLETS = { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }

export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver'

export const MINIBROWSER_PATH =
  process.env.MINIBROWSER_PATH ??
  `/usr/lib/${TRIPLETS[process.arch] ?? `${process.arch}-linux-gnu`}/webkit2gtk-4.1/MiniBrowser`

export const XVFB_RUN_PATH = process.env.XVFB_RUN_PATH ?? '/usr/bin/xvfb-run'
