import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH, HAS_CHROMIUM } from './tests/e2e/chromium-path'
import { FIREFOX_PATH, FIREFOX_PREFS, HAS_FIREFOX } from './tests/e2e/firefox-path'

// Browser tests: the production build (`npm run build` → dist/), served under a sub-path by a plain
// static server with no rewrites, driven by the system Chromium and Firefox (never downloaded ones).
// Each project's `metadata` names its engine and its size, which the tests read (tests/e2e/helpers.ts).
// The server's port: E2E_PORT when set, else a free one the system picks at start. Kept in the
// environment, which the workers inherit, so they load this config with the same port.
const BASE_PATH = '/wizard/sub/'

/**
 * Runs a tiny Node script that listens on `port` (0: any free one) of 127.0.0.1, and returns the
 * port it got, or undefined when that port is taken. Synchronous, as the config must be.
 */
function listenOnce(port: number): number | undefined {
  const probe = `const s=require('net').createServer();s.on('error',()=>process.exit(1));s.listen(${port},'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})`
  const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' })
  return run.status === 0 ? Number(run.stdout) : undefined
}

// Only in the runner: in a worker the server is up on the port already.
if (!process.env.TEST_WORKER_INDEX) {
  if (process.env.E2E_PORT) {
    if (listenOnce(Number(process.env.E2E_PORT)) === undefined)
      throw new Error(
        `E2E_PORT=${process.env.E2E_PORT} is taken (another run of the suite?): set E2E_PORT to a free port, or unset it to let the tests pick one`,
      )
  } else {
    const free = listenOnce(0)
    if (free === undefined) throw new Error('no free port for the test server: set E2E_PORT')
    process.env.E2E_PORT = String(free)
  }
}
const PORT = Number(process.env.E2E_PORT)

// A missing engine: in CI the run fails; elsewhere one line says so and the other engine runs.
const missing = [
  !HAS_CHROMIUM &&
    `Chromium not found at ${CHROMIUM_PATH}: install it with \`sudo apt-get install chromium\` or set CHROMIUM_PATH`,
  !HAS_FIREFOX &&
    `Firefox not found at ${FIREFOX_PATH}: install it with \`sudo apt-get install firefox-esr\` or set FIREFOX_PATH`,
].filter((m): m is string => !!m)
for (const message of missing) {
  if (process.env.CI) throw new Error(message)
  // The config is loaded by the runner and by each worker: say it once.
  if (!process.env.TEST_WORKER_INDEX) console.log(`${message}; its browser tests skipped`)
}
const ANY_ENGINE = HAS_CHROMIUM || HAS_FIREFOX
if (ANY_ENGINE && !existsSync('dist/index.html')) {
  throw new Error('dist/index.html not found: run `npm run build` before `playwright test`')
}

const PHONE = { width: 360, height: 740 }
const DESKTOP = { width: 1280, height: 800 }

// What Firefox must prove that Chromium's run does not: the user-facing specs in both languages, at
// the desktop size; at the phone's, the tests whose outcome depends on the size (tagged @size,
// tests/e2e/helpers.ts). Axe at the phone's size is Chromium's phone run: Gecko's own share of it
// (its styles and accessibility tree) is checked at the desktop size and in dark, one language each;
// one canonical walk per language (a11y.spec.ts, flows.spec.ts). The pre-render, the Chromium flags
// and the hostile URLs stay Chromium's (the build's markup and the URL parser are the same in every
// engine); Firefox takes its own screenshots of the steps and the result (screenshots.spec.ts).
const FIREFOX_SPECS = [
  'flows.spec.ts',
  'language.spec.ts',
  'security.spec.ts',
  'a11y.spec.ts',
  'screenshots.spec.ts',
]

/** Launch options of a Firefox project: Debian's binary over WebDriver BiDi, with `prefs` added. */
function firefox(prefs: Record<string, string | number | boolean> = {}) {
  return {
    browserName: 'firefox' as const,
    channel: 'moz-firefox',
    launchOptions: {
      executablePath: FIREFOX_PATH,
      firefoxUserPrefs: { ...FIREFOX_PREFS, ...prefs },
    },
  }
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Without either engine (outside CI) nothing is run: `npm run test:e2e` passes --pass-with-no-tests.
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    // Chromium's; each Firefox project sets its own (see firefox() above).
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
    locale: 'en-GB',
    // No service worker unless a spec asks for one (offline.spec.ts, security.spec.ts): once the
    // worker controls a page it answers the page's requests from its cache, where page.route(),
    // which the tests use to slow, hold or fail a file, never sees them.
    serviceWorkers: 'block',
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    ...(HAS_CHROMIUM
      ? [
          {
            name: 'phone',
            metadata: { engine: 'chromium', size: 'phone' },
            use: { viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
          },
          {
            name: 'desktop',
            metadata: { engine: 'chromium', size: 'desktop' },
            use: { viewport: DESKTOP, deviceScaleFactor: 1 },
          },
        ]
      : []),
    ...(HAS_FIREFOX
      ? [
          {
            name: 'firefox-desktop',
            metadata: { engine: 'firefox', size: 'desktop' },
            testMatch: FIREFOX_SPECS,
            use: { ...firefox(), viewport: DESKTOP, deviceScaleFactor: 1 },
          },
          // Firefox has no mobile emulation (isMobile), and Playwright's tap() does nothing there:
          // the phone's size, with a mouse, and a phone's overlay scrollbars (a desktop's took 12 px
          // of its 360).
          {
            name: 'firefox-phone',
            metadata: { engine: 'firefox', size: 'phone' },
            testMatch: FIREFOX_SPECS,
            grep: /@size/,
            use: {
              ...firefox({ 'ui.useOverlayScrollbars': 1 }),
              viewport: PHONE,
              deviceScaleFactor: 2,
            },
          },
          // Firefox ignores Playwright's colorScheme and reducedMotion emulation (emulateMedia does
          // nothing there): these two set the browser's own preferences, for the tests that need them.
          {
            name: 'firefox-dark',
            metadata: { engine: 'firefox', size: 'desktop', colorScheme: 'dark' },
            testMatch: ['a11y.spec.ts', 'screenshots.spec.ts'],
            // Grep reads the project's name first ("firefox-dark screenshots.spec.ts …"): whole
            // titles.
            grep: /no axe violations, light and dark|dark screenshot of the result/,
            use: {
              ...firefox({ 'layout.css.prefers-color-scheme.content-override': 0 }),
              viewport: DESKTOP,
              deviceScaleFactor: 1,
            },
          },
          {
            name: 'firefox-reduced-motion',
            metadata: { engine: 'firefox', size: 'desktop', reducedMotion: 'reduce' },
            testMatch: ['a11y.spec.ts'],
            grep: /reduced motion/,
            use: {
              ...firefox({ 'ui.prefersReducedMotion': 1 }),
              viewport: DESKTOP,
              deviceScaleFactor: 1,
            },
          },
        ]
      : []),
  ],
  webServer: ANY_ENGINE
    ? {
        command: `node scripts/serve-subpath.mjs ${PORT} ${BASE_PATH}`,
        url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
        reuseExistingServer: false,
        timeout: 30_000,
      }
    : undefined,
})
