import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH, HAS_CHROMIUM } from './tests/e2e/chromium-path'

// Browser tests: the production build (`npm run build` → dist/), served under a sub-path by a plain
// static server with no rewrites, driven by the system Chromium (never a downloaded one).
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

if (!HAS_CHROMIUM) {
  const message = `Chromium not found at ${CHROMIUM_PATH}: install it with \`sudo apt-get install chromium\` or set CHROMIUM_PATH`
  if (process.env.CI) throw new Error(message)
  // The config is loaded by the runner and by each worker: say it once.
  if (!process.env.TEST_WORKER_INDEX) console.log(`${message}; browser tests skipped`)
} else if (!existsSync('dist/index.html')) {
  throw new Error('dist/index.html not found: run `npm run build` before `playwright test`')
}

export default defineConfig({
  testDir: 'tests/e2e',
  // Without Chromium (outside CI) nothing is run: `npm run test:e2e` passes --pass-with-no-tests.
  testIgnore: HAS_CHROMIUM ? [] : ['**/*'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
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
    {
      name: 'phone',
      use: {
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      },
    },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 } },
  ],
  webServer: HAS_CHROMIUM
    ? {
        command: `node scripts/serve-subpath.mjs ${PORT} ${BASE_PATH}`,
        url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
        reuseExistingServer: false,
        timeout: 30_000,
      }
    : undefined,
})
