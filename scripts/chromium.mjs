// The system Chromium that the browser tests and the benchmark drive (never a downloaded one),
// and the flags it needs on these machines: without them it hangs on refused connections.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

// Chromium 156 gives every window, so every new browser context even headless, its own omnibox
// pop-up: two web pages (chrome://omnibox-popup.top-chrome/ and its AI-mode variant) of about a
// hundred modules each, loaded in two extra renderer processes while the page under test loads.
// On 2 cores that work competes with the page: the desktop half of flows.spec.ts took 1.7 min with
// it and 59 s without. These features turn the pop-up pages off.
export const BROWSER_UI_FEATURES = [
  'WebUIOmniboxPopup',
  'WebUIOmniboxAimPopup',
  'WebUIOmniboxFullPopup',
]

// What Playwright 1.64 passes in its own `--disable-features` (playwright-core's chromiumSwitches).
// Chromium keeps only the last `--disable-features` of its command line, so ours must repeat them;
// tests/e2e/browser.spec.ts fails when a Playwright upgrade adds one that is not here.
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'DialMediaRouteProvider',
  'GlobalMediaControls',
  'HttpsUpgrades',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'BlockOriginHeaderModificationOnRedirect',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'Translate',
  'AutoDeElevate',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
]

/**
 * One `--disable-features` flag: every feature the `--disable-features` flags among `defaults` (a
 * launcher's own flags) disable, then `features`, without repeats. Put it after the launcher's flags.
 */
export function disableFeaturesFlag(defaults, features = BROWSER_UI_FEATURES) {
  const earlier = defaults
    .filter((flag) => flag.startsWith('--disable-features='))
    .flatMap((flag) => flag.slice('--disable-features='.length).split(','))
  return `--disable-features=${[...new Set([...earlier, ...features])].filter(Boolean).join(',')}`
}

// The flags for a Chromium that Playwright launches: ours, then Playwright's disabled features
// with the browser UI's.
export const PLAYWRIGHT_CHROMIUM_ARGS = [
  ...CHROMIUM_ARGS,
  disableFeaturesFlag([`--disable-features=${PLAYWRIGHT_DISABLED_FEATURES.join(',')}`]),
]
